// Security headers on every kind of response of `next start`, and a browser that reads every kind
// of page under that policy without a single Content-Security-Policy violation.
import { expect, test, type Page } from '@playwright/test';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { feedFormats, feedPath } from '@/lib/seo/feed-links';
import { securityHeaders } from '@/lib/security/headers';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';

const { explainers } = loadContent({ includeDrafts: false });
const sample = explainers.find((explainer) => explainer.pages.length > 1) ?? explainers[0];

/** One URL of each kind the site answers; pages first, then the files around them. */
function pageKinds(): { name: string; path: string }[] {
  const kinds = locales.map((locale) => ({ name: `home ${locale}`, path: homePath(locale) }));
  if (sample) {
    kinds.push(
      { name: 'explainer page 1', path: explainerPagePath(sample.locale, sample.slug) },
      { name: 'explainer page 2', path: explainerPagePath(sample.locale, sample.slug, 2) },
      { name: 'one-page view', path: explainerAllPath(sample.locale, sample.slug) },
    );
  }
  kinds.push(
    { name: '404 inside a locale', path: '/en/explainers/no-such-explainer' },
    { name: '404 outside any locale', path: '/ja-JP/nothing/here.html' },
    { name: '404 for a malformed escape', path: '/ja/explainers/%ff' },
  );
  return kinds;
}

function fileKinds(): { name: string; path: string }[] {
  return [
    ...Object.keys(feedFormats).map((format) => ({ name: `feed ${format}`, path: feedPath('ja', format as keyof typeof feedFormats) })),
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: 'robots', path: '/robots.txt' },
    { name: 'icon', path: '/icon.svg' },
  ];
}

test.describe('security headers', () => {
  const expected = Object.fromEntries(securityHeaders.map(({ key, value }) => [key.toLowerCase(), value]));

  test('the policy has no unsafe-eval and locks framing, plugins and the base URL', () => {
    const csp = expected['content-security-policy'] ?? '';
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toMatch(/(?:^|; )script-src 'self'/);
  });

  for (const { name, path } of [...pageKinds(), ...fileKinds(), { name: 'locale redirect', path: '/' }]) {
    test(`${name} (${path}) carries every header and no X-Powered-By`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${path} answers`).toBeLessThan(500);
      const headers = response.headers();
      for (const [key, value] of Object.entries(expected)) expect(headers[key], `${key} on ${path}`).toBe(value);
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test("Next's own files and the OG images carry the headers too", async ({ page, request }) => {
    const home = homePath('ja');
    await page.goto(home);
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    expect(script).toBeTruthy();
    expect(ogImage).toBeTruthy();
    for (const url of [script ?? '', new URL(ogImage ?? '').pathname]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-security-policy'], url).toBe(expected['content-security-policy']);
      expect(response.headers()['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

/** Collects CSP violations both ways Chromium reports them: the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy') || message.text().includes('Permissions-Policy')) {
      violations.push(`console: ${message.text()}`);
    }
  });
  return violations;
}

test.describe('no CSP violation in the browser', () => {
  for (const { name, path } of [...pageKinds(), ...fileKinds()]) {
    test(`${name} (${path})`, async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      // Hydration and the pager's script run after load; give late reports time to arrive.
      await page.waitForLoadState('networkidle');
      expect(violations, `CSP reports on ${path}`).toEqual([]);
    });
  }

  test('OG image opened directly', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(homePath('en'));
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    const response = await page.goto(new URL(ogImage ?? '').pathname);
    expect(response?.headers()['content-type']).toBe('image/png');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('client-side navigation between pages stays inside the policy', async ({ page }) => {
    expect(sample, 'content/ has an explainer to navigate to').toBeDefined();
    const violations = await watchViolations(page);
    await page.goto(homePath(sample?.locale ?? 'ja'));
    await page.waitForLoadState('networkidle');
    // The home page links every explainer; following one exercises RSC fetches and chunk loading.
    await page.locator(`a[href="${explainerPagePath(sample?.locale ?? 'ja', sample?.slug ?? '')}"]`).first().click();
    await page.waitForURL(`**${explainerPagePath(sample?.locale ?? 'ja', sample?.slug ?? '')}`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('the policy is enforced: an injected script can neither eval nor load a foreign script', async ({ page }) => {
    // Proves that the listener above sees violations at all, so that an empty list means something.
    // The script goes into the HTML on the way (scripts added through page.evaluate are exempt
    // from the page's CSP in Chromium); the response keeps its headers.
    const violations = await watchViolations(page);
    const path = homePath('ja');
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      const injected =
        "<script>try { eval('1'); window.__evalRan = true; } catch { window.__evalRan = false; }" +
        "document.head.append(Object.assign(document.createElement('script'), { src: 'https://cdn.example.invalid/evil.js' }));</script>";
      await route.fulfill({ response, body: (await response.text()).replace('<head>', `<head>${injected}`) });
    });
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBe(false);
    await expect.poll(() => violations.filter((text) => text.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
  });
});
