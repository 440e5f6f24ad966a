// Issue 13 on both servers (next start, and out/ on nginx through playwright.static.config.ts):
// every page paints before any of Next's chunks is requested, has no inline script, still
// hydrates, and the pager counts a second arrow key pressed during a turn.
import { parse } from 'node-html-parser';
import { locales } from '@/i18n/locales';
import { BOOT_DATA_URL_PREFIX } from '@/lib/paint-first/loader';
import { bootBlockOf, inlineCodeIn } from '@/lib/paint-first/rewrite';
import { topicPath } from '@/lib/site/paths';
import { watchViolations } from './support/csp';
import { explainerPath, firstExplainer, pageOf } from './support/content';
import { expect, test } from './support/fixtures';
import { translator } from './support/messages';
import { pagerNav, waitForPagerScript } from './support/site';

for (const locale of locales) {
  const explainer = firstExplainer(locale);
  const topic = explainer.topics[0] ?? '';
  const pages = [
    { name: 'home', path: `/${locale}` },
    { name: 'explainer page 1', path: explainerPath(explainer) },
    { name: 'a later page', path: explainerPath(explainer, explainer.pages.length) },
    { name: 'a topic page', path: topicPath(locale, topic) },
    { name: 'the search page', path: `/${locale}/search` },
    { name: 'the 404 page', path: `/${locale}/explainers/no-such-explainer` },
  ];

  test.describe(`${locale}: paint first`, () => {
    for (const { name, path } of pages) {
      test(`${name}: no inline script, the chunks requested after the first paint, hydrated, no violation`, async ({ page, request }) => {
        const html = await (await request.get(path)).text();
        expect(inlineCodeIn(html)).toEqual([]);
        // Next's payload is not in the page: its boot block names the chunks and the data file only.
        const boot = bootBlockOf(html);
        expect(Object.keys(boot ?? {}).sort()).toEqual(['chunks', 'data']);
        expect(boot?.data).toMatch(new RegExp(`^${BOOT_DATA_URL_PREFIX}[\\w-]+\\.json$`));
        // Only Next's nomodule polyfill, which a modern browser never fetches, is named in the HTML.
        const chunkTags = parse(html)
          .querySelectorAll('script[src]')
          .filter((script) => (script.getAttribute('src') ?? '').startsWith('/_next/static/chunks/') && !script.hasAttribute('nomodule'));
        expect(chunkTags.map((script) => script.toString())).toEqual([]);

        const violations = await watchViolations(page);
        await page.goto(path);
        // Hydrated: React has attached to the document root (Next's runtime has run).
        await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__react')))).toBe(true);
        const timing = await page.evaluate(() => ({
          firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          chunks: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/_next/static/chunks/'))
            .map((entry) => entry.startTime),
          // Any script or data file under /_next/: the loader is inline, so none is fetched before
          // the first paint (the global 404's language script, a file of ours the page names, runs
          // in place).
          scripts: performance
            .getEntriesByType('resource')
            .filter((entry) => new URL(entry.name).pathname.startsWith('/_next/') && /\.(js|json)$/.test(new URL(entry.name).pathname))
            .map((entry) => ({ url: entry.name, start: entry.startTime })),
          data: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/_next/static/kaisetsu/boot/')).length,
        }));
        expect(timing.firstPaint, 'first-contentful-paint').toBeDefined();
        expect(timing.chunks.length).toBeGreaterThan(0);
        // The page's data came as its own file (lib/paint-first/loader.ts), once.
        expect(timing.data).toBe(1);
        expect(Math.min(...timing.chunks)).toBeGreaterThanOrEqual(timing.firstPaint ?? Infinity);
        expect(timing.scripts.filter((script) => script.start < (timing.firstPaint ?? 0))).toEqual([]);
        expect(violations).toEqual([]);
      });
    }

    test('after hydration only the next page is prefetched; the other links in view fetch nothing until clicked', async ({ page }) => {
      const payloads: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.searchParams.has('_rsc') || request.headers()['rsc'] === '1') payloads.push(url.pathname);
      });
      await page.goto(explainerPath(explainer));
      await waitForPagerScript(page, locale);
      const next = explainerPath(explainer, 2);
      // A static host may answer under the page's path with a suffix (.txt, a segment folder).
      const isNext = (path: string) => path === next || path.startsWith(`${next}.`) || path.startsWith(`${next}/`);
      await expect.poll(() => payloads.some(isNext), { message: 'the pager prefetches the next page' }).toBe(true);
      await page.waitForLoadState('networkidle');
      // The header, topic chips and related explainers are on the page too (components/site/site-link.tsx).
      expect(payloads.filter((path) => !isNext(path))).toEqual([]);
      await page.getByRole('banner').getByRole('link', { name: translator(locale)('Site.topics'), exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/topics$`));
      expect(payloads.filter((path) => !isNext(path)).length, 'a click fetches the page it goes to').toBeGreaterThan(0);
    });

    test('→ → pressed quickly lands two pages on; → on the last page stays there', async ({ page }) => {
      const count = explainer.pages.length;
      expect(count, 'the fixture explainer has three pages or more').toBeGreaterThanOrEqual(3);
      await page.goto(explainerPath(explainer));
      await waitForPagerScript(page, locale);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`${explainerPath(explainer, 3)}$`));
      await expect(page.locator('#explainer-title')).toBeFocused();
      for (let press = 3; press <= count + 1; press++) await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`${explainerPath(explainer, count)}$`));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(page).toHaveURL(new RegExp(`${explainerPath(explainer, count - 2)}$`));
    });
  });
}

test.describe("when the page's data file does not load", () => {
  const t = translator('ja');
  const explainer = firstExplainer('ja');
  const failure = /^The page works without its scripts: \/_next\/static\/kaisetsu\/boot\/[\w-]+\.json did not load \(HTTP 503\)\.$/;
  // Ours, and Chromium's own line for the failed request.
  test.use({ expectedErrors: new RegExp(`${failure.source}|^Failed to load resource: the server responded with a status of 503`) });

  test('one console error names the file, no chunk runs, and the page works as it does without JavaScript', async ({ page }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    await page.route(`**${BOOT_DATA_URL_PREFIX}*.json`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(explainerPath(explainer));
    await expect.poll(() => logged.filter((text) => failure.test(text)).length).toBe(1);

    // Next never ran: no chunk script in the document, React not attached, no keyboard hint promised.
    const state = await page.evaluate(() => ({
      chunkScripts: document.querySelectorAll('script[src*="/_next/static/chunks/"]:not([nomodule])').length,
      hydrated: Object.keys(document.body).some((key) => key.startsWith('__react')),
    }));
    expect(state).toEqual({ chunkScripts: 0, hydrated: false });
    const pager = pagerNav(page, 'ja');
    await expect(pager.getByText(t('Pager.keyboardHint'))).toHaveCount(0);

    // The pager is a plain link, and the next page loads as a document of its own.
    await pager.getByRole('link', { name: t('Pager.next') }).click();
    await expect(page).toHaveURL(explainerPath(explainer, 2));
    await expect(page.locator('h2.explainer-page-title')).toHaveText(pageOf(explainer, 2).title);
    await expect.poll(() => logged.filter((text) => failure.test(text)).length).toBe(2);
  });
});
