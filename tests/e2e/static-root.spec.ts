// `/` on the static build: no server picks the edition, so out/index.html does it in the browser
// (scripts/static-root-page.tsx), the same order as the proxy of `next start`: the NEXT_LOCALE
// cookie, then the browser's languages, else Japanese. Without JavaScript it lists the editions.
import { locales } from '@/i18n/locales';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { messages } from './support/messages';

for (const { browserLocale, expected } of [
  { browserLocale: 'en-GB', expected: 'en' },
  { browserLocale: 'en', expected: 'en' },
  { browserLocale: 'ja-JP', expected: 'ja' },
  { browserLocale: 'fr-FR', expected: 'ja' },
] as const) {
  test.describe(`a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    test(`is sent from / to /${expected}, and / stays out of the history`, async ({ page }) => {
      const start = explainerPath(firstExplainer('ja'), 2);
      await page.goto(start);
      await page.goto('/');
      await expect(page).toHaveURL(`/${expected}`);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[expected].Home.heading);
      // location.replace, like a redirect: Back leads to where the reader came from, not to `/`
      // (which would send them forward again).
      await page.goBack();
      await expect(page).toHaveURL(start);
    });
  });
}

test.describe('a NEXT_LOCALE cookie', () => {
  test.use({ locale: 'ja-JP' });

  test('wins over the browser language', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL ?? '' }]);
    await page.goto('/');
    await expect(page).toHaveURL('/en');
  });

  test('naming no edition of ours is ignored', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: baseURL ?? '' }]);
    await page.goto('/');
    await expect(page).toHaveURL('/ja');
  });
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('keeps the query string and fragment', async ({ page }) => {
    await page.goto('/?utm_source=test#top');
    await expect(page).toHaveURL('/en?utm_source=test#top');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ lists both editions, each link in its own language', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL('/');
    const links = page.getByRole('main').getByRole('link');
    await expect(links).toHaveCount(locales.length);
    for (const locale of locales) {
      const link = page.locator(`a[hreflang="${locale}"]`);
      await expect(link).toHaveAttribute('href', `/${locale}`);
      await expect(link).toContainText(messages[locale].Home.heading);
      await expect(page.locator(`li[lang="${locale}"]`)).toContainText(messages[locale].Site.tagline);
    }
    await page.locator('a[hreflang="en"]').click();
    await expect(page).toHaveURL('/en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.en.Home.heading);
  });
});
