import { locales } from '@/i18n/locales';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';

for (const locale of locales) {
  const explainer = firstExplainer(locale);
  const canonical = explainerPath(explainer);

  test(`${locale}: /1 redirects permanently (308) to the explainer's own URL`, async ({ request, page, baseURL }) => {
    const response = await request.get(`${canonical}/1`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe(canonical);

    const landed = await page.goto(`${canonical}/1`);
    expect(landed?.status()).toBe(200);
    await expect(page).toHaveURL(canonical);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(explainer.title);
  });
}
