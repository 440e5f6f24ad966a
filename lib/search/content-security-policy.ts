// The search page's Content-Security-Policy: the site's policy plus 'wasm-unsafe-eval', because
// Pagefind searches with a WebAssembly module and Chromium refuses to compile WebAssembly under a
// script-src without it. The keyword allows WebAssembly compilation only (no eval, no new Function),
// and only the search pages get it: every other page keeps lib/security/headers.ts as is.
import { locales } from '../../i18n/locales';
import { contentSecurityPolicy, developmentContentSecurityPolicy, serializeCsp } from '../security/headers';

function withWasm(policy: Readonly<Record<string, readonly string[]>>): string {
  return serializeCsp({ ...policy, 'script-src': [...(policy['script-src'] ?? []), "'wasm-unsafe-eval'"] });
}

export const searchPageContentSecurityPolicy = withWasm(contentSecurityPolicy);
/** The same for `next dev` (lib/security/headers.ts, developmentContentSecurityPolicy). */
export const developmentSearchPageContentSecurityPolicy = withWasm(developmentContentSecurityPolicy);

/** The search page of every locale, as a next.config.ts `headers()` source. */
export const searchPageSource = `/:locale(${locales.join('|')})/search`;
