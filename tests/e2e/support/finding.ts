import type { Locale } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { editionOf, explainersByTopic, localizeTopic, relatedExplainers, topicsWithPages } from '@/lib/content/query/topics';
import type { Explainer, Topic } from '@/lib/content/types';

// What readers should find, computed from content/ by the content layer's pure functions (drafts
// left out, as in the production build). The browser tests compare the built pages with it.
const loaded = loadContent({ includeDrafts: false });

export const publishedExplainers: readonly Explainer[] = loaded.explainers;

/** Topics that have pages, named in `locale`, in the order of content/topics.yaml. */
export function topicPages(locale: Locale): Topic[] {
  return topicsWithPages(loaded.topics, loaded.explainers).map((definition) => localizeTopic(definition, locale));
}

export function topicName(locale: Locale, slug: string): string {
  const definition = loaded.topics.find((topic) => topic.slug === slug);
  if (!definition) throw new Error(`topic ${slug} is not in content/topics.yaml`);
  return definition.names[locale];
}

export function explainersUnder(locale: Locale, slug: string): Explainer[] {
  return explainersByTopic(editionOf(loaded.explainers, locale), slug);
}

export function relatedTo(explainer: Explainer): Explainer[] {
  // The page shows up to five (components/explainer/related-explainers.tsx).
  return relatedExplainers(explainer, editionOf(loaded.explainers, explainer.locale), 5);
}
