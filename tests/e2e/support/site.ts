import type { Page } from '@playwright/test';
import type { Locale } from '@/i18n/locales';
import { expect } from './fixtures';
import { translator } from './messages';

/** The pager's <nav>, found by its accessible name. */
export function pagerNav(page: Page, locale: Locale) {
  return page.getByRole('navigation', { name: translator(locale)('Pager.label') });
}

/**
 * Resolves once the pager has hydrated: its keyboard hint is rendered only by the client (it is
 * hidden by CSS on touch screens, so attached rather than visible). Before that, ← → do nothing.
 */
export async function waitForPagerScript(page: Page, locale: Locale) {
  await expect(pagerNav(page, locale).getByText(translator(locale)('Pager.keyboardHint'))).toBeAttached();
}

export function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Scrolls to the bottom of the page and checks that it really moved, so "back at the top" means something. */
export async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight }));
  await expect.poll(() => scrollY(page)).toBeGreaterThan(200);
}

/** The locale switcher link, named "言語: English" / "Language: 日本語" by its hidden label. */
export function localeSwitcher(page: Page, locale: Locale) {
  const t = translator(locale);
  return page.getByRole('link', { name: `${t('LocaleSwitcher.label')}: ${t('LocaleSwitcher.switchTo')}`, exact: true });
}

/** Resolves once React has hydrated the page (its runtime has attached to the document). */
export async function waitForHydration(page: Page) {
  await expect.poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__react')))).toBe(true);
}
