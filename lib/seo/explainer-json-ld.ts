import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Explainer, ExplainerPage } from '@/lib/content';
import { explainerOgCard, ogImageOf } from '@/lib/og/cards';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';
import { readingMinutes } from '@/lib/site/reading-time';
import { absoluteUrl } from './absolute-url';
import { buildNewsArticle } from './news-article';
import { publisherLogo } from './publisher-logo';

/** The NewsArticle JSON-LD of one page of an explainer, or of its one-page view (`page` omitted). */
export async function explainerJsonLd(explainer: Explainer, page?: ExplainerPage) {
  const { locale, slug } = explainer;
  const first = explainer.pages[0];
  if (!first) throw new Error(`Explainer ${explainer.sourcePath} has no pages`);
  const [site, card] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), explainerOgCard(explainer, page ?? first)]);
  const image = ogImageOf(card);
  return buildNewsArticle({
    explainer,
    page,
    url: absoluteUrl(page ? explainerPagePath(locale, slug, page.number) : explainerAllPath(locale, slug)),
    pageUrls: explainer.pages.map((part) => absoluteUrl(explainerPagePath(locale, slug, part.number))),
    image: { ...image, url: absoluteUrl(image.url) },
    publisher: {
      name: site('name'),
      url: absoluteUrl(homePath(locale)),
      logo: { ...publisherLogo, url: absoluteUrl(publisherLogo.path) },
    },
    readingMinutes: readingMinutes(explainer.characterCount, locale),
  });
}
