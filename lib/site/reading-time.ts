import type { Locale } from '@/i18n/locales';

// Reading speed in characters per minute. Japanese has no spaces, so words cannot be counted;
// ~500 characters a minute is the usual figure for adult readers. English prose is ~200 words a
// minute at ~5–6 characters a word including the space.
const charactersPerMinute: Record<Locale, number> = { ja: 500, en: 1100 };

export function readingMinutes(characterCount: number, locale: Locale): number {
  return Math.max(1, Math.ceil(characterCount / charactersPerMinute[locale]));
}
