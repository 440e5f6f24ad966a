import { locales } from '@/i18n/locales';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { pagerNav } from './support/site';
import { sourcesOf } from './support/sources';

for (const locale of locales) {
  const t = translator(locale);
  const explainer = firstExplainer(locale);

  test(`${locale}: the all-pages view holds every page and section, and no pager`, async ({ page }) => {
    await page.goto(allPagesPath(explainer));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(explainer.title);
    await expect(page.getByRole('heading', { name: t('Explainer.keyPoints'), exact: true })).toBeVisible();

    for (const item of explainer.pages) {
      await expect(
        page.getByRole('heading', { level: 2, name: t('Explainer.pageHeading', { page: item.number, title: item.title }), exact: true }),
      ).toBeVisible();
      for (const section of item.sections) {
        await expect(page.locator(`#${section.id}`).getByRole('heading', { level: 2 })).toHaveText(section.heading);
      }
    }
    await expect(page.locator('section.explainer-section')).toHaveCount(explainer.pages.flatMap((item) => item.sections).length);
    await expect(page.locator('.source-card')).toHaveCount(sourcesOf(explainer).length);

    await expect(pagerNav(page, locale)).toHaveCount(0);
    await expect(page.locator('a[rel="next"], a[rel="prev"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: t('Explainer.backToPaged'), exact: true })).toHaveAttribute(
      'href',
      explainerPath(explainer),
    );
  });
}
