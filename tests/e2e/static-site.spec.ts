// What the static build on nginx (deploy/nginx/kaisetsu.conf) does differently from `next start`,
// and what it must do just as well: client-side page turns from plain files, canonical URLs,
// caching and compression.
import { explainerPath, firstExplainer, pageOf } from './support/content';
import { expect, test } from './support/fixtures';
import { messages, translator } from './support/messages';
import { pagerNav, waitForPagerScript } from './support/site';

const locale = 'ja';
const explainer = firstExplainer(locale);

test('the pager turns pages in the browser, without loading a new document', async ({ page }) => {
  const payloads: { url: string; status: number; type: string }[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.txt')) {
      payloads.push({ url: response.url(), status: response.status(), type: response.headers()['content-type'] ?? '' });
    }
  });
  await page.goto(explainerPath(explainer));
  await waitForPagerScript(page, locale);
  // A full page load would start a new window object and lose this.
  await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

  await pagerNav(page, locale).getByRole('link', { name: translator(locale)('Pager.next') }).click();
  await expect(page).toHaveURL(explainerPath(explainer, 2));
  await expect(page.getByRole('heading', { level: 2, name: pageOf(explainer, 2).title, exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  // The router's payloads are files next to the pages, served as text/plain, none missing.
  expect(payloads.length).toBeGreaterThan(0);
  for (const payload of payloads) {
    expect(payload.status, payload.url).toBe(200);
    expect(payload.type, payload.url).toMatch(/^text\/plain/);
  }
});

test('a trailing slash is sent to the canonical URL (308), like next start', async ({ request, baseURL }) => {
  for (const path of [`/${locale}`, explainerPath(explainer, 2)]) {
    const response = await request.get(`${path}/`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe(path);
  }
});

test('an unknown first segment is a 404 in both languages (no server to send it into an edition)', async ({ page }) => {
  const response = await page.goto('/fr/explainers/x');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL('/fr/explainers/x');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText([messages.ja.NotFound.title, messages.en.NotFound.title]);
});

test('hashed files and OG images are cached for a year; pages are revalidated', async ({ page, request }) => {
  await page.goto(explainerPath(explainer));
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  for (const path of [script ?? '', new URL(image ?? '').pathname]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  // Pages keep their URL when they change, so caches must ask again (cheaply: ETag → 304).
  const html = await request.get(explainerPath(explainer));
  expect(html.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const etag = html.headers()['etag'] ?? '';
  expect(etag).not.toBe('');
  expect((await request.get(explainerPath(explainer), { headers: { 'If-None-Match': etag } })).status()).toBe(304);
});

test('text is sent gzip-compressed to clients that accept it', async ({ request }) => {
  const response = await request.get(explainerPath(explainer), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
});
