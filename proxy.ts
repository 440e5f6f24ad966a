import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Locale negotiation (cookie, then Accept-Language) for URLs without a locale.
export default createMiddleware(routing);

export const config = {
  // Only `/` and paths that do not start with a locale pass through the proxy: measured, a proxy
  // in front of every prerendered page cut throughput 2.4×. The locale list is spelled out here
  // because Next reads the matcher statically; keep it in step with i18n/locales.ts.
  // Files (anything with a dot, incl. opengraph images, feeds, sitemap) and Next's internals never
  // need negotiation.
  matcher: ['/', '/((?!(?:ja|en)(?:/|$)|_next/|_vercel/|.*\\.[^/]*$).*)'],
};
