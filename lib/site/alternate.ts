import { type Locale, locales } from '@/i18n/locales';
import type { Explainer } from '@/lib/content/types';
import { explainerAllPath, explainerPagePath, homePath } from './paths';

/** Where the locale switcher leads: the page to open, in the locale it is written in. */
export interface LocaleAlternate {
  locale: Locale;
  href: string;
}

/** The one other locale (the site has two). */
export function otherLocale(locale: Locale): Locale {
  return locales.find((candidate) => candidate !== locale) ?? locale;
}

/**
 * The same page in the other locale, for a route that exists in both (home, topics, search):
 * `pathIn` gives the route's path in a locale.
 */
export function routeAlternate(locale: Locale, pathIn: (locale: Locale) => string): LocaleAlternate {
  const other = otherLocale(locale);
  return { locale: other, href: pathIn(other) };
}

/** Anchor on the home page that shows the "no translation" notice (CSS :target, no script). */
export const noTranslationAnchor = 'no-translation';

/**
 * Where the locale switcher leads from an explainer page: the same page in the other locale, or
 * that locale's home with a notice when the explainer has no translation there.
 */
export function explainerAlternate(explainer: Explainer, page: number | 'all'): LocaleAlternate {
  const locale = otherLocale(explainer.locale);
  if (!explainer.translations.includes(locale)) {
    return { locale, href: `${homePath(locale)}#${noTranslationAnchor}` };
  }
  const href = page === 'all' ? explainerAllPath(locale, explainer.slug) : explainerPagePath(locale, explainer.slug, page);
  return { locale, href };
}
