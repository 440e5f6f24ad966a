import { locales } from '@/i18n/locales';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { messages } from './support/messages';

// Every unknown URL gets the one global 404 page. It carries both languages; a small script keeps
// the one of the URL's locale segment, so with JavaScript the reader sees a single heading.

function notFoundCases(locale: (typeof locales)[number]) {
  const explainer = firstExplainer(locale);
  const base = explainerPath(explainer);
  return [
    { name: 'unknown explainer slug', path: `/${locale}/explainers/no-such-explainer` },
    { name: 'page after the last', path: `${base}/${explainer.pages.length + 1}` },
    { name: 'page 0', path: `${base}/0` },
    { name: 'non-numeric page', path: `${base}/abc` },
    { name: 'zero-padded page number', path: `${base}/02` },
    { name: 'unknown path under the locale', path: `/${locale}/no-such-section/at-all` },
  ];
}

for (const locale of locales) {
  const words = messages[locale].NotFound;
  for (const { name, path } of notFoundCases(locale)) {
    test(`${locale}: ${name} answers 404 with the ${locale} not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveCount(1);
      await expect(heading).toHaveText(words.title);
      await expect(page.getByText(words.body, { exact: true })).toBeVisible();
      await expect(page.getByRole('link', { name: words.home, exact: true })).toHaveAttribute('href', `/${locale}`);
    });
  }
}

// A first segment that is not a locale goes through locale negotiation like `/`: the reader is sent
// into their edition, where the path does not exist.
test('an unknown locale is sent into /ja (307) by default, where it is a 404', async ({ request, baseURL }) => {
  const redirect = await request.get('/fr/explainers/x', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(new URL(redirect.headers()['location'] ?? '', baseURL).pathname).toBe('/ja/fr/explainers/x');
  expect((await request.get('/ja/fr/explainers/x', { maxRedirects: 0 })).status()).toBe(404);
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('following an unknown locale ends on the Japanese 404 page', async ({ page }) => {
    const response = await page.goto('/fr/explainers/x');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL('/ja/fr/explainers/x');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messages.ja.NotFound.title);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page shows both languages, Japanese first, each marked with its lang', async ({ page }) => {
    const response = await page.goto('/en/explainers/no-such-explainer');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([messages.ja.NotFound.title, messages.en.NotFound.title]);
    for (const locale of locales) {
      await expect(page.getByRole('main').locator(`[lang="${locale}"]`).getByRole('heading', { level: 1 })).toHaveText(messages[locale].NotFound.title);
    }
  });
});
