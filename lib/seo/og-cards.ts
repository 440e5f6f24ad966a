// Every Open Graph card the site publishes: what each one shows (the props handed to the shared
// renderer in components/og), its alt text, and its file name. The file name carries a hash of
// what the card draws, so a changed title gives a new URL and LINE, X and Facebook fetch the new
// image instead of showing their cached copy; an unchanged card keeps its URL across builds.
import 'server-only';
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import type { ExplainerOgImageProps, HomeOgImageProps } from '@/components/og/og-image';
import { ogContentType, ogSize } from '@/components/og/og-theme';
import { type Locale, locales } from '@/i18n/locales';
import { getAllExplainers, type Explainer, type ExplainerPage } from '@/lib/content';

/**
 * Bump when the card's look changes (components/og), so that every card gets a new URL and
 * social caches drop the old design. The text on a card is hashed already.
 */
const ogDesignRevision = 1;

/** Where app/og/opengraph-image.tsx serves the cards: `/og/opengraph-image/<id>`. */
const ogImageRoute = '/og/opengraph-image';

// The renderer's own box and type, so metadata can never announce a size the PNG does not have.
export { ogContentType as ogImageType, ogSize as ogImageSize };

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

/** What the card of one explainer page shows. Pure, for tests. */
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

/** All cards: one per home page and one per page of every published explainer in every locale. */
export async function listOgCards(): Promise<OgCard[]> {
  const homes = locales.map((locale) => homeOgCard(locale));
  const pages = getAllExplainers().flatMap((explainer) => explainer.pages.map((page) => explainerOgCard(explainer, page)));
  return Promise.all([...homes, ...pages]);
}

export function ogImageOf(card: OgCard): OgImage {
  return { url: `${ogImageRoute}/${card.id}`, ...ogSize, alt: card.alt, type: ogContentType };
}
