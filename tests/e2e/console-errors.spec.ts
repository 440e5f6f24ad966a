import { locales } from '@/i18n/locales';
import { expect, test } from './support/fixtures';
import { fileKinds } from './support/page-kinds';
import { readerPages } from './support/pages';

// Hydration mismatches, failed chunks and script exceptions show up only in the console.
for (const locale of locales) {
  for (const { name, path, status } of readerPages(locale)) {
    test(`${locale} ${name} loads and hydrates without console errors`, async ({ page, pageErrors }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      // Wait for the scripts to have loaded and run (hydration, prefetches), then look.
      await page.waitForLoadState('networkidle');
      expect(pageErrors()).toEqual([]);
    });
  }
}

// A feed, the sitemap or an image opened directly is a document without a <link rel="icon">: the
// browser then asks for /favicon.ico itself, and a missing file is a console error on every visit.
for (const { name, path } of fileKinds()) {
  test(`${name} (${path}) opened in the browser logs no console error`, async ({ page, pageErrors }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    expect(pageErrors()).toEqual([]);
  });
}

test('/favicon.ico is an icon file', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  // Every ICO file starts with reserved 0 and type 1 (icon), little-endian.
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});
