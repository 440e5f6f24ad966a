// Share links and copy-link against the production build: on every explainer page, four plain
// links whose URLs carry the page's canonical URL (encoded) and title; a copy button that puts the
// same URL on the clipboard; no script or request to any of the services; without JavaScript, the
// links alone.
import { locales } from '@/i18n/locales';
import { shareServices, type ShareService } from '@/lib/site/share-links';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { publishedExplainers } from './support/finding';
import { translator } from './support/messages';

/** Each service's share page and the query parameter that must hold the page URL. */
const expectedShape: Record<ShareService, { origin: string; pathname: string; urlParam: string; titleParam?: string }> = {
  x: { origin: 'https://x.com', pathname: '/intent/post', urlParam: 'url', titleParam: 'text' },
  line: { origin: 'https://social-plugins.line.me', pathname: '/lineit/share', urlParam: 'url', titleParam: 'text' },
  facebook: { origin: 'https://www.facebook.com', pathname: '/sharer/sharer.php', urlParam: 'u' },
  hatena: { origin: 'https://b.hatena.ne.jp', pathname: '/add', urlParam: 'url', titleParam: 'title' },
};

const explainerPages = publishedExplainers.flatMap((explainer) => [
  ...explainer.pages.map((page) => ({ explainer, path: explainerPath(explainer, page.number), title: page.number === 1 ? explainer.title : `${page.title} | ${explainer.title}` })),
  { explainer, path: allPagesPath(explainer), title: explainer.title },
]);

for (const { explainer, path, title } of explainerPages) {
  test(`${path}: share links are well-formed and carry the page's canonical URL`, async ({ page }) => {
    const t = translator(explainer.locale);
    await page.goto(path);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(new URL(canonical).pathname).toBe(path);
    const share = page.getByRole('region', { name: t('Share.heading') });
    for (const service of shareServices) {
      const link = share.getByRole('link', { name: t(`Share.${service}`) });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      const href = (await link.getAttribute('href')) ?? '';
      // Encoded, not pasted raw: the page URL's ":" and "/" are percent-escaped inside the query.
      expect(href, service).toContain(encodeURIComponent(canonical));
      const url = new URL(href);
      const shape = expectedShape[service];
      expect(url.origin, service).toBe(shape.origin);
      expect(url.pathname, service).toBe(shape.pathname);
      expect(url.searchParams.get(shape.urlParam), service).toBe(canonical);
      if (shape.titleParam) expect(url.searchParams.get(shape.titleParam), service).toBe(title);
    }
    expect(new URL((await share.getByRole('link', { name: t('Share.hatena') }).getAttribute('href')) ?? '').searchParams.get('mode')).toBe('confirm');
  });
}

test('sharing loads nothing from the services: every request stays on the site', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  const explainer = firstExplainer('ja');
  await page.goto(explainerPath(explainer, explainer.pages.length));
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

for (const locale of locales) {
  test.describe(`${locale}: copy link`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('puts the canonical URL on the clipboard and says so', async ({ page }) => {
      const t = translator(locale);
      const explainer = firstExplainer(locale);
      await page.goto(explainerPath(explainer, 2));
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      const share = page.getByRole('region', { name: t('Share.heading') });
      await share.getByRole('button', { name: t('Share.copy') }).click();
      await expect(share.getByRole('status')).toHaveText(t('Share.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    });
  });

  test.describe(`${locale}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('the share links are there and the copy button, which could not work, is not', async ({ page }) => {
      const t = translator(locale);
      await page.goto(explainerPath(firstExplainer(locale)));
      const share = page.getByRole('region', { name: t('Share.heading') });
      await expect(share.getByRole('link')).toHaveCount(shareServices.length);
      await expect(share.getByRole('button')).toHaveCount(0);
    });
  });
}
