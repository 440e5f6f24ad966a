// What a link preview (LINE, X, Facebook, Slack, Discord) and a search engine see of every
// prerendered page: Open Graph and X metadata read by a real scraper from the static <head>, the
// card image fetched from the built site and decoded, and the JSON-LD NewsArticle.
// Runs against the production build (`npm run build`), served by playwright.config.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import ogs from 'open-graph-scraper';
import { PNG } from 'pngjs';
import { type Locale, locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { topicsWithPages } from '@/lib/content/query/topics';
import type { Explainer } from '@/lib/content/types';
import { readingMinutes } from '@/lib/site/reading-time';
import { translator } from './support/messages';

// ---- What the site should publish, from the content the build read (drafts left out) ----------

const { explainers, topics } = loadContent({ includeDrafts: false });

type Listing = 'topics' | 'topic' | 'search';

type Expected =
  | { kind: 'home'; path: string; locale: Locale }
  /** Topic index, topic pages and search: they share the edition's home card. */
  | { kind: 'listing'; path: string; locale: Locale; listing: Listing; topic?: string }
  | { kind: 'page'; path: string; locale: Locale; explainer: Explainer; number: number }
  | { kind: 'all'; path: string; locale: Locale; explainer: Explainer };

function pagePath(locale: Locale, slug: string, number: number): string {
  return number === 1 ? `/${locale}/explainers/${slug}` : `/${locale}/explainers/${slug}/${number}`;
}

const topicSlugs = topicsWithPages(topics, explainers).map((topic) => topic.slug);

const expectedPages: Expected[] = [
  ...locales.flatMap((locale): Expected[] => [
    { kind: 'home', path: `/${locale}`, locale },
    { kind: 'listing', path: `/${locale}/topics`, locale, listing: 'topics' },
    ...topicSlugs.map((topic): Expected => ({ kind: 'listing', path: `/${locale}/topics/${topic}`, locale, listing: 'topic', topic })),
    { kind: 'listing', path: `/${locale}/search`, locale, listing: 'search' },
  ]),
  ...explainers.flatMap((explainer): Expected[] => [
    ...explainer.pages.map(
      (page): Expected => ({
        kind: 'page',
        path: pagePath(explainer.locale, explainer.slug, page.number),
        locale: explainer.locale,
        explainer,
        number: page.number,
      }),
    ),
    { kind: 'all', path: `/${explainer.locale}/explainers/${explainer.slug}/all`, locale: explainer.locale, explainer },
  ]),
];

/** Locales that have this page: a translation may be missing or shorter. */
function localesWith(expected: Expected): Locale[] {
  // Topic pages exist in every edition (lib/content/query/topics.ts), like the home and search.
  if (expected.kind === 'home' || expected.kind === 'listing') return [...locales];
  const { slug } = expected.explainer;
  return locales.filter((locale) =>
    explainers.some(
      (other) => other.slug === slug && other.locale === locale && (expected.kind === 'all' || other.pages.length >= expected.number),
    ),
  );
}

function pathIn(expected: Expected, locale: Locale): string {
  if (expected.kind === 'home') return `/${locale}`;
  if (expected.kind === 'listing') return expected.path.replace(`/${expected.locale}/`, `/${locale}/`);
  if (expected.kind === 'all') return `/${locale}/explainers/${expected.explainer.slug}/all`;
  return pagePath(locale, expected.explainer.slug, expected.number);
}

function contentDateTime(date: string): string {
  return `${date}T00:00:00+09:00`;
}

const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

// ---- Helpers -----------------------------------------------------------------------------------

/** The build wrote absolute URLs with SITE_URL; the test server listens elsewhere. Same path, our origin. */
function local(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

function pathOfUrl(url: string): string {
  return new URL(url).pathname;
}

const browserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const crawlerAgents = ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'Twitterbot/1.0', 'Slackbot-LinkExpanding 1.0'];

const customMetaTags = [
  { multiple: false, property: 'article:published_time', fieldName: 'publishedTime' },
  { multiple: false, property: 'article:modified_time', fieldName: 'modifiedTime' },
  { multiple: false, property: 'twitter:label1', fieldName: 'twitterLabel1' },
  { multiple: false, property: 'twitter:data1', fieldName: 'twitterData1' },
  { multiple: false, property: 'robots', fieldName: 'robots' },
];

async function fetchHtml(request: APIRequestContext, path: string, userAgent: string): Promise<string> {
  const response = await request.get(path, { headers: { 'user-agent': userAgent } });
  expect(response.status(), `${path} as ${userAgent}`).toBe(200);
  return response.text();
}

/** Only the <head> of the document: crawlers that stop there must still see everything. */
function headOnly(html: string): { markup: string; head: HTMLElement } {
  const head = parse(html).querySelector('head');
  if (!head) throw new Error('No <head> in the document');
  return { markup: `<!doctype html><html>${head.outerHTML}</html>`, head };
}

async function scrape(html: string) {
  const { error, result } = await ogs({ html, customMetaTags });
  expect(error).toBe(false);
  return result;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

// ---- Tests -------------------------------------------------------------------------------------

test('the build prerendered exactly the pages the content defines', () => {
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, { dataRoute: string | null; srcRoute: string | null }>;
  };
  const prerenderedPages = Object.entries(manifest.routes)
    .filter(([, route]) => route.dataRoute !== null && route.srcRoute?.startsWith('/[locale]'))
    .map(([path]) => path);
  expect(prerenderedPages.sort()).toEqual(expectedPages.map((page) => page.path).sort());
  expect(explainers.length).toBeGreaterThan(0);
});

for (const expected of expectedPages) {
  const { path, locale } = expected;
  const t = translator(locale);

  test(`${path}: a link preview parser finds the card in the static <head>`, async ({ request, baseURL }) => {
    const html = await fetchHtml(request, path, browserAgent);
    const { markup, head } = headOnly(html);
    const result = await scrape(markup);

    // The same document, fetched by the scraper itself as Facebook's crawler.
    const fetched = await ogs({
      url: `${baseURL}${path}`,
      customMetaTags,
      fetchOptions: { headers: { 'user-agent': crawlerAgents[0] ?? '' } },
    });
    expect(fetched.error).toBe(false);
    expect(fetched.result.ogImage).toEqual(result.ogImage);
    expect(fetched.result.ogTitle).toBe(result.ogTitle);

    const siteName = t('Site.name');
    let title: string;
    let description: string;
    if (expected.kind === 'home') {
      title = `${siteName} — ${t('Site.tagline')}`;
      description = t('Site.tagline');
    } else if (expected.kind === 'listing') {
      // Their words belong to the topic and search pages; here only that they are there.
      title = result.ogTitle ?? '';
      description = result.ogDescription ?? '';
      expect(title.length).toBeGreaterThan(1);
      expect(description.length).toBeGreaterThan(1);
    } else {
      const { explainer } = expected;
      const number = expected.kind === 'page' ? expected.number : 1;
      const page = explainer.pages[number - 1];
      title = number === 1 ? explainer.title : `${page?.title} | ${explainer.title}`;
      description = number === 1 ? explainer.lead : (page?.teaser ?? '');
    }

    expect(head.querySelector('title')?.textContent).toBe(expected.kind === 'home' ? title : `${title} | ${siteName}`);
    expect(result.ogTitle).toBe(title);
    expect(result.ogDescription).toBe(description);
    expect(head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(description);
    expect(result.ogSiteName).toBe(siteName);
    expect(result.ogType).toBe(expected.kind === 'home' || expected.kind === 'listing' ? 'website' : 'article');
    expect(result.ogLocale).toBe(ogLocale[locale]);
    expect(pathOfUrl(result.ogUrl ?? '')).toBe(path);

    // Exactly one card: 1200×630 PNG with alt text, on a content-hashed URL.
    expect(result.ogImage).toHaveLength(1);
    const image = result.ogImage?.[0];
    expect(image).toMatchObject({ width: '1200', height: '630', type: 'image/png' });
    expect(image?.alt?.length).toBeGreaterThan(10);
    expect(pathOfUrl(image?.url ?? '')).toMatch(/^\/og\/opengraph-image\/(ja|en)-[a-z0-9-]+-[A-Za-z0-9_-]{16}\.png$/);
    expect(pathOfUrl(image?.url ?? '')).not.toContain('?');
    expect(result.twitterCard).toBe('summary_large_image');
    expect(result.twitterImage?.[0]?.url).toBe(image?.url);

    const custom = result.customMetaTags as Record<string, string | undefined>;
    // The search page too: its results are drawn in the browser under one canonical URL.
    expect(custom.robots).toContain('max-image-preview:large');
    expect(custom.robots).not.toContain('noindex');
    if (expected.kind === 'page' || expected.kind === 'all') {
      const { explainer } = expected;
      expect(custom.publishedTime).toBe(contentDateTime(explainer.published));
      expect(custom.modifiedTime).toBe(contentDateTime(explainer.updated ?? explainer.published));
      expect(custom.twitterLabel1).toBe(t('Metadata.readingTimeLabel'));
      expect(custom.twitterData1).toBe(t('Explainer.readingTime', { minutes: readingMinutes(explainer.characterCount, locale) }));
      expect(image?.alt).toContain(explainer.title);
    }

    // Canonical, hreflang (only locales that have the page) and x-default.
    expect(pathOfUrl(head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '')).toBe(path);
    const hreflang = Object.fromEntries(
      head.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), pathOfUrl(link.getAttribute('href') ?? '')]),
    );
    const available = localesWith(expected);
    expect(hreflang).toEqual({
      ...Object.fromEntries(available.map((other) => [other, pathIn(expected, other)])),
      'x-default': pathIn(expected, available.includes('ja') ? 'ja' : (available[0] ?? locale)),
    });
    const ogAlternates = head.querySelectorAll('meta[property="og:locale:alternate"]').map((meta) => meta.getAttribute('content'));
    expect(ogAlternates).toEqual(available.filter((other) => other !== locale).map((other) => ogLocale[other]));

    // The locale's three feeds are advertised on every page.
    const feeds = head
      .querySelectorAll('link[rel="alternate"][type]')
      .map((link) => `${link.getAttribute('type')} ${pathOfUrl(link.getAttribute('href') ?? '')}`);
    expect(feeds.sort()).toEqual(
      [`application/atom+xml /${locale}/atom.xml`, `application/feed+json /${locale}/feed.json`, `application/rss+xml /${locale}/feed.xml`].sort(),
    );

    // Crawlers that read only HTML get the same head (no metadata streamed into <body>).
    for (const agent of crawlerAgents) {
      const crawled = await fetchHtml(request, path, agent);
      const crawledHead = headOnly(crawled);
      expect((await scrape(crawledHead.markup)).ogImage, agent).toEqual(result.ogImage);
      const body = parse(crawled).querySelector('body');
      expect(body?.querySelectorAll('meta[property^="og:"]') ?? [], agent).toHaveLength(0);
    }
  });

  test(`${path}: its card is a 1200×630 PNG under 300 KB, cached for good, and a wrong hash is a 404`, async ({ request }) => {
    const { markup } = headOnly(await fetchHtml(request, path, browserAgent));
    const url = (await scrape(markup)).ogImage?.[0]?.url ?? '';
    const response = await request.get(local(url));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const body = await response.body();
    expect(body.byteLength).toBeLessThan(300 * 1024);
    const png = PNG.sync.read(body);
    expect([png.width, png.height]).toEqual([1200, 630]);

    // Another hash for the same page, or no hash, is not an image.
    const tampered = local(url).replace(/-[A-Za-z0-9_-]{16}\.png$/, '-AAAAAAAAAAAAAAAA.png');
    expect(tampered).not.toBe(local(url));
    expect((await request.get(tampered)).status()).toBe(404);
    expect((await request.get(local(url).replace(/-[A-Za-z0-9_-]{16}\.png$/, '.png'))).status()).toBe(404);
  });

  if (expected.kind === 'page' || expected.kind === 'all') {
    test(`${path}: JSON-LD NewsArticle with dates, author, publisher logo, position and citations`, async ({ request }) => {
      const html = await fetchHtml(request, path, browserAgent);
      const root = parse(html);
      const scripts = root.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const raw = scripts[0]?.innerHTML ?? '';
      expect(raw).not.toContain('<');
      const data = JSON.parse(raw) as Record<string, unknown> & {
        image: { url: string }[];
        publisher: { name: string; logo: { url: string } };
        author: { name: string };
        isPartOf: { url: string; name: string };
        citation?: { url: string; name: string }[];
        hasPart?: { url: string; position: number }[];
      };
      const { explainer } = expected;
      const scraped = await scrape(headOnly(html).markup);

      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(pathOfUrl(String(data.url))).toBe(path);
      expect(data.headline).toBe(expected.kind === 'page' && expected.number > 1 ? explainer.pages[expected.number - 1]?.title : explainer.title);
      expect(data.description).toBe(scraped.ogDescription);
      expect(data.image.map((image) => image.url)).toEqual([scraped.ogImage?.[0]?.url]);
      expect(data.datePublished).toBe(contentDateTime(explainer.published));
      expect(data.dateModified).toBe(contentDateTime(explainer.updated ?? explainer.published));
      expect(data.author.name).toBe(explainer.author ?? translator(locale)('Site.name'));
      expect(data.publisher.name).toBe(translator(locale)('Site.name'));
      expect(data.inLanguage).toBe(root.querySelector('html')?.getAttribute('lang'));
      expect(data.inLanguage).toBe(locale);
      expect(data.isPartOf).toMatchObject({ name: explainer.title });
      expect(pathOfUrl(data.isPartOf.url)).toBe(pagePath(locale, explainer.slug, 1));
      if (expected.kind === 'page') {
        expect(data.position).toBe(expected.number);
      } else {
        expect(data.hasPart?.map((part) => [pathOfUrl(part.url), part.position])).toEqual(
          explainer.pages.map((page) => [pagePath(locale, explainer.slug, page.number), page.number]),
        );
      }

      // One citation per distinct source shown on the page.
      const shownSources = [...new Set(root.querySelectorAll('blockquote[cite]').map((quote) => quote.getAttribute('cite')))];
      expect((data.citation ?? []).map((citation) => citation.url)).toEqual(shownSources);

      const logo = await request.get(local(data.publisher.logo.url));
      expect(logo.status()).toBe(200);
      expect(logo.headers()['content-type']).toBe('image/png');
    });
  }
}

test('every home and explainer page has its own card; the one-page view shares page 1\u2019s, listings their home\u2019s', async ({ request }) => {
  const cards = new Map<string, string>();
  for (const { path } of expectedPages) {
    const { markup } = headOnly(await fetchHtml(request, path, browserAgent));
    cards.set(path, (await scrape(markup)).ogImage?.[0]?.url ?? '');
  }
  const own = expectedPages.filter((page) => page.kind === 'home' || page.kind === 'page');
  const urls = own.map((page) => cards.get(page.path));
  expect(new Set(urls).size).toBe(own.length);
  // Distinct URLs could still hold the same picture: compare the decoded pixels too.
  const pixels = new Set<string>();
  for (const url of urls) pixels.add(sha256(PNG.sync.read(await (await request.get(local(url ?? ''))).body()).data));
  expect(pixels.size).toBe(own.length);
  for (const page of expectedPages) {
    if (page.kind === 'all') expect(cards.get(page.path)).toBe(cards.get(pagePath(page.locale, page.explainer.slug, 1)));
    if (page.kind === 'listing') expect(cards.get(page.path), page.path).toBe(cards.get(`/${page.locale}`));
  }
});

test('cards of unknown pages are a 404, never rendered on demand', async ({ request }) => {
  for (const path of [
    '/og/opengraph-image/ja-no-such-explainer-1-AAAAAAAAAAAAAAAA.png',
    '/og/opengraph-image/ja-home.png',
    '/og/opengraph-image/anything',
    '/ja/explainers/no-such-explainer/opengraph-image',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
