import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The reader tests again, against the static build (`npm run build:static` → out/) served by nginx
// with deploy/nginx/ (`npm run test:e2e:static`). Same browsers and projects as playwright.config.ts.
//
// Left out on purpose, because they test `next start`'s request proxy, which a static host does
// not have (tests/e2e/static-*.spec.ts test what the static site does instead):
//   - `/` answering 307 by Accept-Language and cookie: out/index.html negotiates in the browser;
//   - an unknown first segment (`/fr/…`) sent into /ja with a 307: on nginx it is a plain 404;
//   - the security specs other than the headers (fuzz, XSS, drafts), which harden the Node server
//     or need their own builds.
// The reader specs are listed by name, so a new spec runs here once it is added to the list.
const port = Number(process.env.E2E_STATIC_PORT ?? 3310);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...base,
  testIgnore: [],
  testMatch: [
    'accessibility.spec.ts',
    'all-pages.spec.ts',
    'console-errors.spec.ts',
    'document-language.spec.ts',
    'explainer-blocks*.spec.ts',
    'finding-*.spec.ts',
    'layout-stability.spec.ts',
    'locale.spec.ts',
    'not-found.spec.ts',
    'pager.spec.ts',
    'preview-absent.spec.ts',
    'paint-first.spec.ts',
    'print.spec.ts',
    'reading-path.spec.ts',
    'redirects.spec.ts',
    'security-cookies.spec.ts',
    'security-headers.spec.ts',
    'sharing-*.spec.ts',
    'static-*.spec.ts',
    'translation-note.spec.ts',
  ],
  grepInvert: [
    /Accept-Language .* → \/(ja|en)$/,
    /no Accept-Language at all → \/ja/,
    /NEXT_LOCALE=\w+ cookie wins over Accept-Language/,
    /an unknown locale is sent into \/ja \(307\)/,
    /\/ remembers a changed edition in NEXT_LOCALE only/,
    /following an unknown locale ends on the Japanese 404 page/,
    // Its page.route answers the client router's HEAD prefetch checks too, which only the static
    // build sends; static-policy.spec.ts has the same check for the document alone.
    /the policy is enforced: an injected script can neither eval nor load a foreign script/,
  ],
  use: { ...base.use, baseURL },
  // Read by tests whose expectation differs on nginx (security-cookies.spec.ts: no proxy, no cookie).
  metadata: { server: 'nginx' },
  webServer: {
    command: `npx tsx scripts/serve-static.ts --port ${port}`,
    url: `${baseURL}/ja`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
