import { locales } from '@/i18n/locales';
import { explainerPath, firstExplainer, pageOf } from './support/content';
import type { Response } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { messages, translator } from './support/messages';
import { pagerNav, waitForPagerScript } from './support/site';

for (const locale of locales) {
  const t = translator(locale);
  const explainer = firstExplainer(locale);
  const count = explainer.pages.length;

  test.describe(`${locale} pager`, () => {
    test('first page: position, next page with title and teaser (rel=next), contents with the current page', async ({ page }) => {
      await page.goto(explainerPath(explainer));
      const pager = pagerNav(page, locale);
      await expect(pager.getByText(t('Pager.pageOf', { page: 1, count }), { exact: true })).toBeVisible();

      const next = pager.getByRole('link', { name: t('Pager.next') });
      await expect(next).toHaveAttribute('rel', 'next');
      await expect(next).toHaveAttribute('href', explainerPath(explainer, 2));
      await expect(next).toContainText(pageOf(explainer, 2).title);
      await expect(next).toContainText(pageOf(explainer, 2).teaser);
      await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);

      await expect(pager.getByRole('heading', { name: t('Pager.contents'), exact: true })).toBeVisible();
      const items = pager.getByRole('list').getByRole('listitem');
      await expect(items).toHaveCount(count);
      const current = pager.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toContainText(`1. ${pageOf(explainer, 1).title}`);
      await expect(current).toContainText(t('Pager.current'));
      // The current page is named, not linked; every other page is a link to its URL.
      await expect(items.nth(0).getByRole('link')).toHaveCount(0);
      for (let number = 2; number <= count; number++) {
        await expect(items.nth(number - 1).getByRole('link')).toHaveAttribute('href', explainerPath(explainer, number));
      }
    });

    test('last page: previous page link (rel=prev), no next link, current page last', async ({ page }) => {
      await page.goto(explainerPath(explainer, count));
      const pager = pagerNav(page, locale);
      await expect(pager.getByText(t('Pager.pageOf', { page: count, count }), { exact: true })).toBeVisible();
      const previous = pager.getByRole('link', { name: t('Pager.previous') });
      await expect(previous).toHaveAttribute('rel', 'prev');
      await expect(previous).toHaveAttribute('href', explainerPath(explainer, count - 1));
      await expect(previous).toContainText(pageOf(explainer, count - 1).title);
      await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
      await expect(pager.locator('[aria-current="page"]')).toContainText(`${count}. ${pageOf(explainer, count).title}`);
    });

    test('shows the ← → hint once its script runs', async ({ page }) => {
      await page.goto(explainerPath(explainer, 2));
      await waitForPagerScript(page, locale);
      await expect(pagerNav(page, locale).getByText(t('Pager.keyboardHint'))).toHaveCount(1);
    });

    test('the client gets no message catalogue: words the page does not use are nowhere in its HTML or scripts', async ({
      page,
      request,
    }) => {
      const scripts: Promise<string>[] = [];
      const collect = (response: Response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.text());
      };
      page.on('response', collect);
      await page.goto(explainerPath(explainer));
      await waitForPagerScript(page, locale);
      // Stop collecting before reading: a script answered after the test ends would otherwise be
      // read from a closed page and fail whichever test runs next in this worker.
      page.off('response', collect);
      const html = await (await request.get(explainerPath(explainer))).text();
      const bodies = [html, ...(await Promise.all(scripts))];
      expect(bodies.length).toBeGreaterThan(1);

      // Written as-is or as JSON \u escapes, the way a bundler may store non-ASCII text.
      const forms = (text: string) => [text, text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)];
      // The search does find what the page does carry: the pager's own words.
      expect(html).toContain(t('Pager.next'));
      const unused = [
        messages[locale].Home.empty,
        messages[locale].Home.noTranslation,
        messages[locale].NotFound.body,
        messages[locale].Explainer.draft,
      ];
      for (const text of unused.flatMap(forms)) {
        expect(bodies.filter((body) => body.includes(text)), `"${text}" was sent to the browser`).toEqual([]);
      }
    });
  });
}
