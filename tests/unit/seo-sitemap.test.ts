// lib/seo/page-refs.ts and lib/seo/sitemap-entries.ts over the fixture content: hreflang only for
// locales that have the page, and sitemap dates that come from the content, never from the clock.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fixtures = fileURLToPath(new URL('../fixtures/content/valid', import.meta.url));

async function load(nodeEnv: string) {
  vi.stubEnv('KAISETSU_CONTENT_DIR', fixtures);
  vi.stubEnv('NODE_ENV', nodeEnv);
  vi.stubEnv('SITE_URL', 'https://kaisetsu.example');
  vi.resetModules();
  return { refs: await import('@/lib/seo/page-refs'), sitemap: await import('@/lib/seo/sitemap-entries') };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('languageAlternates', () => {
  it('lists both locales and x-default (Japanese) for a translated page', async () => {
    const { refs } = await load('production');
    expect(refs.languageAlternates({ kind: 'page', slug: 'city-library-move', number: 2 })).toEqual({
      ja: '/ja/explainers/city-library-move/2',
      en: '/en/explainers/city-library-move/2',
      'x-default': '/ja/explainers/city-library-move/2',
    });
  });

  it('lists only the locale that exists for an untranslated explainer, and nothing for a missing page', async () => {
    const { refs } = await load('development'); // the draft exists only where drafts are shown
    expect(refs.languageAlternates({ kind: 'page', slug: 'river-cleanup-draft', number: 1 })).toEqual({
      ja: '/ja/explainers/river-cleanup-draft',
      'x-default': '/ja/explainers/river-cleanup-draft',
    });
    expect(refs.languageAlternates({ kind: 'page', slug: 'city-library-move', number: 4 })).toEqual({});
  });
});

describe('sitemapEntries', () => {
  it('has every indexable page of every locale once, with content dates and absolute alternates', async () => {
    // A clock far from any content date: if an entry used it, the dates below would not match.
    vi.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z'), toFake: ['Date'] });
    const { sitemap } = await load('production');
    const entries = sitemap.sitemapEntries();
    const byUrl = new Map(entries.map((entry) => [entry.url, entry]));
    expect(byUrl.size).toBe(entries.length);
    const base = 'https://kaisetsu.example';
    expect([...byUrl.keys()].sort()).toEqual(
      [
        '/ja',
        '/en',
        // The fixture has no topics.yaml, so no topic pages; the topics index exists regardless.
        '/ja/topics',
        '/en/topics',
        ...['ja', 'en'].flatMap((locale) =>
          ['', '/2', '/3', '/all'].map((suffix) => `/${locale}/explainers/city-library-move${suffix}`),
        ),
      ]
        .map((p) => base + p)
        .sort(),
    );
    // ja was updated on 11-25, en only published on 11-21; the homes take their edition's latest.
    expect(byUrl.get(`${base}/ja/explainers/city-library-move/2`)?.lastModified).toBe('2026-11-25T00:00:00+09:00');
    expect(byUrl.get(`${base}/en/explainers/city-library-move/all`)?.lastModified).toBe('2026-11-21T00:00:00+09:00');
    expect(byUrl.get(`${base}/ja`)?.lastModified).toBe('2026-11-25T00:00:00+09:00');
    expect(byUrl.get(`${base}/en/explainers/city-library-move`)?.alternates?.languages).toEqual({
      ja: `${base}/ja/explainers/city-library-move`,
      en: `${base}/en/explainers/city-library-move`,
      'x-default': `${base}/ja/explainers/city-library-move`,
    });
    for (const entry of entries) expect(String(entry.lastModified)).not.toContain('2031');
  });
});
