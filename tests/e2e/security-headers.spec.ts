// Security headers on every kind of response (of `next start`, and of nginx with deploy/nginx/ when
// run by playwright.static.config.ts), and a browser that reads every kind of page, turns pages,
// copies a link and searches under that policy without a single Content-Security-Policy violation.
import { expect, test } from '@playwright/test';
import { searchPageContentSecurityPolicy } from '@/lib/search/content-security-policy';
import { securityHeaders } from '@/lib/security/headers';
import { explainerPagePath, homePath, searchPath } from '@/lib/site/paths';
import { watchViolations } from './support/csp';
import { translator } from './support/messages';
import { fileKinds, pageKinds, sampleExplainer as sample } from './support/page-kinds';
import { pagerNav, waitForPagerScript } from './support/site';

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
      // The search pages alone add 'wasm-unsafe-eval' for Pagefind (lib/search/content-security-policy.ts).
      const wanted = /^\/[a-z]+\/search$/.test(path) ? { ...expected, 'content-security-policy': searchPageContentSecurityPolicy } : expected;
      for (const [key, value] of Object.entries(wanted)) expect(headers[key], `${key} on ${path}`).toBe(value);
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

  test('turning pages by the pager link and by history stays inside the policy', async ({ page }) => {
    expect(sample?.pages.length, 'content/ has an explainer with two pages').toBeGreaterThan(1);
    const { locale, slug } = sample ?? { locale: 'ja' as const, slug: '' };
    const violations = await watchViolations(page);
    await page.goto(explainerPagePath(locale, slug));
    await waitForPagerScript(page, locale);
    await pagerNav(page, locale).getByRole('link', { name: translator(locale)('Pager.next') }).click();
    await page.waitForURL(`**${explainerPagePath(locale, slug, 2)}`);
    await page.goBack();
    await page.waitForURL(`**${explainerPagePath(locale, slug)}`);
    await page.goForward();
    await page.waitForURL(`**${explainerPagePath(locale, slug, 2)}`);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('turning pages with ← and → stays inside the policy', { tag: '@desktop' }, async ({ page }) => {
    const { locale, slug } = sample ?? { locale: 'ja' as const, slug: '' };
    const violations = await watchViolations(page);
    await page.goto(explainerPagePath(locale, slug, 2));
    await waitForPagerScript(page, locale);
    // A turn is over when focus is on the new page's title (reading-path.spec.ts); a key pressed
    // before that would reach the old page's pager.
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(`**${explainerPagePath(locale, slug)}`);
    await expect(page.locator('#explainer-title')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(`**${explainerPagePath(locale, slug, 2)}`);
    await expect(page.locator('#explainer-title')).toBeFocused();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test.describe('copy link', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copying the page link stays inside the policy', async ({ page }) => {
      const { locale, slug } = sample ?? { locale: 'ja' as const, slug: '' };
      const t = translator(locale);
      const violations = await watchViolations(page);
      await page.goto(explainerPagePath(locale, slug));
      const share = page.getByRole('region', { name: t('Share.heading') });
      await share.getByRole('button', { name: t('Share.copy') }).click();
      await expect(share.getByRole('status')).toHaveText(t('Share.copied'));
      expect(violations).toEqual([]);
    });
  });

  test('a search (Pagefind and its WebAssembly) stays inside the search page policy', async ({ page }) => {
    const locale = sample?.locale ?? 'ja';
    const t = translator(locale);
    const violations = await watchViolations(page);
    await page.goto(searchPath(locale));
    const input = page.getByRole('searchbox', { name: t('Search.label') });
    // Any word of the explainer's title: what counts is that Pagefind loaded and answered.
    await input.fill(sample?.title.slice(0, 4) ?? 'a');
    await input.press('Enter');
    const outcomes = [t('Search.resultCount'), t('Search.noResults')].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await expect(page.locator('.search__status')).toHaveText(new RegExp(`^(?:${outcomes.join('|')})`));
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('every OG image a page names opens inside the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    const { locale, slug } = sample ?? { locale: 'ja' as const, slug: '' };
    const images = new Set<string>();
    for (const path of [homePath('ja'), homePath('en'), explainerPagePath(locale, slug), explainerPagePath(locale, slug, 2)]) {
      await page.goto(path);
      for (const content of await page.locator('meta[property="og:image"]').evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''))) {
        images.add(new URL(content).pathname);
      }
    }
    expect(images.size).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const response = await page.goto(image);
      expect(response?.status(), image).toBe(200);
      expect(response?.headers()['content-type'], image).toBe('image/png');
    }
    expect(violations).toEqual([]);
  });

  // `script-src 'self'` with no 'unsafe-inline' (lib/security/headers.ts, lib/paint-first/).
  test('an inline script injected into a served page is blocked', async ({ page }) => {
    const violations = await watchViolations(page);
    const path = homePath('ja');
    // Injected into the HTML on the way, headers kept as served; scripts added through
    // page.evaluate would be exempt from the page's policy in Chromium. Only the document: the
    // static build's router also sends HEAD requests for the URL, which have no body.
    await page.route(`**${path}`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const body = (await response.text()).replace('<head>', '<head><script>window.__injectedRan = true;</script>');
      return route.fulfill({ response, body });
    });
    await page.goto(path);
    await expect.poll(() => violations.filter((text) => /^script-src(?:-elem)? blocked inline \(enforce/.test(text)).length).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => (window as unknown as { __injectedRan?: boolean }).__injectedRan)).toBeUndefined();
  });

  test('the policy is enforced: an injected script can neither eval nor load a foreign script', async ({ page }) => {
    // Proves that the listener above sees violations at all, so that an empty list means something.
    // The script goes into the HTML on the way (scripts added through page.evaluate are exempt
    // from the page's CSP in Chromium); the response keeps its headers.
    const violations = await watchViolations(page);
    const path = homePath('ja');
    const injected =
      "try { eval('1'); window.__evalRan = true; } catch { window.__evalRan = false; }" +
      "document.head.append(Object.assign(document.createElement('script'), { src: 'https://cdn.example.invalid/evil.js' }));";
    // As a file from the site itself, which script-src 'self' runs (an inline one would not run at
    // all), so that what it tries is refused by the policy's other rules.
    await page.route('**/__csp-probe.js', (probe) => probe.fulfill({ contentType: 'text/javascript', body: injected }));
    await page.route(`**${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('<head>', '<head><script src="/__csp-probe.js"></script>') });
    });
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBe(false);
    await expect.poll(() => violations.filter((text) => text.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
  });
});
