// What feed readers and search engines find: RSS, Atom and JSON Feed per locale read by real feed
// parsers, the sitemap read by an XML parser with every URL answering 200, and robots.txt.
// Runs against the production build, served by playwright.config.ts.
import { extractFromJson } from '@extractus/feed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { type Locale, locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { editionOf, explainersByTopic, topicsWithPages } from '@/lib/content/query/topics';
import type { Explainer } from '@/lib/content/types';
import { translator } from './support/messages';

const { explainers, topics } = loadContent({ includeDrafts: false });

function edition(locale: Locale): Explainer[] {
  return explainers.filter((explainer) => explainer.locale === locale);
}

function firstPagePath(explainer: Explainer): string {
  return `/${explainer.locale}/explainers/${explainer.slug}`;
}

/** Tokyo midnight of a content date, the instant every feed and the sitemap must use. */
function contentInstant(date: string): number {
  return Date.parse(`${date}T00:00:00+09:00`);
}

function pathOfUrl(url: string | null | undefined): string {
  return new URL(url ?? '').pathname;
}

for (const locale of locales) {
  const t = translator(locale);
  const own = edition(locale);

  for (const [file, type] of [
    ['feed.xml', 'rss'],
    ['atom.xml', 'atom'],
  ] as const) {
    test(`/${locale}/${file} parses as ${type} with every ${locale} explainer, its link and content dates`, async ({ request }) => {
      const response = await request.get(`/${locale}/${file}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(`application/${type === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8`);
      const feed = parseFeed(await response.text());
      expect(feed.meta.type).toBe(type);
      expect(feed.title).toBe(t('Metadata.feedTitle', { name: t('Site.name') }));
      // The feed package writes <language> in RSS only; Atom has no xml:lang from it.
      if (type === 'rss') expect(feed.language).toBe(locale);
      expect(pathOfUrl(feed.url)).toBe(`/${locale}`);
      const latest = own.map((explainer) => explainer.updated ?? explainer.published).sort().at(-1);
      expect(feed.updated?.getTime()).toBe(latest ? contentInstant(latest) : 0);

      expect(feed.items.map((item) => item.title)).toEqual(own.map((explainer) => explainer.title));
      for (const [index, item] of feed.items.entries()) {
        const explainer = own[index];
        if (!explainer) throw new Error('more items than explainers');
        expect(pathOfUrl(item.url)).toBe(firstPagePath(explainer));
        expect(item.description).toContain(explainer.lead.slice(0, 20));
        expect(item.content).toContain(explainer.keyPoints[0]);
        // Atom carries both dates (<updated> the last change); RSS has one, pubDate, the publication.
        if (type === 'atom') expect(item.updated?.getTime()).toBe(contentInstant(explainer.updated ?? explainer.published));
        expect(item.published?.getTime()).toBe(contentInstant(explainer.published));
        if (explainer.author) expect(item.authors.map((author) => author.name)).toEqual([explainer.author]);
        expect((await request.get(pathOfUrl(item.url))).status()).toBe(200);
      }
    });
  }

  test(`/${locale}/feed.json parses as JSON Feed with every ${locale} explainer`, async ({ request }) => {
    const response = await request.get(`/${locale}/feed.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
    const json = (await response.json()) as Record<string, unknown>;
    expect(String(json.version)).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
    const feed = extractFromJson(json, { useISODateFormat: true });
    expect(feed.title).toBe(t('Metadata.feedTitle', { name: t('Site.name') }));
    expect(pathOfUrl(feed.link)).toBe(`/${locale}`);
    expect((feed.entries ?? []).map((entry) => entry.title)).toEqual(own.map((explainer) => explainer.title));
    for (const [index, entry] of (feed.entries ?? []).entries()) {
      const explainer = own[index];
      if (!explainer) throw new Error('more entries than explainers');
      expect(pathOfUrl(entry.link)).toBe(firstPagePath(explainer));
      expect(Date.parse(entry.published ?? '')).toBe(contentInstant(explainer.published));
      // date_modified is the last change (the fixture's library explainer has an updated: date).
      const item = (json.items as { date_modified?: string }[] | undefined)?.[index];
      expect(Date.parse(item?.date_modified ?? '')).toBe(contentInstant(explainer.updated ?? explainer.published));
      expect((await request.get(pathOfUrl(entry.link))).status()).toBe(200);
    }
  });
}

test('a feed for a locale the site does not have is a 404', async ({ request }) => {
  for (const path of ['/fr/feed.xml', '/fr/atom.xml', '/fr/feed.json']) expect((await request.get(path)).status(), path).toBe(404);
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[];
}

test('the sitemap lists every indexable page of every locale with hreflang and content dates, and each answers 200', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' });
  const urls = (parser.parse(await response.text()) as { urlset: { url: SitemapUrl[] } }).urlset.url;

  const expected = new Map<string, { lastmod?: string; languages: Record<string, string> }>();
  const latest = (list: readonly Explainer[]) => list.map((explainer) => explainer.updated ?? explainer.published).sort().at(-1);
  const everyLocale = (suffix: string) => ({ ja: `/ja${suffix}`, en: `/en${suffix}`, 'x-default': `/ja${suffix}` });
  for (const locale of locales) {
    // Home and topic index list the edition; a topic page its explainers. Search is noindex: not listed.
    const edition = editionOf(explainers, locale);
    expected.set(`/${locale}`, { lastmod: latest(edition), languages: everyLocale('') });
    expected.set(`/${locale}/topics`, { lastmod: latest(edition), languages: everyLocale('/topics') });
    for (const topic of topicsWithPages(topics, explainers)) {
      expected.set(`/${locale}/topics/${topic.slug}`, {
        lastmod: latest(explainersByTopic(edition, topic.slug)),
        languages: everyLocale(`/topics/${topic.slug}`),
      });
    }
  }
  for (const explainer of explainers) {
    const siblings = explainers.filter((other) => other.slug === explainer.slug);
    const languages = (suffix: (other: Explainer) => string | undefined) => {
      const entries = siblings.flatMap((other) => {
        const path = suffix(other);
        return path ? [[other.locale, path] as const] : [];
      });
      const fallback = entries.find(([language]) => language === 'ja') ?? entries[0];
      return Object.fromEntries([...entries, ...(fallback ? [['x-default', fallback[1]] as const] : [])]);
    };
    const lastmod = explainer.updated ?? explainer.published;
    for (const page of explainer.pages) {
      const suffix = page.number === 1 ? '' : `/${page.number}`;
      expected.set(`${firstPagePath(explainer)}${suffix}`, {
        lastmod,
        languages: languages((other) => (other.pages.length >= page.number ? `${firstPagePath(other)}${suffix}` : undefined)),
      });
    }
    expected.set(`${firstPagePath(explainer)}/all`, { lastmod, languages: languages((other) => `${firstPagePath(other)}/all`) });
  }

  expect(urls.map((url) => pathOfUrl(url.loc)).sort()).toEqual([...expected.keys()].sort());
  for (const url of urls) {
    const path = pathOfUrl(url.loc);
    const want = expected.get(path);
    expect(url.lastmod ? Date.parse(url.lastmod) : undefined, path).toBe(want?.lastmod ? contentInstant(want.lastmod) : undefined);
    const languages = Object.fromEntries((url['xhtml:link'] ?? []).map((link) => [link['@_hreflang'], pathOfUrl(link['@_href'])]));
    expect(languages, path).toEqual(want?.languages);
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  const sitemap = lines.find((line) => line.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
  expect(pathOfUrl(sitemap)).toBe('/sitemap.xml');
});
