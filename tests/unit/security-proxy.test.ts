// proxy.ts is total: whatever the path, cookies or Accept-Language, it answers (pass through,
// locale redirect, or the 308 for undecodable paths) and never throws, even if next-intl does.
// next-intl's middleware stands in for itself here (its ESM build imports `next/server` in a way
// Vitest's Node resolution refuses); tests/e2e/security-fuzz.spec.ts runs the real one with the
// same hostile headers against the production server.
import { NextRequest, NextResponse } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const negotiate = vi.hoisted(() => ({
  impl: (request: Request): Response => {
    throw new Error(`no negotiator set for ${request.url}`);
  },
}));

vi.mock('next-intl/middleware', () => ({
  default: () => (request: NextRequest) => negotiate.impl(request),
}));

const { default: proxy } = await import('@/proxy');

/** Like next-intl with `localePrefix: 'always'`: redirect to the preferred locale. */
function redirectToLocale(request: Request): Response {
  const english = /^en\b/.test(request.headers.get('accept-language') ?? '');
  return NextResponse.redirect(new URL(`/${english ? 'en' : 'ja'}${new URL(request.url).pathname.replace(/\/$/, '')}`, request.url), 307);
}

beforeEach(() => {
  negotiate.impl = redirectToLocale;
});

const PATHS = [
  '/', '/nope', '/ja', '/en/explainers/x', '/%ff', '/%', '/%zz/%', '/ja/explainers/%ff', '/%c0%ae%c0%ae/etc/passwd',
  '/%2e%2e/%2e%2e', '/..%2f..%2f', '/%00', '/%0d%0aSet-Cookie:x=1', '/ja-JP', '/JA', '/%E4%BA%8C', `/${'a'.repeat(5000)}`,
  `/${'%ff'.repeat(500)}`, '/_next/%ff', '/og/opengraph-image/%ff.png', '/%5Cevil.example', '/%2F%2Fevil.example',
];

const LANGUAGES = ['', 'ja', 'en-US,en;q=0.9', '*;q=abc, ja;q=-1, en;q=1e999', 'zz-ZZ', 'x'.repeat(8000), ';;;,,,q=', 'ja;q=0.5, '.repeat(500)];

const COOKIES = ['', 'NEXT_LOCALE=en', 'NEXT_LOCALE=../../etc', 'NEXT_LOCALE=%ff', `NEXT_LOCALE=${'x'.repeat(4000)}`, ';;;=;=NEXT_LOCALE'];

describe('proxy', () => {
  it(`answers all ${PATHS.length * LANGUAGES.length * COOKIES.length} combinations of hostile path, language and cookie`, () => {
    const statuses = new Set<number>();
    for (const path of PATHS) {
      for (const language of LANGUAGES) {
        for (const cookie of COOKIES) {
          const headers = new Headers();
          if (language) headers.set('accept-language', language);
          if (cookie) headers.set('cookie', cookie);
          const response = proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
          statuses.add(response.status);
          const location = response.headers.get('location');
          // Every redirect stays on the site (NextURL spells 127.0.0.1 `localhost`, hence the base).
          if (location) expect(new URL(location, 'http://localhost:3000').host, `${path} → ${location}`).toBe('localhost:3000');
        }
      }
    }
    expect([...statuses].sort()).toEqual([200, 307, 308]);
  });

  it('sends an undecodable path to its literal form, which decodes', () => {
    const response = proxy(new NextRequest('http://localhost:3000/ja/explainers/%ff?x=1'));
    expect(response.status).toBe(308);
    const location = new URL(response.headers.get('location') ?? '', 'http://localhost:3000');
    expect(location.pathname).toBe('/ja/explainers/%25ff');
    expect(location.search).toBe('?x=1');
    expect(decodeURIComponent(location.pathname)).toBe('/ja/explainers/%ff');
  });

  it('sends an escaped spelling of a locale path to the plain one instead of passing on next-intl\'s rewrite', () => {
    // What next-intl answers for `/%6a%61`: a rewrite to `/ja`, which Next would proxy over HTTP.
    negotiate.impl = (request) => NextResponse.rewrite(new URL(`/ja${new URL(request.url).search}`, request.url));
    const response = proxy(new NextRequest('http://localhost:3000/%6a%61?a=1', { method: 'PATCH', headers: { cookie: 'NEXT_LOCALE=%ff' } }));
    expect(response.status).toBe(308);
    expect(response.headers.get('x-middleware-rewrite')).toBeNull();
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname + location.search).toBe('/ja?a=1');
  });

  it('routes the request on when locale negotiation throws, instead of failing it', () => {
    negotiate.impl = () => {
      throw new Error('negotiation bug');
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = proxy(new NextRequest('http://localhost:3000/nope'));
    expect(response.headers.get('x-middleware-next')).toBe('1');
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });

  it('leaves locale paths and Next\'s files alone and negotiates the rest', () => {
    expect(proxy(new NextRequest('http://localhost:3000/ja/explainers/%41')).headers.get('x-middleware-next')).toBe('1');
    // A chunk of the dev server: an escape in its name brings it through the `%` matcher entry.
    const chunk = proxy(new NextRequest('http://localhost:3000/_next/static/chunks/node_modules_%40swc_helpers_cjs._.js', { headers: { 'accept-language': 'en' } }));
    expect(chunk.headers.get('x-middleware-next')).toBe('1');
    const english = proxy(new NextRequest('http://localhost:3000/', { headers: { 'accept-language': 'en-US,en;q=0.9' } }));
    expect(english.status).toBe(307);
    expect(new URL(english.headers.get('location') ?? '').pathname).toBe('/en');
  });
});
