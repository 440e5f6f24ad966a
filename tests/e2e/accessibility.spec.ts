import { locales } from '@/i18n/locales';
import { axeViolations } from './support/axe';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { readerPages } from './support/pages';

for (const locale of locales) {
  for (const { name, path, status } of readerPages(locale)) {
    test(`${locale} ${name} has no axe violations`, { tag: '@desktop' }, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('dark color scheme', () => {
  test.use({ colorScheme: 'dark' });
  const ja = firstExplainer('ja');
  const en = firstExplainer('en');
  for (const path of ['/ja', explainerPath(ja), explainerPath(ja, 2), allPagesPath(en), '/en/no-such-page']) {
    test(`${path} has no axe violations`, { tag: '@desktop' }, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
