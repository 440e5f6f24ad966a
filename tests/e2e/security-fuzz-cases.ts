// Hostile requests for tests/e2e/security-fuzz.spec.ts: hand-picked probes first, then seeded
// random combinations of the same ingredients until the budget is reached. Deterministic, so a
// failure names a request that can be replayed.
import { locales } from '@/i18n/locales';

/** Whether some segment of the path is not valid percent-encoded UTF-8 (the fuzz's own check). */
function isUndecodable(path: string): boolean {
  return path.split('/').some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

export interface FuzzCase {
  method: string;
  /** Sent as written: no normalisation of `..`, `//` or escapes on the way. */
  path: string;
  headers: Record<string, string>;
  /** What the answer must look like beyond "not a 5xx", if anything. */
  expect?: 'decodable-redirect' | 'same-origin-redirect' | 'ok';
}

/** mulberry32: a small seeded PRNG, enough to pick from lists reproducibly. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const TRAVERSAL = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5c..%5c..%5cwindows%5cwin.ini',
  '....//....//etc/passwd',
  '%252e%252e%252fetc%252fpasswd',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '.env',
  '.git/config',
  'package.json',
  'next.config.ts',
  'content/explainers',
  '.next/server/app/ja.html',
  'node_modules/next/package.json',
];

const MALFORMED = ['%', '%%', '%f', '%ff', '%fe%ff', '%c0%ae', '%c0%af', '%e0%80%af', '%ed%a0%80', '%zz', '%G0', '%u002e', '%00', '%0a', '%0d%0a', '%ef%bf%bf', '%f4%90%80%80'];

const ODD_LOCALES = ['JA', 'Ja', 'ja-JP', 'ja_JP', 'en-US', 'en-us', 'zz', 'x', 'jp', 'ja-', '-ja', 'ja.', 'ja;', 'ja%00', 'ja%2f', '%6a%61', 'ja ', 'en%20', 'jaen', 'ja-Latn-JP-x-private'];

const PAGE_NUMBERS = ['0', '-1', '-0', '1.5', '2.0', '1e3', '0x2', '02', '+2', ' 2', '2 ', 'NaN', 'Infinity', '9007199254740993', '99999999999999999999999999', '1'.repeat(400), 'two', '二', '%32', '2%00', '2/', '2/3', 'all', 'ALL', 'all/2'];

const NEXT_PROBES = [
  '/_next/',
  '/_next/static/',
  '/_next/static/chunks/does-not-exist.js',
  '/_next/static/chunks/../../../package.json',
  '/_next/static/%2e%2e/%2e%2e/package.json',
  '/_next/static/chunks/%ff.js',
  '/_next/data/build/ja.json',
  '/_next/data/../../.env',
  '/_next/image',
  '/_next/image?url=https://example.com/x.png&w=64&q=75',
  '/_next/image?url=//example.com/x.png&w=64&q=75',
  '/_next/image?url=file:///etc/passwd&w=64&q=75',
  '/_next/image?url=/icon.svg&w=99999&q=500',
  '/_next/image?url=%2F_next%2Fimage%3Furl%3D%252Ficon.svg&w=64&q=75',
  '/_next/webpack-hmr',
  '/_next/static/development/_buildManifest.js',
  '/__nextjs_original-stack-frame?file=/etc/passwd',
  '/_next/server/app/ja.html',
  '/_vercel/insights/script.js',
];

const IMAGE_PROBES = [
  '/og/opengraph-image/does-not-exist.png',
  '/og/opengraph-image/%ff.png',
  '/og/opengraph-image/..%2f..%2fpackage.json',
  '/og/opengraph-image/' + 'a'.repeat(3000) + '.png',
  '/og/opengraph-image/ja-home.png?w=99999',
  '/og/opengraph-image',
  '/og/opengraph-image/',
  '/og/opengraph-image/x.png/..',
  '/og/opengraph-image/x.svg',
  '/content-images/../../package.json',
  '/content-images/%2e%2e/%2e%2e/package.json',
  '/content-images/no-such/photo.jpg',
  '/icon.svg/..',
  '/icon.svg%00.png',
];

const QUERIES = [
  '',
  '?_rsc=1',
  '?_rsc=',
  '?_rsc=%ff',
  '?_rsc[]=1&_rsc=2',
  '?__nextDataReq=1',
  '?__nextLocale=fr',
  '?__nextDefaultLocale=xx',
  '?nxtPslug=../../etc',
  '?nxtPlocale=zz',
  '?x=%ff%fe',
  '?%ff=1',
  '?a=' + 'b'.repeat(6000),
  '?a[b][c]=1&a=2',
  '?utm_source=<script>alert(1)</script>',
  '?callback=alert(1)',
  '?__proto__[x]=1&constructor[prototype][y]=1',
  '?&&&==&',
  '#fragment-sent-raw',
];

const HEADER_SETS: Record<string, string>[] = [
  {},
  { 'accept-language': 'x'.repeat(8000) },
  { 'accept-language': '*;q=abc, ja;q=-1, en;q=1e999, ;q=, ,,,' },
  { 'accept-language': 'zz-ZZ, qq;q=0.9' },
  { 'accept-language': 'ja-JP-u-ca-japanese-x-' + 'a'.repeat(200) },
  { 'accept-language': 'ja;q=0.5, '.repeat(600) },
  { cookie: 'NEXT_LOCALE=../../etc' },
  { cookie: 'NEXT_LOCALE=%ff' },
  { cookie: 'NEXT_LOCALE=' + 'x'.repeat(4000) },
  { cookie: 'a=' + 'b'.repeat(7000) + '; NEXT_LOCALE=en' },
  { cookie: ';;;=;=NEXT_LOCALE;NEXT_LOCALE' },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
  { 'x-middleware-prefetch': '1' },
  { 'x-invoke-path': '/ja', 'x-invoke-status': '500', 'x-invoke-query': '%7B%22a%22%3A1%7D' },
  { 'x-matched-path': '/[locale]/explainers/[slug]' },
  { 'x-now-route-matches': 'nxtPslug=..%2F..%2Fetc' },
  { rsc: '1' },
  { rsc: '1', 'next-router-state-tree': 'garbage' },
  { rsc: '1', 'next-router-state-tree': encodeURIComponent('["",{"children":["__PAGE__",{}]},null,null,true]') },
  { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
  { rsc: '1', 'next-router-segment-prefetch': '../../../etc/passwd' },
  { 'next-action': 'deadbeef', 'content-type': 'text/plain' },
  { 'next-url': '/%ff' },
  { host: 'evil.example' },
  { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
  { 'x-forwarded-for': '1.1.1.1, '.repeat(500) },
  { range: 'bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13' },
  { range: 'bytes=99999999-' },
  { 'if-none-match': '"' + 'x'.repeat(3000) + '"' },
  { 'if-modified-since': 'not a date' },
  { 'accept-encoding': 'br;q=abc, gzip;q=-1, *;q=2' },
  { 'sec-fetch-dest': 'image' },
  { purpose: 'prefetch' },
  { 'user-agent': 'x'.repeat(5000) },
  { 'x-huge': 'y'.repeat(20000) },
];

const METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'];

function pagePaths(slug: string): string[] {
  return locales.flatMap((locale) => [`/${locale}`, `/${locale}/explainers/${slug}`, `/${locale}/explainers/${slug}/2`, `/${locale}/explainers/${slug}/all`]);
}

/** Every request of the run: fixed probes, then seeded combinations up to `total`. */
export function fuzzCases(options: { slug: string; total: number; seed: number }): FuzzCase[] {
  const { slug, total, seed } = options;
  const get = (path: string, expect?: FuzzCase['expect'], headers: Record<string, string> = {}): FuzzCase => ({
    method: 'GET',
    path,
    headers,
    ...(expect ? { expect } : {}),
  });
  const cases: FuzzCase[] = [];

  // Controls: real pages answer 200 through the same client, so the harness itself is proven.
  for (const path of pagePaths(slug)) cases.push(get(path, 'ok'));

  for (const piece of TRAVERSAL) {
    cases.push(get(`/${piece}`), get(`/ja/${piece}`), get(`/ja/explainers/${piece}`), get(`/_next/static/${piece}`));
  }
  for (const bad of MALFORMED) {
    // Undecodable ones are sent on to their literal form (proxy.ts), which is a 404 page.
    const expect = (path: string) => (isUndecodable(path) ? 'decodable-redirect' : undefined);
    for (const path of [`/${bad}`, `/ja/${bad}`, `/ja/explainers/${bad}`, `/en/explainers/${slug}/${bad}`, `/ja/explainers/a${bad}b/2`, `/og/opengraph-image/${bad}.png`]) {
      cases.push(get(path, expect(path)));
    }
  }
  for (const locale of ODD_LOCALES) {
    const segment = locale.replaceAll(' ', '%20');
    cases.push(get(`/${segment}`), get(`/${segment}/explainers/${slug}`), get(`/${segment}/feed.xml`));
  }
  for (const number of PAGE_NUMBERS) {
    for (const locale of locales) cases.push(get(`/${locale}/explainers/${slug}/${encodeURI(number)}`));
  }
  for (const length of [256, 1024, 4096, 8000, 16000, 70000]) {
    cases.push(get(`/ja/explainers/${'a'.repeat(length)}`), get(`/${'%41'.repeat(Math.floor(length / 3))}`), get(`/ja/${'a/'.repeat(Math.floor(length / 2))}`));
  }
  for (const probe of [...NEXT_PROBES, ...IMAGE_PROBES]) cases.push(get(probe));
  for (const query of QUERIES) for (const path of pagePaths(slug)) cases.push(get(path + query));
  for (const headers of HEADER_SETS) {
    for (const path of ['/', '/nope', ...pagePaths(slug).slice(0, 2), '/ja/feed.xml', '/ja/explainers/missing']) cases.push(get(path, undefined, headers));
  }
  // Open redirects: whatever the proxy or Next redirects to must stay on this site.
  for (const path of ['//evil.example', '//evil.example/%2e%2e', '/\\evil.example', '/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example', '/.evil.example', '///evil.example/ja', '/ja/..//evil.example']) {
    cases.push(get(path, 'same-origin-redirect'));
  }

  const next = random(seed);
  const segments = [...locales, ...ODD_LOCALES, 'explainers', slug, 'all', ...PAGE_NUMBERS.slice(0, 12), ...MALFORMED, '..', '.', '', 'og', 'opengraph-image', '_next', 'static', 'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'robots.txt', 'icon.svg'];
  while (cases.length < total) {
    const depth = 1 + Math.floor(next() * 5);
    // A raw space is not HTTP at all (the client refuses it); the raw-socket test covers that case.
    const path = '/' + Array.from({ length: depth }, () => pick(next, segments)).join('/').replaceAll(' ', '%20');
    cases.push({ method: pick(next, METHODS), path: path + pick(next, QUERIES), headers: pick(next, HEADER_SETS) });
  }
  return cases;
}
