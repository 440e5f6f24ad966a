// Locales named in English in editors' messages ("no English translation (en.md) yet").
import type { Locale } from '@/i18n/locales';

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

export function languageName(locale: Locale): string {
  return languageNames.of(locale) ?? locale;
}
