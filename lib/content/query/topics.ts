// What readers find around one explainer: its edition's topics, the explainers under a topic, and
// related explainers. Pure functions over loaded content (no file access), so that the site
// (through index.ts) and the tests use the same rules.
import { defaultLocale, type Locale } from '@/i18n/locales';
import type { TopicDefinition } from '../parse/topics-file';
import type { Explainer, Topic } from '../types';

/** Newest first by publication date, then by slug (the home page's order). */
function newestFirst(a: Explainer, b: Explainer): number {
  return b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug);
}

/**
 * What a reader of one edition can read: its own explainers, plus originals not translated into
 * it (shown labelled, in their own language), newest first. The home page lists the same set.
 */
export function editionOf(explainers: readonly Explainer[], locale: Locale): Explainer[] {
  return explainers
    .filter(
      (explainer) =>
        explainer.locale === locale || (explainer.locale === defaultLocale && !explainer.translations.includes(locale)),
    )
    .sort(newestFirst);
}

export function localizeTopic(definition: TopicDefinition, locale: Locale): Topic {
  const description = definition.descriptions[locale];
  return { slug: definition.slug, locale, name: definition.names[locale], ...(description ? { description } : {}) };
}

/**
 * Topics that have a page: those listed by at least one visible explainer in any locale, in the
 * order of content/topics.yaml. The same list for every locale, on purpose: topic pages exist in
 * every edition (the English one also lists Japanese-only explainers), and a locale without any
 * topic params would hit vercel/next.js#95166 (one empty generateStaticParams result under the
 * [locale] layout drops the prerendering of the route for every locale).
 */
export function topicsWithPages(definitions: readonly TopicDefinition[], explainers: readonly Explainer[]): TopicDefinition[] {
  const used = new Set(explainers.flatMap((explainer) => explainer.topics));
  return definitions.filter((definition) => used.has(definition.slug));
}

/** The explainers of an edition listed under a topic, newest first. */
export function explainersByTopic(edition: readonly Explainer[], topic: string): Explainer[] {
  return edition.filter((explainer) => explainer.topics.includes(topic));
}

/**
 * Explainers sharing at least one topic with `explainer`, from the reader's edition, newest first,
 * without the explainer itself (in any language).
 */
export function relatedExplainers(explainer: Explainer, edition: readonly Explainer[], limit: number): Explainer[] {
  const topics = new Set(explainer.topics);
  return edition
    .filter((candidate) => candidate.slug !== explainer.slug && candidate.topics.some((topic) => topics.has(topic)))
    .sort(newestFirst)
    .slice(0, limit);
}
