// Which page of the site a piece of metadata is about, and in which locales that page exists.
// Shared by <head> metadata, the sitemap and JSON-LD so that they never disagree.
import { defaultLocale, type Locale, locales } from '@/i18n/locales';
import { getExplainer, getExplainerPage, listTopics } from '@/lib/content';
import { explainerAllPath, explainerPagePath, homePath, searchPath, topicPath, topicsPath } from '@/lib/site/paths';

export type PageRef =
  | { kind: 'home' }
  | { kind: 'page'; slug: string; number: number }
  | { kind: 'all'; slug: string }
  | { kind: 'topics' }
  | { kind: 'topic'; slug: string }
  | { kind: 'search' };

export function pathOf(locale: Locale, ref: PageRef): string {
  switch (ref.kind) {
    case 'home':
      return homePath(locale);
    case 'page':
      return explainerPagePath(locale, ref.slug, ref.number);
    case 'all':
      return explainerAllPath(locale, ref.slug);
    case 'topics':
      return topicsPath(locale);
    case 'topic':
      return topicPath(locale, ref.slug);
    case 'search':
      return searchPath(locale);
  }
}

/** Locales in which the page is published: a translation may be missing or have fewer pages. */
export function localesOf(ref: PageRef): Locale[] {
  return locales.filter((locale) => {
    switch (ref.kind) {
      case 'home':
      case 'topics':
      case 'search':
        return true;
      case 'topic':
        return listTopics(locale).some((topic) => topic.slug === ref.slug);
      case 'page':
        return getExplainerPage(locale, ref.slug, ref.number) !== undefined;
      case 'all':
        return getExplainer(locale, ref.slug) !== undefined;
    }
  });
}

/**
 * hreflang alternates: every locale the page exists in, plus x-default (the default locale's
 * version, or the only one there is). Paths; callers resolve them against the site URL.
 */
export function languageAlternates(ref: PageRef): Partial<Record<Locale | 'x-default', string>> {
  const available = localesOf(ref);
  const fallback = available.includes(defaultLocale) ? defaultLocale : available[0];
  if (fallback === undefined) return {};
  const alternates: Partial<Record<Locale | 'x-default', string>> = {};
  for (const locale of available) alternates[locale] = pathOf(locale, ref);
  alternates['x-default'] = pathOf(fallback, ref);
  return alternates;
}
