// The site sets one cookie, NEXT_LOCALE, and only from `/` when the reader's edition changes
// (i18n/locale-cookie.ts): every other answer, and a browser reading every kind of page, gets none.
// next-intl writes it only to record an edition that the request's own cookie and languages did not
// already give (an outdated cookie, or no Accept-Language at all).
// Runs against `next start` and, in playwright.static.config.ts, against nginx (which sets none at
// all: out/index.html reads the cookie but never writes it).
// security-observatory.spec.ts checks the Secure flag behind TLS with an https SITE_URL.
import { expect, test, type APIResponse } from '@playwright/test';
import { explainerPagePath, homePath } from '@/lib/site/paths';
import { fileKinds, pageKinds, sampleExplainer } from './support/page-kinds';

const urls = [...pageKinds(), ...fileKinds(), { name: 'root', path: '/' }, { name: 'a path without locale', path: '/nope' }];
/** The paths that pass through proxy.ts, where next-intl may write the locale cookie (next start only). */
const negotiated = new Set(['/', '/nope']);
const year = 365 * 24 * 60 * 60;

interface SetCookie {
  pair: string;
  attributes: Record<string, string>;
}

function setCookies(response: APIResponse): SetCookie[] {
  return response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === 'set-cookie')
    .map(({ value }) => {
      const [pair = '', ...rest] = value.split(/;\s*/);
      return { pair, attributes: Object.fromEntries(rest.map((part) => [part.split('=')[0]?.toLowerCase() ?? '', part.split('=').slice(1).join('=')])) };
    });
}

/** The locale cookie as proxy.ts sends it for an http SITE_URL (playwright.config.ts uses http://localhost:3000). */
function expectLocaleCookie(cookie: SetCookie, locale: string): void {
  expect(cookie.pair).toBe(`NEXT_LOCALE=${locale}`);
  expect(Object.keys(cookie.attributes).sort()).toEqual(['expires', 'max-age', 'path', 'samesite']);
  expect(cookie.attributes).toMatchObject({ 'max-age': String(year), path: '/', samesite: 'lax' });
  // Expires is Next's copy of Max-Age for old browsers: a year from now.
  expect(Math.abs(Date.parse(cookie.attributes.expires ?? '') - Date.now() - year * 1000)).toBeLessThan(60_000);
}

for (const { name, path } of urls) {
  test(`${name} (${path}) sets no cookie but the locale one`, async ({ request }) => {
    const onNginx = test.info().config.metadata.server === 'nginx';
    const variants: Record<string, string>[] = [{}, { 'accept-language': 'en' }, { 'accept-language': 'ja', cookie: 'NEXT_LOCALE=ja' }];
    for (const headers of variants) {
      const response = await request.get(path, { maxRedirects: 0, headers });
      expect(response.status(), path).toBeLessThan(500);
      const cookies = setCookies(response);
      const label = `${path} with ${JSON.stringify(headers)}`;
      if (onNginx || !negotiated.has(path)) {
        expect(cookies, label).toEqual([]);
      } else if (Object.keys(headers).length === 0) {
        // No Accept-Language at all: next-intl records the edition it chose (the default).
        expect(cookies, label).toHaveLength(1);
        expectLocaleCookie(cookies[0] as SetCookie, 'ja');
      } else {
        // The browser's languages or the cookie already give the edition: nothing to write.
        expect(cookies, label).toEqual([]);
      }
    }
  });
}

test("Next's files and the OG images set no cookie", async ({ page, request }) => {
  await page.goto(homePath('ja'));
  const files = await page.locator('script[src^="/_next/"], link[rel="stylesheet"][href^="/_next/"]').evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? ''),
  );
  const ogImage = new URL((await page.locator('meta[property="og:image"]').first().getAttribute('content')) ?? '').pathname;
  expect(files.length).toBeGreaterThan(0);
  for (const file of [...files, ogImage]) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['set-cookie'], file).toBeUndefined();
  }
});

test('a browser reading every kind of page, and turning one, keeps no cookie', async ({ page, context }) => {
  for (const { path } of [{ path: '/' }, ...pageKinds()]) await page.goto(path);
  if (sampleExplainer) {
    await page.goto(explainerPagePath(sampleExplainer.locale, sampleExplainer.slug));
    await page.locator(`a[href="${explainerPagePath(sampleExplainer.locale, sampleExplainer.slug, 2)}"]`).first().click();
    await page.waitForURL(`**${explainerPagePath(sampleExplainer.locale, sampleExplainer.slug, 2)}`);
  }
  expect(await context.cookies()).toEqual([]);
});

test('/ remembers a changed edition in NEXT_LOCALE only: a year, SameSite=Lax, not Secure for an http SITE_URL', async ({ request }) => {
  // An outdated cookie (no such edition) with an English browser: next-intl writes the new choice.
  const response = await request.get('/', { maxRedirects: 0, headers: { cookie: 'NEXT_LOCALE=zz', 'accept-language': 'en' } });
  expect(response.status()).toBe(307);
  const cookies = setCookies(response);
  expect(cookies).toHaveLength(1);
  expectLocaleCookie(cookies[0] as SetCookie, 'en');
});
