import { type Locale, locales } from '@/i18n/locales';
import { explainerPath, firstExplainer, pageOf } from './support/content';
import { expect, test } from './support/fixtures';
import { messages } from './support/messages';
import { localeSwitcher } from './support/site';

const otherLocale = (locale: Locale): Locale => (locale === 'ja' ? 'en' : 'ja');

// `/` is the one URL without a locale: the proxy picks the edition from the NEXT_LOCALE cookie,
// then Accept-Language, else Japanese. Checked on the HTTP answer itself (the browser rewrites
// Accept-Language from its own locale), then once in a browser with a Japanese or English locale.
test.describe('/ negotiates the edition', () => {
  const cases = [
    { acceptLanguage: 'en-US,en;q=0.9', expected: '/en' },
    { acceptLanguage: 'ja-JP,ja;q=0.9,en;q=0.5', expected: '/ja' },
    { acceptLanguage: 'en;q=0.4,ja;q=0.8', expected: '/ja' },
    { acceptLanguage: 'fr-FR,en;q=0.8,ja;q=0.6', expected: '/en' },
    { acceptLanguage: 'fr-FR,de;q=0.8', expected: '/ja' },
    { acceptLanguage: ';;q=garbage,,*-*-*', expected: '/ja' },
  ];
  for (const { acceptLanguage, expected } of cases) {
    test(`Accept-Language "${acceptLanguage}" → ${expected}`, async ({ request, baseURL }) => {
      const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe(expected);
    });
  }

  test('no Accept-Language at all → /ja', async ({ request, baseURL }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe('/ja');
  });

  for (const locale of locales) {
    const other = otherLocale(locale);
    test(`a NEXT_LOCALE=${locale} cookie wins over Accept-Language ${other}`, async ({ request, baseURL }) => {
      const response = await request.get('/', {
        headers: { 'Accept-Language': other, Cookie: `NEXT_LOCALE=${locale}` },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe(`/${locale}`);
    });
  }

  for (const { browserLocale, expected } of [
    { browserLocale: 'en-GB', expected: 'en' },
    { browserLocale: 'ja-JP', expected: 'ja' },
  ] as const) {
    test.describe(`a browser set to ${browserLocale}`, () => {
      test.use({ locale: browserLocale });

      test(`lands on /${expected}`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(`/${expected}`);
        await expect(page.locator('html')).toHaveAttribute('lang', expected);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[expected].Home.heading);
      });
    });
  }

  test('a NEXT_LOCALE cookie in the browser wins over its locale', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'ja', url: baseURL ?? '' }]);
    await page.goto('/');
    // Playwright's default browser locale is en-US, so without the cookie this would be /en.
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
    await expect(page).toHaveURL('/ja');
  });
});

test.describe('the locale switcher', () => {
  for (const locale of locales) {
    const other = otherLocale(locale);

    test(`${locale} page 2 → ${other} page 2`, async ({ page }) => {
      const target = firstExplainer(other);
      await page.goto(explainerPath(firstExplainer(locale), 2));
      const switcher = localeSwitcher(page, locale);
      await expect(switcher).toHaveAttribute('hreflang', other);
      await switcher.click();

      await expect(page).toHaveURL(explainerPath(target, 2));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.getByRole('heading', { level: 2, name: pageOf(target, 2).title, exact: true })).toBeVisible();
    });

    test(`${locale} home → ${other} home`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await localeSwitcher(page, locale).click();
      await expect(page).toHaveURL(`/${other}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages[other].Home.heading);
    });
  }
});
