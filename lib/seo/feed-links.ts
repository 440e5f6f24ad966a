import type { Locale } from '@/i18n/locales';
import { homePath } from '@/lib/site/paths';

// The three feeds of a locale edition live under its home path: /ja/feed.xml, /ja/atom.xml,
// /ja/feed.json (app/[locale]/feed.xml/route.ts and siblings).
export const feedFormats = {
  rss: { file: 'feed.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
} as const;

export type FeedFormat = keyof typeof feedFormats;

export function feedPath(locale: Locale, format: FeedFormat): string {
  return `${homePath(locale)}/${feedFormats[format].file}`;
}
