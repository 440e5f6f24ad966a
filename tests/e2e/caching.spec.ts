// `next start` answers revalidations of prerendered URLs with a 304, from ETags made at build time
// (lib/serving/etags.ts): the tag is the hash of the very body sent, and nothing else about the
// answers changes (RSC requests, other files, unknown paths).
import { etagOf } from '@/lib/serving/etags';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';

const explainer = firstExplainer('ja');

for (const [name, path] of [
  ['an explainer page', explainerPath(explainer, 2)],
  ['the home page', '/en'],
  ['a feed', '/ja/feed.xml'],
] as const) {
  test(`${name}: an ETag of its body, and 304 for a reader who has it`, async ({ request }) => {
    const full = await request.get(path);
    expect(full.status()).toBe(200);
    const etag = full.headers()['etag'] ?? '';
    expect(etag).toBe(etagOf(await full.body()));

    const again = await request.get(path, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    expect((await again.body()).length).toBe(0);
    expect((await request.get(path, { headers: { 'If-None-Match': `W/${etag}` } })).status()).toBe(304);

    const stale = await request.get(path, { headers: { 'If-None-Match': '"an-older-build"' } });
    expect(stale.status()).toBe(200);
    expect(await stale.body()).toEqual(await full.body());
    // A reload that asks past every cache gets the whole answer.
    expect((await request.get(path, { headers: { 'If-None-Match': etag, 'Cache-Control': 'no-cache' } })).status()).toBe(200);
  });
}

test('the router’s RSC request for a page is never answered with the page’s 304', async ({ request }) => {
  const path = explainerPath(explainer, 2);
  const etag = (await request.get(path)).headers()['etag'] ?? '';
  const rsc = await request.get(`${path}?_rsc=test`, { headers: { RSC: '1', 'If-None-Match': etag } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()['content-type']).toContain('text/x-component');
});

test('a conditional request elsewhere is answered as before', async ({ request }) => {
  const unknown = await request.get('/ja/explainers/no-such-explainer', { headers: { 'If-None-Match': '*' } });
  expect(unknown.status()).toBe(404);
  const icon = await request.get('/icon.svg', { headers: { 'If-None-Match': '"x"' }, maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  const root = await request.get('/', { headers: { 'If-None-Match': '"x"', 'Accept-Language': 'en' }, maxRedirects: 0 });
  expect(root.status()).toBe(307);
  expect(root.headers()['location']).toMatch(/\/en$/);
});
