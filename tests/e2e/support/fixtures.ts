import { test as base, expect } from '@playwright/test';

export { expect };

interface LoggedError {
  text: string;
  url: string;
}

/**
 * Every test fails if its page logged a console error or threw an uncaught exception; a test can
 * also read the list itself (`pageErrors()`) to assert at a moment of its choosing. The one error
 * allowed is Chromium's "Failed to load resource" for a *document* that answered 404 on purpose
 * (the not-found tests); a missing script, style or image still counts. A test that breaks
 * something on purpose names the errors it expects with `test.use({ expectedErrors: /…/ })` (one
 * pattern: Playwright would read an array there as a value and its options) and checks them itself.
 */
export const test = base.extend<{ pageErrors: () => string[]; expectedErrors: RegExp | undefined }>({
  expectedErrors: [undefined, { option: true }],
  pageErrors: [
    async ({ page, expectedErrors }, use) => {
      const logged: LoggedError[] = [];
      const notFoundDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) notFoundDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') logged.push({ text: message.text(), url: message.location().url });
      });
      page.on('pageerror', (error) => logged.push({ text: `uncaught: ${error.message}`, url: page.url() }));

      const unexpected = () =>
        logged
          .filter((error) => !(error.text.startsWith('Failed to load resource') && notFoundDocuments.has(error.url)))
          .filter((error) => !expectedErrors?.test(error.text))
          .map((error) => `${error.url}: ${error.text}`);

      await use(unexpected);

      expect(unexpected(), 'console errors or uncaught exceptions on the page').toEqual([]);
    },
    { auto: true },
  ],
});
