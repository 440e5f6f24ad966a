// What a link preview and a search engine read in the static <head> of every prerendered page: Open
// Graph and X metadata found by a real scraper (also as the crawlers fetch it), canonical, hreflang
// and feeds; and that the build prerendered exactly the pages the content defines.
// Runs against the production build (`npm run build` or `build:e2e`), served by playwright.config.ts;
// what the pages are and how they are read: support/sharing.ts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import ogs from 'open-graph-scraper';
import { readingMinutes } from '@/lib/site/reading-time';
import { translator } from './support/messages';
import {
  browserAgent,
  contentDateTime,
  crawlerAgents,
  customMetaTags,
  expectedPages,
  explainers,
  fetchHtml,
  headOnly,
  localesWith,
  ogLocale,
  pathIn,
  pathOfUrl,
  scrape,
} from './support/sharing';

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
}
