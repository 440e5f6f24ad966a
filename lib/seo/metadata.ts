import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { Explainer, ExplainerPage, Topic } from '@/lib/content';
import { explainerOgCard, homeOgCard, type OgImage, ogImageOf } from '@/lib/og/cards';
import { readingMinutes } from '@/lib/site/reading-time';
import { contentDateTime } from './content-dates';
import { type FeedFormat, feedFormats, feedPath } from './feed-links';
import { languageAlternates, localesOf, type PageRef, pathOf } from './page-refs';

// Per-page <head> metadata. Kept in one place so every route describes itself the same way:
// canonical and hreflang from the page's own URL, the feeds, a large preview image, Open Graph
// and X cards (the image: lib/og/cards.ts). Paths are relative; the root layout's metadataBase
// makes them absolute.

/** Open Graph wants language_TERRITORY; our editions are written for Japan and for English readers at large. */
const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

/** Allow search engines to show the full 1200×630 card, not a thumbnail. */
const robots: Metadata['robots'] = { index: true, follow: true, 'max-image-preview': 'large' };

async function feedAlternates(locale: Locale): Promise<NonNullable<Metadata['alternates']>['types']> {
  const [site, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const titles: Record<FeedFormat, string> = {
    rss: t('feedLinkRss', { name: site('name') }),
    atom: t('feedLinkAtom', { name: site('name') }),
    json: t('feedLinkJson', { name: site('name') }),
  };
  const formats = Object.keys(feedFormats) as FeedFormat[];
  return Object.fromEntries(
    formats.map((format) => [feedFormats[format].type, [{ url: feedPath(locale, format), title: titles[format] }]]),
  );
}

async function alternatesFor(locale: Locale, ref: PageRef): Promise<Metadata['alternates']> {
  return { canonical: pathOf(locale, ref), languages: languageAlternates(ref), types: await feedAlternates(locale) };
}

function ogLocales(locale: Locale, ref: PageRef) {
  const others = localesOf(ref).filter((other) => other !== locale);
  return { locale: ogLocale[locale], ...(others.length > 0 ? { alternateLocale: others.map((other) => ogLocale[other]) } : {}) };
}

function images(image: OgImage) {
  return [{ url: image.url, width: image.width, height: image.height, alt: image.alt, type: image.type }];
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  // The home page is the site itself: its title is the name and tagline, outside the template.
  return websiteMetadata(locale, { kind: 'home' }, { title: `${site('name')} — ${site('tagline')}`, description: site('tagline') }, true);
}

/**
 * Metadata of a page of the site that is not an explainer (home, topics, a topic, search): its own
 * title and description, the edition's card as preview image. The search page is indexable like
 * the others: its results are drawn in the browser, and every `?q=` address has /{locale}/search
 * as canonical, so there are no result pages for a crawler to wander through.
 */
async function websiteMetadata(
  locale: Locale,
  ref: PageRef,
  text: { title: string; description: string },
  absoluteTitle = false,
): Promise<Metadata> {
  const [site, card] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), homeOgCard(locale)]);
  const image = ogImageOf(card);
  return {
    title: absoluteTitle ? { absolute: text.title } : text.title,
    description: text.description,
    alternates: await alternatesFor(locale, ref),
    robots,
    openGraph: {
      type: 'website',
      url: pathOf(locale, ref),
      siteName: site('name'),
      title: text.title,
      description: text.description,
      ...ogLocales(locale, ref),
      images: images(image),
    },
    twitter: { card: 'summary_large_image', title: text.title, description: text.description, images: images(image) },
  };
}

export async function topicsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return websiteMetadata(locale, { kind: 'topics' }, { title: t('title'), description: t('description') });
}

export async function topicMetadata(topic: Topic): Promise<Metadata> {
  const t = await getTranslations({ locale: topic.locale, namespace: 'Topics' });
  return websiteMetadata(
    topic.locale,
    { kind: 'topic', slug: topic.slug },
    { title: t('topicTitle', { name: topic.name }), description: topic.description ?? t('topicDescription', { name: topic.name }) },
  );
}

export async function searchMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return websiteMetadata(locale, { kind: 'search' }, { title: t('title'), description: t('description') });
}

async function articleMetadata(
  explainer: Explainer,
  ref: PageRef,
  text: { title: string; description: string },
  cardPage: ExplainerPage,
): Promise<Metadata> {
  const { locale } = explainer;
  const [site, t, explainerT, card] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'Explainer' }),
    explainerOgCard(explainer, cardPage),
  ]);
  const image = ogImageOf(card);
  const published = contentDateTime(explainer.published);
  const modified = contentDateTime(explainer.updated ?? explainer.published);
  return {
    title: text.title,
    description: text.description,
    alternates: await alternatesFor(locale, ref),
    robots,
    ...(explainer.author ? { authors: [{ name: explainer.author }] } : {}),
    openGraph: {
      type: 'article',
      url: pathOf(locale, ref),
      siteName: site('name'),
      title: text.title,
      description: text.description,
      ...ogLocales(locale, ref),
      publishedTime: published,
      modifiedTime: modified,
      ...(explainer.author ? { authors: [explainer.author] } : {}),
      tags: explainer.topics,
      images: images(image),
    },
    twitter: { card: 'summary_large_image', title: text.title, description: text.description, images: images(image) },
    // Slack and X show these as "label: data" under the card.
    other: {
      'twitter:label1': t('readingTimeLabel'),
      'twitter:data1': explainerT('readingTime', { minutes: readingMinutes(explainer.characterCount, locale) }),
    },
  };
}

export function explainerPageMetadata(explainer: Explainer, page: ExplainerPage): Promise<Metadata> {
  const title = page.number === 1 ? explainer.title : `${page.title} | ${explainer.title}`;
  const description = page.number === 1 ? explainer.lead : page.teaser;
  return articleMetadata(explainer, { kind: 'page', slug: explainer.slug, number: page.number }, { title, description }, page);
}

export function explainerAllMetadata(explainer: Explainer): Promise<Metadata> {
  const first = explainer.pages[0];
  if (!first) throw new Error(`Explainer ${explainer.sourcePath} has no pages`);
  // The one-page view shares page 1's card: same story, same opening.
  return articleMetadata(explainer, { kind: 'all', slug: explainer.slug }, { title: explainer.title, description: explainer.lead }, first);
}
