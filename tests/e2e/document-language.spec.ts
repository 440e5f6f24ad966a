import { locales } from '@/i18n/locales';
import { allPagesPath, explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';

// Content dates are calendar dates; the site writes them for people and keeps the ISO date in
// <time datetime> for machines.
function readableDate(locale: string, iso: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}

for (const locale of locales) {
  const explainer = firstExplainer(locale);

  test(`${locale} pages declare <html lang="${locale}">`, async ({ page }) => {
    for (const path of [`/${locale}`, explainerPath(explainer), explainerPath(explainer, 2), allPagesPath(explainer)]) {
      await page.goto(path);
      await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
    }
  });

  test(`${locale} explainer dates are <time datetime> with the ISO date`, async ({ page }) => {
    await page.goto(explainerPath(explainer));
    const published = page.locator('.published-dates time').first();
    await expect(published).toHaveAttribute('datetime', explainer.published);
    await expect(published).toHaveText(readableDate(locale, explainer.published));

    await page.goto(`/${locale}`);
    const card = page.locator('article').filter({ hasText: explainer.title });
    await expect(card.locator('time')).toHaveAttribute('datetime', explainer.updated ?? explainer.published);
    for (const time of await page.locator('time').all()) {
      await expect(time).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    }
  });
}
