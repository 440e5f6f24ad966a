// The JSON-LD NewsArticle of an explainer page (or of the one-page view), as plain data typed with
// schema-dts. Pure: every URL and word comes in through the arguments, so tests can check it.
import type { CreativeWork, NewsArticle, WithContext } from 'schema-dts';
import type { Explainer, ExplainerPage, SourceSummary } from '@/lib/content/types';
import { contentDateTime } from './content-dates';

export interface PublisherInfo {
  name: string;
  /** Absolute URL of the site's home page in this locale. */
  url: string;
  logo: { url: string; width: number; height: number };
}

export interface NewsArticleInput {
  explainer: Explainer;
  /** The page shown, or undefined for the one-page view of the whole explainer. */
  page?: ExplainerPage;
  /** Absolute canonical URL of this page. */
  url: string;
  /** Absolute URL of each page, index 0 = page 1. */
  pageUrls: readonly string[];
  image: { url: string; width: number; height: number; alt: string };
  publisher: PublisherInfo;
  readingMinutes: number;
}

/** Sources cited on the given pages, each once, in reading order. */
export function sourcesOf(pages: readonly ExplainerPage[]): SourceSummary[] {
  const seen = new Map<string, SourceSummary>();
  for (const page of pages) {
    for (const section of page.sections) {
      for (const block of section.blocks) {
        if (block.type === 'source' && !seen.has(block.url)) seen.set(block.url, block);
      }
    }
  }
  return [...seen.values()];
}

export function buildNewsArticle(input: NewsArticleInput): WithContext<NewsArticle> {
  const { explainer, page, url, pageUrls, image, publisher } = input;
  const firstUrl = pageUrls[0] ?? url;
  const headline = page && page.number > 1 ? page.title : explainer.title;
  const description = page && page.number > 1 ? page.teaser : explainer.lead;
  const citation: CreativeWork[] = sourcesOf(page ? [page] : explainer.pages).map((source) => ({
    '@type': 'CreativeWork',
    name: source.name,
    url: source.url,
  }));
  // The explainer as a whole, which each page belongs to at its `position`.
  const series: CreativeWork = {
    '@type': 'CreativeWorkSeries',
    '@id': `${firstUrl}#explainer`,
    name: explainer.title,
    url: firstUrl,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline,
    description,
    image: [{ '@type': 'ImageObject', url: image.url, width: `${image.width}`, height: `${image.height}`, caption: image.alt }],
    datePublished: contentDateTime(explainer.published),
    dateModified: contentDateTime(explainer.updated ?? explainer.published),
    // Explainers are signed by the desk ("解説編集部"), not by a person; unsigned ones by the site.
    author: { '@type': 'Organization', name: explainer.author ?? publisher.name },
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: {
        '@type': 'ImageObject',
        url: publisher.logo.url,
        width: `${publisher.logo.width}`,
        height: `${publisher.logo.height}`,
      },
    },
    inLanguage: explainer.locale,
    keywords: explainer.topics.join(', '),
    timeRequired: `PT${input.readingMinutes}M`,
    isAccessibleForFree: true,
    isPartOf: series,
    ...(page
      ? { position: page.number }
      : {
          hasPart: explainer.pages.map((part, index) => ({
            '@type': 'WebPage' as const,
            url: pageUrls[index] ?? firstUrl,
            name: part.title,
            position: part.number,
          })),
        }),
    ...(citation.length > 0 ? { citation } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">. `<`, `>` and `&` become \u escapes, which JSON
 * reads back as the same characters, so a title containing `</script>` cannot end the script.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
