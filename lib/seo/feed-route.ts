import 'server-only';
import { isLocale, locales } from '@/i18n/locales';
import { buildFeed } from './feeds';
import { feedFormats, type FeedFormat } from './feed-links';

// What the three feed route files share: one static file per locale, 404 for anything else.

export function feedStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function feedResponse(params: Promise<{ locale: string }>, format: FeedFormat): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('Not Found', { status: 404 });
  const feed = await buildFeed(locale);
  const body = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
  return new Response(body, { headers: { 'Content-Type': `${feedFormats[format].type}; charset=utf-8` } });
}
