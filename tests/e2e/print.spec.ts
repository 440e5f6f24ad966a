import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { pagerNav } from './support/site';
import { sourcesOf } from './support/sources';

const locale = 'ja';
const t = translator(locale);
const explainer = firstExplainer(locale);

test('printing the all-pages view drops the site chrome and keeps every source URL', async ({ page }) => {
  await page.goto(allPagesPath(explainer));
  const header = page.getByRole('banner');
  const footer = page.getByRole('contentinfo');
  const backToPaged = page.getByRole('link', { name: t('Explainer.backToPaged'), exact: true });
  // On screen they are there, so hiding them in print is something the stylesheet does.
  await expect(header).toBeVisible();
  await expect(backToPaged).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(header).toBeHidden();
  await expect(footer).toBeHidden();
  await expect(backToPaged).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const sources = sourcesOf(explainer);
  expect(sources.length).toBeGreaterThan(0);
  const urls = page.locator('.source-card__url');
  await expect(urls).toHaveText(sources.map((source) => source.url));
  for (let index = 0; index < sources.length; index++) await expect(urls.nth(index)).toBeVisible();
});

test('printing a paged page drops the pager', async ({ page }) => {
  await page.goto(explainerPath(explainer, 2));
  const pager = pagerNav(page, locale);
  await expect(pager).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(pager).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
