// Hostile requests written by hand, against the production server (`next start` on 127.0.0.1):
// request lines the HTTP parser must refuse with an answer, undecodable paths, asterisk-form
// targets, oversized headers and the proxy-skipping header. The seeded fuzz run:
// security-fuzz.spec.ts.
import { expect, test } from '@playwright/test';
import { sendRaw } from './support/fuzz-client';

test.describe('hostile requests', () => {
  test.describe.configure({ mode: 'serial' });

  test('raw request lines the HTTP parser must refuse, not drop', async ({ baseURL }) => {
    const base = new URL(baseURL ?? '');
    expect(base.hostname).toBe('127.0.0.1');
    const lines = [
      'GET /ja/explainers/a b HTTP/1.1',
      'GET /ja/\u0000 HTTP/1.1',
      'GET /ja/\u00ff\u00fe HTTP/1.1',
      'GET ja HTTP/1.1',
      'GET http://evil.example/ja HTTP/1.1',
      'GET /ja HTTP/9.9',
      'BREW /ja HTTP/1.1',
      'GET /ja/explainers/%ff HTTP/1.0',
    ];
    for (const line of lines) {
      const statusLine = await sendRaw(base, line);
      expect(statusLine, JSON.stringify(line)).toMatch(/^HTTP\/1\.[01] [234]\d\d /);
    }
  });

  test('an undecodable path ends on the 404 page of its locale', async ({ page }) => {
    for (const [path, lang] of [
      ['/ja/explainers/%ff', 'ja'],
      ['/en/explainers/%c0%ae%c0%ae/2', 'en'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(new URL(page.url()).pathname, path).toBe(path.replaceAll('%', '%25'));
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
  });

  test('an escaped spelling of a locale path is sent to the plain one (308), not proxied', async ({ request }) => {
    // next-intl rewrites `/%6a%61` to `/ja`; passed on, Next proxied that rewrite over HTTP and a
    // long query under the fuzz run's load ended in ECONNRESET and a 500 (proxy.ts).
    const query = `?a=${'b'.repeat(6000)}`;
    const answers = await Promise.all(
      ['/%6a%61', '/%65%6e/explainers', `/%6a%61${query}`, `/j%61${query}`].flatMap((path) =>
        ['GET', 'PATCH'].map(async (method) => {
          const response = await request.fetch(path, { method, maxRedirects: 0, headers: { cookie: 'NEXT_LOCALE=%ff' } });
          const location = new URL(response.headers().location ?? '', 'http://x');
          return `${method} ${path.slice(0, 24)} ${response.status()} ${location.pathname}${location.search.slice(0, 8)}`;
        }),
      ),
    );
    expect(answers).toEqual([
      'GET /%6a%61 308 /ja',
      'PATCH /%6a%61 308 /ja',
      'GET /%65%6e/explainers 308 /en/explainers',
      'PATCH /%65%6e/explainers 308 /en/explainers',
      'GET /%6a%61?a=bbbbbbbbbbbbbb 308 /ja?a=bbbbb',
      'PATCH /%6a%61?a=bbbbbbbbbbbbbb 308 /ja?a=bbbbb',
      'GET /j%61?a=bbbbbbbbbbbbbbbb 308 /ja?a=bbbbb',
      'PATCH /j%61?a=bbbbbbbbbbbbbbbb 308 /ja?a=bbbbb',
    ]);
  });

  test('asterisk-form request targets (`GET *`) get a 4xx', async ({ baseURL }) => {
    // Known failure in Next 16.4.6, outside the site's reach: the router parses `*` with new URL(),
    // the catch renders the Pages Router's /_error, which an App Router build does not have, and
    // answers a bare 500 before proxy.ts ever runs (README, Security). Behind nginx, `*` never
    // reaches Next. Marked as expected to fail so that the suite says so the day Next answers 4xx.
    test.fail(true, 'Next 16.4.6 answers an asterisk-form request target with 500');
    const base = new URL(baseURL ?? '');
    for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET *ja HTTP/1.1']) {
      expect(await sendRaw(base, line), line).toMatch(/^HTTP\/1\.[01] 4\d\d /);
    }
  });

  test('headers over the limit get a 431, not a closed socket', async ({ baseURL }) => {
    const base = new URL(baseURL ?? '');
    // 20 KB: over the limit, yet read by Node in one go, so the close after the 431 is clean.
    const statusLine = await sendRaw(base, `GET /ja HTTP/1.1\r\nX-Huge: ${'y'.repeat(20_000)}`);
    expect(statusLine).toMatch(/^HTTP\/1\.1 431 /);
  });

  test('x-middleware-subrequest cannot skip the proxy (CVE-2025-29927)', async ({ request }) => {
    for (const value of ['proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware']) {
      const response = await request.get('/', { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
      // The proxy still negotiated the locale: `/` is redirected, not served as a bare 404.
      expect(response.status(), value).toBe(307);
      expect(response.headers().location, value).toMatch(/\/(?:ja|en)$/);
    }
  });
});
