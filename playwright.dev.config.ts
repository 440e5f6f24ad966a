import { defineConfig, devices } from '@playwright/test';
import base from './playwright.config';

// The editors' preview where editors use it: under `next dev` (`npm run test:e2e:dev`), built from
// the fixture content (drafts and a scheduled explainer included). Only tests/e2e/dev-*.spec.ts:
// the reader tests run against production builds (playwright.config.ts, playwright.static.config.ts).
// Each page is compiled on its first request, so the limits are wider than a build's.
const port = Number(process.env.E2E_DEV_PORT ?? 3130);
const baseURL = `http://127.0.0.1:${port}`;
const contentDir = 'tests/fixtures/content/site';
process.env.KAISETSU_CONTENT_DIR = contentDir;

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: ['dev-*.spec.ts'],
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: { ...base.use, baseURL },
  projects: [{ name: 'phone', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
  webServer: {
    command: `npm run dev -- -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/ja`,
    env: { NEXT_TELEMETRY_DISABLED: '1', KAISETSU_CONTENT_DIR: contentDir },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
