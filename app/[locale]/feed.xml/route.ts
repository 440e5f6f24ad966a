import { feedResponse, feedStaticParams } from '@/lib/seo/feed-route';

// Prerendered at build for every locale; other locales are a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = feedStaticParams;

export function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  return feedResponse(params, 'rss');
}
