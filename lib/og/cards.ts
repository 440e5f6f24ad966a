// Which share image a page gets, said once. The path from a page to its PNG:
//   1. A page's generateMetadata (lib/seo/metadata.ts), its JSON-LD (lib/seo/explainer-json-ld.ts)
//      and the feeds (lib/seo/feeds.tsx) ask this file for the page's card: `homeOgCard(locale)`
//      for the home, topics and search pages, `explainerOgCard(explainer, page)` for an explainer
//      page (its one-page view takes page 1's card), and take its URL with `ogImageOf`.
//   2. The card's id is a readable prefix and a hash of everything the card draws, so a changed
//      title gives a new URL and LINE, X and Facebook fetch the new image instead of their cached
//      copy; an unchanged card keeps its URL across builds.
//   3. app/og/opengraph-image.tsx prerenders every card of `listOgCards` at that URL, and draws
//      each with the one renderer, components/og/og-image.tsx, from the plain props below.
// Data only (no React, no drawing), so the renderer, the tests and the benchmarks share it.
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { type Locale, locales } from '@/i18n/locales';
import type { Explainer, ExplainerPage } from '@/lib/content';

/** The PNG's box and type: metadata can never announce a size the renderer does not draw. */
export const ogSize = { width: 1200, height: 630 } as const;
export const ogContentType = 'image/png';

/** Where app/og/opengraph-image.tsx serves the cards: `/og/opengraph-image/<id>`. */
const ogImageRoute = '/og/opengraph-image';

/**
 * Bump when the card's look changes (components/og), so that every card gets a new URL and
 * social caches drop the old design. The text on a card is hashed already.
 */
const ogDesignRevision = 1;

/** What the card of one explainer page shows: plain strings and numbers, UI words translated. */
export interface ExplainerOgImageProps {
  locale: Locale;
  /** The name beside the 解説 seal, e.g. `Kaisetsu`. */
  siteName: string;
  explainerTitle: string;
  pageTitle: string;
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  /** The first key point (page 1) or the page's teaser (later pages); empty for none. */
  text: string;
  textKind: 'keyPoint' | 'teaser';
}

/** What the card of a locale's home page shows. */
export interface HomeOgImageProps {
  locale: Locale;
  /** The name beside the 解説 seal, e.g. `Kaisetsu`. */
  siteName: string;
  tagline: string;
}

interface CardBase {
  /** File name: readable prefix, content hash, `.png` (the dot also keeps the locale proxy away). */
  id: string;
  locale: Locale;
  alt: string;
}
export type OgCard =
  | (CardBase & { kind: 'home'; props: HomeOgImageProps })
  | (CardBase & { kind: 'explainer'; props: ExplainerOgImageProps });

/** og:image / JSON-LD description of a card. `url` is a site path. */
export interface OgImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

function contentHash(value: unknown): string {
  const json = JSON.stringify({ revision: ogDesignRevision, value });
  return createHash('sha256').update(json).digest('base64url').slice(0, 16);
}

/** What the card of one explainer page shows. */
export function explainerCardProps(explainer: Explainer, page: ExplainerPage, siteName: string): ExplainerOgImageProps {
  const isFirst = page.number === 1;
  return {
    locale: explainer.locale,
    siteName,
    explainerTitle: explainer.title,
    pageTitle: page.title,
    pageNumber: page.number,
    pageCount: explainer.pages.length,
    // Page 1 sells the story with its first key point; later pages with their own teaser.
    text: isFirst ? explainer.keyPoints[0] : page.teaser,
    textKind: isFirst ? 'keyPoint' : 'teaser',
  };
}

/** `ja-<slug>-2-<hash>.png`: a readable prefix, then a hash of everything the card draws. */
export function explainerCardId(slug: string, props: ExplainerOgImageProps): string {
  return `${props.locale}-${slug}-${props.pageNumber}-${contentHash({ kind: 'explainer', props })}.png`;
}

export function homeCardId(props: HomeOgImageProps): string {
  return `${props.locale}-home-${contentHash({ kind: 'home', props })}.png`;
}

export async function homeOgCard(locale: Locale): Promise<OgCard> {
  const [site, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const props: HomeOgImageProps = { locale, siteName: site('nameLatin'), tagline: site('tagline') };
  return {
    kind: 'home',
    id: homeCardId(props),
    locale,
    alt: t('homeImageAlt', { name: site('name'), tagline: site('tagline') }),
    props,
  };
}

export async function explainerOgCard(explainer: Explainer, page: ExplainerPage): Promise<OgCard> {
  const { locale } = explainer;
  const [site, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const props = explainerCardProps(explainer, page, site('nameLatin'));
  return {
    kind: 'explainer',
    id: explainerCardId(explainer.slug, props),
    locale,
    alt: t('explainerImageAlt', {
      title: explainer.title,
      page: page.number,
      count: explainer.pages.length,
      pageTitle: page.title,
    }),
    props,
  };
}

/**
 * Every card of the given explainers (the published ones, `getAllExplainers()`): one per home page
 * and one per page of every explainer in every locale.
 */
export function listOgCards(explainers: readonly Explainer[]): Promise<OgCard[]> {
  return Promise.all([
    ...locales.map((locale) => homeOgCard(locale)),
    ...explainers.flatMap((explainer) => explainer.pages.map((page) => explainerOgCard(explainer, page))),
  ]);
}

export function ogImageOf(card: OgCard): OgImage {
  return { url: `${ogImageRoute}/${card.id}`, ...ogSize, alt: card.alt, type: ogContentType };
}
