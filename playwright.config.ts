import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { BUILT_CONTENT_RECORD } from './lib/content/snapshot/env';

// Browser tests run against the production build, served by `next start`. `npm run build:e2e`
// builds the site from the fixture content (tests/fixtures/content/site/, its README says what it
// holds); `npm run build` from content/ works too. Either way the tests read the content folder the
// build was made from, as the build recorded it, so that they expect what the server shows.
const record = path.join('.next', BUILT_CONTENT_RECORD);
if (existsSync(record)) process.env.KAISETSU_CONTENT_DIR = readFileSync(record, 'utf8').trim();
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // What only the static build does (out/ on nginx): run by playwright.static.config.ts.
  // `next dev` only (the editors' preview): run by playwright.dev.config.ts.
  testIgnore: ['**/static-*.spec.ts', '**/dev-*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not available on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } },
    // The wide layout and a real keyboard, for the tests tagged @desktop (keys, accessibility).
    { name: 'desktop', use: { ...devices['Desktop Chrome'], browserName: 'chromium' }, grep: /@desktop/ },
  ],
  webServer: {
    command: `npx next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/ja`,
    env: { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:3000', KAISETSU_CONTENT_DIR: process.env.KAISETSU_CONTENT_DIR ?? '' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
