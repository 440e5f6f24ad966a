// The security policy of deploy/nginx/ at work on the static build: written for `next start` in
// security-headers.spec.ts, which runs here too, except for the check below (see there). Plain
// Playwright test: the injected script's refusals are console errors, which are the point here.
import { expect, test } from '@playwright/test';

const locale = 'ja';
// security-headers.spec.ts proves this against `next start`; its route answers every request for
// the home URL, and in the static build the client router also sends HEAD requests for it (its
// prefetch check), which have no body to rewrite. Here only the document is changed.
test('the policy from deploy/nginx is enforced: an injected script can neither eval nor load a foreign script', async ({ page }) => {
  const blocked: string[] = [];
  await page.exposeFunction('__reportCspViolation', (directive: string) => blocked.push(directive));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCspViolation: (directive: string) => void }).__reportCspViolation(event.violatedDirective);
    });
  });
  const injected =
    "try { eval('1'); window.__evalRan = true; } catch { window.__evalRan = false; }" +
    "document.head.append(Object.assign(document.createElement('script'), { src: 'https://cdn.example.invalid/evil.js' }));";
  // As a file from the site itself, which script-src 'self' runs (an inline one would not run at
  // all), so that what it tries is refused by the policy's other rules.
  await page.route('**/__csp-probe.js', (probe) => probe.fulfill({ contentType: 'text/javascript', body: injected }));
  await page.route(`**/${locale}`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    return route.fulfill({ response, body: (await response.text()).replace('<head>', '<head><script src="/__csp-probe.js"></script>') });
  });
  await page.goto(`/${locale}`);
  expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBe(false);
  await expect.poll(() => blocked.filter((directive) => directive.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
});
