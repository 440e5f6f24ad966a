import 'server-only';
import type { MetadataRoute } from 'next';
import { type Locale, locales } from '@/i18n/locales';
import { getAllExplainers, listEdition, listExplainersByTopic, listTopics } from '@/lib/content';
import type { Explainer } from '@/lib/content/types';
import { absoluteUrl } from './absolute-url';
import { contentDateTime, latestDate } from './content-dates';
import { languageAlternates, type PageRef, pathOf } from './page-refs';

function changed(explainer: Explainer): string {
  return explainer.updated ?? explainer.published;
}

function entry(locale: Locale, ref: PageRef, lastModified: string | undefined): MetadataRoute.Sitemap[number] {
  const languages = Object.fromEntries(
    Object.entries(languageAlternates(ref)).map(([language, path]) => [language, absoluteUrl(path)]),
  );
  return {
    url: absoluteUrl(pathOf(locale, ref)),
    // A content date, never the build time: a rebuild must not tell crawlers that everything changed.
    ...(lastModified ? { lastModified: contentDateTime(lastModified) } : {}),
    alternates: { languages },
  };
}

/**
 * Every indexable page of the site in every locale: homes, topic pages, each explainer page and
 * one-page view. Not the search page: it is the same empty form under every query, nothing to list.
 */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const latest = (explainers: readonly Explainer[]) => latestDate(explainers.map(changed));
  const listings = locales.flatMap((locale) => [
    // A home and the topics index list the whole edition; a topic page its explainers.
    entry(locale, { kind: 'home' }, latest(listEdition(locale))),
    entry(locale, { kind: 'topics' }, latest(listEdition(locale))),
    ...listTopics(locale).map((topic) =>
      entry(locale, { kind: 'topic', slug: topic.slug }, latest(listExplainersByTopic(locale, topic.slug))),
    ),
  ]);
  const explainers = getAllExplainers().flatMap((explainer) => {
    const { locale, slug } = explainer;
    const pages = explainer.pages.map((page) => entry(locale, { kind: 'page', slug, number: page.number }, changed(explainer)));
    return [...pages, entry(locale, { kind: 'all', slug }, changed(explainer))];
  });
  return [...listings, ...explainers];
}
