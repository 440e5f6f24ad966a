// `updates:` in the front matter move an explainer's modification date everywhere machines read it:
// JSON-LD `dateModified`, the sitemap's <lastmod>, and `updated` in the RSS, Atom and JSON feeds.
// The fixture (tests/fixtures/content/updates/) has council-vote, published 2026-11-20 with
// `updated: 2026-11-21` and updates on 11-25 and 11-22 (ja, listed newest first) or 11-24 (en),
// and park-opening, published 2026-11-23 without updates: a date taken from `updated` or
// `published` alone would be 11-21 or 11-23, never the update's.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const fixtures = fileURLToPath(new URL('../fixtures/content/updates', import.meta.url));

// The feeds and the JSON-LD ask next-intl for the site's name and the share image's words (its
// update badge formats a date): any string will do here.
vi.mock('next-intl/server', () => ({
  getTranslations: async () => (key: string) => key,
  getFormatter: async () => ({ dateTime: () => 'date' }),
}));

async function load() {
  vi.stubEnv('KAISETSU_CONTENT_DIR', fixtures);
  vi.stubEnv('SITE_URL', 'https://kaisetsu.example');
  vi.resetModules();
  return {
    content: await import('@/lib/content'),
    jsonLd: await import('@/lib/seo/explainer-json-ld'),
    sitemap: await import('@/lib/seo/sitemap-entries'),
    feeds: await import('@/lib/seo/feeds'),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const JA_LATEST = '2026-11-25T00:00:00+09:00';
const EN_LATEST = '2026-11-24T00:00:00+09:00';

describe('the latest update is the modification date', () => {
  it('in the JSON-LD of every page and of the all-pages view', async () => {
    const { content, jsonLd } = await load();
    for (const [locale, latest] of [['ja', JA_LATEST], ['en', EN_LATEST]] as const) {
      const explainer = content.getExplainer(locale, 'council-vote');
      if (!explainer) throw new Error(`no ${locale} council-vote in the fixture`);
      const views = [...explainer.pages, undefined];
      for (const page of views) {
        const article = await jsonLd.explainerJsonLd(explainer, page);
        expect(article.dateModified).toBe(latest);
        expect(article.datePublished).toBe('2026-11-20T00:00:00+09:00');
      }
    }
  });

  it('in the sitemap: the explainer pages and the home page of each edition', async () => {
    const { sitemap } = await load();
    const lastmod = new Map(sitemap.sitemapEntries().map((entry) => [entry.url.replace('https://kaisetsu.example', ''), entry.lastModified]));
    for (const [locale, latest] of [['ja', JA_LATEST], ['en', EN_LATEST]] as const) {
      for (const suffix of ['', '/2', '/all']) expect(lastmod.get(`/${locale}/explainers/council-vote${suffix}`)).toBe(latest);
      expect(lastmod.get(`/${locale}/explainers/park-opening`)).toBe('2026-11-23T00:00:00+09:00');
      expect(lastmod.get(`/${locale}`)).toBe(latest);
    }
  });

  it('in the feeds: the feed and the item, in RSS, Atom and JSON Feed', async () => {
    const { feeds } = await load();
    for (const [locale, latest] of [['ja', JA_LATEST], ['en', EN_LATEST]] as const) {
      const feed = await feeds.buildFeed(locale);
      const instant = new Date(latest);
      expect(feed.options.updated).toEqual(instant);
      const item = feed.items.find((each) => each.link.endsWith('/explainers/council-vote'));
      expect(item?.date).toEqual(instant);
      expect(item?.published).toEqual(new Date('2026-11-20T00:00:00+09:00'));

      expect(feed.rss2()).toContain(`<lastBuildDate>${instant.toUTCString()}</lastBuildDate>`);
      const atom = feed.atom1();
      expect(atom).toContain(`<updated>${instant.toISOString()}</updated>`);
      const atomEntry = atom.split('<entry>').find((entry) => entry.includes('/explainers/council-vote'));
      expect(atomEntry).toContain(`<updated>${instant.toISOString()}</updated>`);
      const json = JSON.parse(feed.json1()) as { items: { url: string; date_modified?: string }[] };
      expect(json.items.find((each) => each.url.endsWith('/explainers/council-vote'))?.date_modified).toBe(instant.toISOString());
    }
  });
});
