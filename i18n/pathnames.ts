import type { Locale } from './locales';
import { routing } from './routing';

/**
 * The locale-prefixed pathname of an internal href, for server code.
 *
 * Why not next-intl's `getPathname` from `createNavigation`: importing that module also imports
 * its Link, a client component, and the bundler then ships next-intl's client runtime (12.9 kB
 * gzip, measured with `npm run bench:weight`) to every page that only needed a string. Our routing
 * is `localePrefix: 'always'` without localized pathnames, so the prefix is the whole rule; the
 * assertion keeps this in step with i18n/routing.ts.
 */
export function localizedPathname(locale: Locale, href: string): string {
  if (routing.localePrefix !== 'always' && routing.localePrefix?.mode !== 'always') {
    throw new Error('localizedPathname assumes localePrefix "always" (i18n/routing.ts)');
  }
  if (!href.startsWith('/')) throw new Error(`Internal hrefs start with "/": ${href}`);
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}
