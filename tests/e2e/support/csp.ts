import type { Page } from '@playwright/test';

/**
 * Collects Content-Security-Policy violations both ways Chromium reports them: the DOM's
 * `securitypolicyviolation` event (fired for enforced and report-only policies alike, hence the
 * disposition in the text) and its console message. Permissions-Policy errors count too: an
 * unknown feature name is logged on every page.
 */
export async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.disposition}, ${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy') || message.text().includes('Permissions-Policy')) {
      violations.push(`console: ${message.text()}`);
    }
  });
  return violations;
}
