import { defineRouting } from 'next-intl/routing';
import { siteUrl } from '../lib/site/site-url';
import { localeCookieAttributes } from './locale-cookie';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its locale, so each page is one prerendered file.
  localePrefix: 'always',
  // Read where this module is loaded: by proxy.ts when the server starts, so `next start` (or the
  // standalone server) must see the same SITE_URL as the build (README, "Security").
  localeCookie: localeCookieAttributes(siteUrl()),
});
