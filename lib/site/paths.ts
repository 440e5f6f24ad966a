import type { Locale } from '@/i18n/locales';
import { localizedPathname } from '@/i18n/pathnames';

// Every internal URL comes from one pathname helper (i18n/pathnames.ts), so the locale prefix has one owner.

export function homePath(locale: Locale): string {
  return localizedPathname(locale, '/');
}

/** Page 1 is the explainer's own URL; later pages add their number. */
export function explainerPagePath(locale: Locale, slug: string, page = 1): string {
  const href = page === 1 ? `/explainers/${slug}` : `/explainers/${slug}/${page}`;
  return localizedPathname(locale, href);
}

export function explainerAllPath(locale: Locale, slug: string): string {
  return localizedPathname(locale, `/explainers/${slug}/all`);
}

export function topicsPath(locale: Locale): string {
  return localizedPathname(locale, '/topics');
}

export function topicPath(locale: Locale, topic: string): string {
  return localizedPathname(locale, `/topics/${topic}`);
}

export function searchPath(locale: Locale): string {
  return localizedPathname(locale, '/search');
}

/** The editors' preview (`npm run dev` only: app/[locale]/preview/): the index, or one explainer's. */
export function previewPath(locale: Locale, slug?: string): string {
  return localizedPathname(locale, slug === undefined ? '/preview' : `/preview/${slug}`);
}
