import type { Locale } from '@/i18n/locales';
import { getPathname } from '@/i18n/navigation';

// Every internal URL comes from next-intl's pathname helper, so the locale prefix has one owner.

export function homePath(locale: Locale): string {
  return getPathname({ locale, href: '/' });
}

/** Page 1 is the explainer's own URL; later pages add their number. */
export function explainerPagePath(locale: Locale, slug: string, page = 1): string {
  const href = page === 1 ? `/explainers/${slug}` : `/explainers/${slug}/${page}`;
  return getPathname({ locale, href });
}

export function explainerAllPath(locale: Locale, slug: string): string {
  return getPathname({ locale, href: `/explainers/${slug}/all` });
}
