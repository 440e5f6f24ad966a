import { isLocale } from '@/i18n/locales';
import { listExplainers } from '@/lib/content';

/**
 * The prerendered params of the explainer routes, per locale (called by generateStaticParams once
 * for each locale of the [locale] layout).
 *
 * Next 16.4 prerenders nothing at all for a route when its generateStaticParams returns [] for one
 * locale (vercel/next.js#95166): one Japanese-only explainer would take every explainer page of
 * both locales out of the build. So a locale with no entries gets one placeholder param instead.
 * No slug can equal it (content slugs are lowercase kebab-case), so its page finds no explainer
 * and renders the 404. Remove the placeholder once the Next fix (PR #95369) ships.
 */
export const placeholderSlug = '_';

function atLeastOne<T>(params: T[], placeholder: T): T[] {
  return params.length > 0 ? params : [placeholder];
}

/** `/{locale}/explainers/{slug}/all`. */
export function explainerSlugParams(locale: string): { slug: string }[] {
  const slugs = isLocale(locale) ? listExplainers(locale).map((explainer) => ({ slug: explainer.slug })) : [];
  return atLeastOne(slugs, { slug: placeholderSlug });
}

/**
 * `/{locale}/explainers/{slug}/[[...page]]`: page 1 as `page: []` (the explainer's own URL), pages
 * 2..N as `page: ['2']` and so on.
 */
export function explainerPageParams(locale: string): { slug: string; page: string[] }[] {
  const pages = isLocale(locale)
    ? listExplainers(locale).flatMap((explainer) =>
        explainer.pages.map((page) => ({ slug: explainer.slug, page: page.number === 1 ? [] : [String(page.number)] })),
      )
    : [];
  return atLeastOne(pages, { slug: placeholderSlug, page: [] });
}
