import type { Locale } from '@/i18n/locales';

/** Open Graph wants language_TERRITORY; our editions are written for Japan and for English readers at large. */
export const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };
