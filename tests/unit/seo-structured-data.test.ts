// lib/seo/news-article.ts: the NewsArticle JSON-LD of an explainer page, and its serialisation
// into a <script> that content can never close.
import { describe, expect, it } from 'vitest';
import type { Explainer, ExplainerPage, SourceSummary } from '@/lib/content/types';
import { buildNewsArticle, serializeJsonLd, sourcesOf } from '@/lib/seo/news-article';

function source(name: string, url: string): SourceSummary {
  return { type: 'source', name, url, points: [[{ type: 'text', value: 'A point.' }]] };
}

function page(number: number, sources: SourceSummary[]): ExplainerPage {
  return {
    number,
    title: `Page title ${number}`,
    teaser: `Teaser ${number}`,
    intro: [],
    sections: [{ id: `s${number}`, heading: `Section ${number}`, blocks: sources }],
  };
}

const a = source('Paper A', 'https://a.example/1');
const b = source('Paper B', 'https://b.example/2');

const explainer: Explainer = {
  slug: 'test-story',
  locale: 'ja',
  title: 'Explainer </script><script>alert(1)</script> title',
  lead: 'The lead.',
  keyPoints: ['One', 'Two', 'Three'],
  published: '2026-11-20',
  publishAt: '2026-11-19T15:00:00.000Z',
  updated: '2026-11-25',
  topics: ['politics', 'asia'],
  author: '解説編集部',
  draft: false,
  corrections: [],
  pages: [page(1, [a, b]), page(2, []), page(3, [a])],
  translations: ['ja'],
  characterCount: 3000,
  sourcePath: 'content/explainers/test-story/ja.md',
};

const pageUrls = [1, 2, 3].map((n) => `https://kaisetsu.example/ja/explainers/test-story${n === 1 ? '' : `/${n}`}`);

function article(pageNumber?: number) {
  return buildNewsArticle({
    explainer,
    page: pageNumber === undefined ? undefined : explainer.pages[pageNumber - 1],
    url: pageNumber === undefined ? 'https://kaisetsu.example/ja/explainers/test-story/all' : (pageUrls[pageNumber - 1] ?? ''),
    pageUrls,
    image: { url: 'https://kaisetsu.example/og/opengraph-image/x.png', width: 1200, height: 630, alt: 'Card' },
    publisher: {
      name: '解説',
      url: 'https://kaisetsu.example/ja',
      logo: { url: 'https://kaisetsu.example/publisher-logo.png', width: 512, height: 512 },
    },
    readingMinutes: 6,
  });
}

describe('buildNewsArticle', () => {
  it('describes page 1 with the explainer title, lead, dates in Tokyo time, author, publisher and logo', () => {
    const data = article(1);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: pageUrls[0],
      headline: explainer.title,
      description: 'The lead.',
      datePublished: '2026-11-20T00:00:00+09:00',
      dateModified: '2026-11-25T00:00:00+09:00',
      inLanguage: 'ja',
      author: { '@type': 'Organization', name: '解説編集部' },
      publisher: { '@type': 'Organization', name: '解説', logo: { url: 'https://kaisetsu.example/publisher-logo.png' } },
      image: [{ url: 'https://kaisetsu.example/og/opengraph-image/x.png', width: '1200', height: '630' }],
      position: 1,
      timeRequired: 'PT6M',
    });
  });

  it('places a later page in the explainer: its own headline and teaser, its position, the series at page 1', () => {
    const data = article(2);
    expect(data).toMatchObject({
      headline: 'Page title 2',
      description: 'Teaser 2',
      position: 2,
      isPartOf: { '@type': 'CreativeWorkSeries', name: explainer.title, url: pageUrls[0] },
    });
  });

  it('cites each source of the page once, and leaves citation out on a page without sources', () => {
    expect(article(1)).toMatchObject({
      citation: [
        { '@type': 'CreativeWork', name: 'Paper A', url: 'https://a.example/1' },
        { '@type': 'CreativeWork', name: 'Paper B', url: 'https://b.example/2' },
      ],
    });
    expect(article(3)).toMatchObject({ citation: [{ name: 'Paper A' }] });
    expect(article(2)).not.toHaveProperty('citation');
  });

  it('describes the one-page view as the whole explainer, with every page as a part and every source', () => {
    const data = article();
    expect(data).not.toHaveProperty('position');
    expect(data).toMatchObject({
      headline: explainer.title,
      hasPart: pageUrls.map((url, index) => ({ url, position: index + 1 })),
    });
    expect(sourcesOf(explainer.pages).map((s) => s.url)).toEqual(['https://a.example/1', 'https://b.example/2']);
  });

  it('names the publisher as author when the explainer is unsigned', () => {
    const unsigned: Explainer = { ...explainer, author: undefined };
    const data = buildNewsArticle({
      explainer: unsigned,
      page: unsigned.pages[0],
      url: pageUrls[0] ?? '',
      pageUrls,
      image: { url: 'https://kaisetsu.example/x.png', width: 1200, height: 630, alt: '' },
      publisher: { name: 'Kaisetsu', url: 'https://kaisetsu.example/en', logo: { url: 'https://kaisetsu.example/l.png', width: 1, height: 1 } },
      readingMinutes: 1,
    });
    expect(data).toMatchObject({ author: { '@type': 'Organization', name: 'Kaisetsu' } });
  });
});

describe('serializeJsonLd', () => {
  it('never lets content close the script element, and parses back to the same data', () => {
    const data = article(1);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(data);
  });
});
