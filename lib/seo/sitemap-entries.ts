import 'server-only';
import type { MetadataRoute } from 'next';
import { defaultLocale, type Locale, locales } from '@/i18n/locales';
import { getAllExplainers } from '@/lib/content';
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

/** Every page of the site in every locale: homes, each explainer page, each one-page view. */
export function sitemapEntries(): MetadataRoute.Sitemap {
  const all = getAllExplainers();
  const homes = locales.map((locale) => {
    // As app/[locale]/page.tsx: a home lists its own edition, and the English home also the
    // Japanese explainers not translated into English.
    const shown = all.filter(
      (explainer) =>
        explainer.locale === locale || (explainer.locale === defaultLocale && !explainer.translations.includes(locale)),
    );
    return entry(locale, { kind: 'home' }, latestDate(shown.map(changed)));
  });
  const explainers = all.flatMap((explainer) => {
    const { locale, slug } = explainer;
    const pages = explainer.pages.map((page) => entry(locale, { kind: 'page', slug, number: page.number }, changed(explainer)));
    return [...pages, entry(locale, { kind: 'all', slug }, changed(explainer))];
  });
  return [...homes, ...explainers];
}
