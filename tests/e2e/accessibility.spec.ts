import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { locales } from '@/i18n/locales';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { readerPages } from './support/pages';

/** axe-core's findings, one readable line per rule and element, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  );
}

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
