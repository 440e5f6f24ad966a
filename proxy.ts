import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { hasLineBreakEscape, hasMalformedEscape, literalPercents } from './lib/security/path-escapes';
import { notModifiedEtag } from './lib/serving/not-modified';

// Locale negotiation (cookie, then Accept-Language) for URLs without a locale.
const negotiateLocale = createMiddleware(routing);
const localePrefix = new RegExp(`^/(?:${routing.locales.join('|')})(?:/|$)`);
// The paths the first three matcher entries select (config below); the fourth brings any path
// that carries If-None-Match, which gets nothing else from this proxy.
const negotiablePath = /^\/(?:(?!(?:ja|en)(?:\/|$)|_next\/|_vercel\/|.*\.[^/]*$).*)?$|%/;

export default function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  // Next 16.4 answers a path it cannot percent-decode (`/ja/explainers/%ff`, `/%`) with a bare
  // 500: its router throws DecodeError while matching a dynamic segment and then renders the
  // Pages Router's /_error, which an App Router project does not have (vercel/next.js#43303 is the
  // same failure in older versions). Send the reader to the same path with every `%` read as a
  // literal percent sign instead: it names no page, so they get the ordinary 404 page. A redirect
  // built like next-intl's, not a rewrite: request.nextUrl calls 127.0.0.1 `localhost`, Next's
  // router compares a rewrite with the address given to `-H`, takes the mismatch for an external
  // URL and proxies it over HTTP, which failed under load in bench:soak. Remove this branch and
  // the third matcher entry once Next renders its 400 without /_error. An escaped line break gets
  // the same treatment: Next answers it with its error shell instead of the 404 page.
  if (hasMalformedEscape(pathname) || hasLineBreakEscape(pathname)) {
    return permanentRedirect(request, literalPercents(pathname), request.nextUrl.search);
  }
  // A prerendered answer the reader already has (lib/serving/etags.ts says why ETags are made at
  // build time): 304, no body.
  const etag = notModifiedEtag({ method: request.method, pathname, headers: request.headers });
  if (etag) return new NextResponse(null, { status: 304, headers: { etag } });
  if (!negotiablePath.test(pathname)) return NextResponse.next();
  // Paths with a locale, and Next's own files, come here only through the `%` matcher entry:
  // nothing to negotiate. The dev server's chunk names have escapes (`%5Bturbopack%5D`, `%40swc`);
  // negotiated, they were sent to /en/_next/… (404), and `npm run dev` ran without hot reload.
  if (localePrefix.test(pathname) || pathname.startsWith('/_next/')) return NextResponse.next();
  try {
    return withoutRewrite(request, negotiateLocale(request));
  } catch (error) {
    // Never turn a request into a 500 because of a header: route it as if there were no proxy.
    console.error('proxy: locale negotiation failed', error);
    return NextResponse.next();
  }
}

/**
 * next-intl answers an escaped spelling of a locale path (`/%6a%61` for `/ja`) with a rewrite to
 * the plain one. A rewrite out of this proxy is the external proxying described above (the fuzz
 * run saw it fail with ECONNRESET and a 500), so the reader is sent to the plain URL instead,
 * which is also the page's one canonical address.
 */
function withoutRewrite(request: NextRequest, response: NextResponse): NextResponse {
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (!rewrite) return response;
  const target = new URL(rewrite, request.nextUrl);
  return permanentRedirect(request, target.pathname, target.search);
}

/** A 308 to another path on the request's own origin, built from request.nextUrl as next-intl builds its redirects. */
function permanentRedirect(request: NextRequest, pathname: string, search: string): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = search;
  return NextResponse.redirect(url, 308);
}

export const config = {
  // Only `/` and paths that do not start with a locale pass through the proxy: measured, a proxy
  // in front of every prerendered page cut throughput 2.4×. The locale list is spelled out here
  // because Next reads the matcher statically; keep it in step with i18n/locales.ts.
  // Files (anything with a dot, incl. opengraph images, feeds, sitemap) and Next's internals never
  // need negotiation. The third entry catches any path with a `%` (no page of the site has one),
  // so that malformed escapes are handled above. The fourth takes conditional requests, for the
  // 304, but not the client router's RSC requests, whose `RSC` header Next hides from the proxy.
  matcher: [
    '/',
    '/((?!(?:ja|en)(?:/|$)|_next/|_vercel/|.*\\.[^/]*$).*)',
    '/(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'if-none-match' }], missing: [{ type: 'header', key: 'rsc' }] },
  ],
};
