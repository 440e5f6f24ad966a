// The card image of every prerendered page: a 1200×630 PNG under 300 KB on a content-hashed URL,
// cached for good, a wrong hash a 404; every home and explainer page its own picture; no card
// rendered on demand for an unknown page.
// Runs against the production build (`npm run build` or `build:e2e`), served by playwright.config.ts;
// what the pages are and how they are read: support/sharing.ts.
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { browserAgent, expectedPages, fetchHtml, headOnly, local, pagePath, scrape, sha256 } from './support/sharing';

for (const expected of expectedPages) {
  const { path } = expected;

  test(`${path}: its card is a 1200×630 PNG under 300 KB, cached for good, and a wrong hash is a 404`, async ({ request }) => {
    const { markup } = headOnly(await fetchHtml(request, path, browserAgent));
    const url = (await scrape(markup)).ogImage?.[0]?.url ?? '';
    const response = await request.get(local(url));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = await response.body();
    expect(body.byteLength).toBeLessThan(300 * 1024);
    const png = PNG.sync.read(body);
    expect([png.width, png.height]).toEqual([1200, 630]);

    // Another hash for the same page, or no hash, is not an image.
    const tampered = local(url).replace(/-[A-Za-z0-9_-]{16}\.png$/, '-AAAAAAAAAAAAAAAA.png');
    expect(tampered).not.toBe(local(url));
    expect((await request.get(tampered)).status()).toBe(404);
    expect((await request.get(local(url).replace(/-[A-Za-z0-9_-]{16}\.png$/, '.png'))).status()).toBe(404);
  });
}

test('every home and explainer page has its own card; the one-page view shares page 1\u2019s, listings their home\u2019s', async ({ request }) => {
  const cards = new Map<string, string>();
  for (const { path } of expectedPages) {
    const { markup } = headOnly(await fetchHtml(request, path, browserAgent));
    cards.set(path, (await scrape(markup)).ogImage?.[0]?.url ?? '');
  }
  const own = expectedPages.filter((page) => page.kind === 'home' || page.kind === 'page');
  const urls = own.map((page) => cards.get(page.path));
  expect(new Set(urls).size).toBe(own.length);
  // Distinct URLs could still hold the same picture: compare the decoded pixels too.
  const pixels = new Set<string>();
  for (const url of urls) pixels.add(sha256(PNG.sync.read(await (await request.get(local(url ?? ''))).body()).data));
  expect(pixels.size).toBe(own.length);
  for (const page of expectedPages) {
    if (page.kind === 'all') expect(cards.get(page.path)).toBe(cards.get(pagePath(page.locale, page.explainer.slug, 1)));
    if (page.kind === 'listing') expect(cards.get(page.path), page.path).toBe(cards.get(`/${page.locale}`));
  }
});

test('cards of unknown pages are a 404, never rendered on demand', async ({ request }) => {
  for (const path of [
    '/og/opengraph-image/ja-no-such-explainer-1-AAAAAAAAAAAAAAAA.png',
    '/og/opengraph-image/ja-home.png',
    '/og/opengraph-image/anything',
    '/ja/explainers/no-such-explainer/opengraph-image',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
