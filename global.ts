import type { Locale } from '@/i18n/locales';
import type messages from '@/messages/ja.json';

// Types for next-intl: keys of messages and the locale union are checked at compile time.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
