import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/locales';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

// The site's own UI words, formatted by the same ICU engine the site uses, so the tests follow
// the message files instead of repeating their text.
export const messages = { ja, en } as const;

export function translator(locale: Locale) {
  return createTranslator({ locale, messages: messages[locale] });
}
