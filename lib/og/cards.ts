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
// Badges, so that a reshared explainer shows how fresh it is (CONTENT.md, "Share images: the
// update badge and the year of an old explainer"):
//   - an updated explainer (`updated:` or `updates:`, whichever is later: `explainer.updated`, the
//     date the page prints beside 更新) gets 「更新 2026年12月1日」 / "Updated December 1, 2026",
//     the date in the same long style as the page;
//   - an old explainer (`explainer.old`: OLD_AFTER_MONTHS, default 12, in lib/content/config.ts)
//     gets the year it was published, 「2024年」 / "2024". An updated old explainer gets both,
//     the year first: its age is the warning, the update the reassurance.
//   The badge words are props, so they are hashed: a card gets a new URL on the day it turns old
//   (the loader judges that against the content clock at build time, once for the whole build, so
//   a daily rebuild ages the cards) and whenever the update date changes.
// Data only (no React, no drawing), so the renderer, the tests and the benchmarks share it.
import { createHash } from 'node:crypto';
import { getFormatter, getTranslations } from 'next-intl/server';
import { type Locale, locales } from '@/i18n/locales';
import type { Explainer, ExplainerPage } from '@/lib/content';
import { publicationYear } from '@/lib/content/publication';
import { displayDate } from '@/lib/site/display-date';

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
  /** 「2024年」 / `2024`: the year of publication, on the cards of an old explainer only. */
  yearBadge?: string;
  /** 「更新 2026年12月1日」 / `Updated December 1, 2026`: on the cards of an updated explainer only. */
  updatedBadge?: string;
}

/** The badges of a card, words and dates already in the card's language. */
export type OgBadges = Pick<ExplainerOgImageProps, 'yearBadge' | 'updatedBadge'>;

/** What the badges say, from messages' `ShareImage` and the locale's date format. */
export interface BadgeWords {
  /** The update line: the date as the page writes it, e.g. `更新 2026年12月1日`. */
  updated(isoDate: string): string;
  year(year: string): string;
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

/** The badges of every card of an explainer (none for a recent explainer never updated). */
export function explainerCardBadges(explainer: Explainer, words: BadgeWords): OgBadges {
  return {
    ...(explainer.old ? { yearBadge: words.year(publicationYear(explainer.published)) } : {}),
    ...(explainer.updated !== undefined ? { updatedBadge: words.updated(explainer.updated) } : {}),
  };
}

/** What the card of one explainer page shows. */
export function explainerCardProps(
  explainer: Explainer,
  page: ExplainerPage,
  siteName: string,
  badges: OgBadges = {},
): ExplainerOgImageProps {
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
    ...badges,
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
  const [site, t, share, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'ShareImage' }),
    getFormatter({ locale }),
  ]);
  const badges = explainerCardBadges(explainer, {
    updated: (isoDate) => share('updated', { date: format.dateTime(displayDate(isoDate), { dateStyle: 'long' }) }),
    year: (year) => share('year', { year }),
  });
  const props = explainerCardProps(explainer, page, site('nameLatin'), badges);
  const alt = t('explainerImageAlt', {
    title: explainer.title,
    page: page.number,
    count: explainer.pages.length,
    pageTitle: page.title,
  });
  const drawn = [badges.yearBadge, badges.updatedBadge].filter((badge) => badge !== undefined);
  return {
    kind: 'explainer',
    id: explainerCardId(explainer.slug, props),
    locale,
    // The alt text says what the badges say: their words are on the image.
    alt: drawn.length === 0 ? alt : share('altWithBadges', { alt, badges: drawn.join(share('badgeSeparator')) }),
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
