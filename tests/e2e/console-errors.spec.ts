import { locales } from '@/i18n/locales';
import { expect, test } from './support/fixtures';
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
