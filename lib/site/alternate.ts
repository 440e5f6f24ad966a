import { type Locale, locales } from '@/i18n/locales';
import type { Explainer } from '@/lib/content/types';
import { explainerAllPath, explainerPagePath, homePath } from './paths';

/** The one other locale (the site has two). */
export function otherLocale(locale: Locale): Locale {
  return locales.find((candidate) => candidate !== locale) ?? locale;
}

/** Anchor on the home page that shows the "no translation" notice (CSS :target, no script). */
export const noTranslationAnchor = 'no-translation';

/**
 * Where the locale switcher leads from an explainer page: the same page in the other locale, or
 * that locale's home with a notice when the explainer has no translation there.
 */
export function explainerAlternate(explainer: Explainer, page: number | 'all') {
  const locale = otherLocale(explainer.locale);
  if (!explainer.translations.includes(locale)) {
    return { locale, href: `${homePath(locale)}#${noTranslationAnchor}` };
  }
  const href = page === 'all' ? explainerAllPath(locale, explainer.slug) : explainerPagePath(locale, explainer.slug, page);
  return { locale, href };
}
