// The JSON-LD NewsArticle of every explainer page and all-pages view: dates, author, publisher
// logo, position in the explainer and one citation per source shown.
// Runs against the production build (`npm run build` or `build:e2e`), served by playwright.config.ts;
// what the pages are and how they are read: support/sharing.ts.
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { translator } from './support/messages';
import { browserAgent, contentDateTime, expectedPages, fetchHtml, headOnly, local, pagePath, pathOfUrl, scrape } from './support/sharing';

for (const expected of expectedPages) {
  const { path, locale } = expected;

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
