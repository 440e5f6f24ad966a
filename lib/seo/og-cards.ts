// Every Open Graph card the site publishes: what each one shows (the props handed to the shared
// renderer in components/og), its alt text, and its file name. The file name carries a hash of
// what the card draws, so a changed title gives a new URL and LINE, X and Facebook fetch the new
// image instead of showing their cached copy; an unchanged card keeps its URL across builds.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ExplainerOgImageProps, HomeOgImageProps } from '@/components/og/og-image';
import { ogContentType, ogSize } from '@/components/og/og-theme';
import { type Locale, locales } from '@/i18n/locales';
import { getAllExplainers, type Explainer, type ExplainerPage } from '@/lib/content';
import { explainerCardId, explainerCardProps, homeCardId } from './og-card-props';

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

let cards: Promise<OgCard[]> | undefined;

/**
 * All cards: one per home page and one per page of every published explainer in every locale.
 * Computed once per process, like the content they come from: the image route looks up its card
 * in this list once per image, and building the list anew each time made `next build` quadratic
 * in the number of pages (measured with `npm run bench`, BENCHMARKS.md).
 */
export function listOgCards(): Promise<OgCard[]> {
  cards ??= Promise.all([
    ...locales.map((locale) => homeOgCard(locale)),
    ...getAllExplainers().flatMap((explainer) => explainer.pages.map((page) => explainerOgCard(explainer, page))),
  ]).catch((error: unknown) => {
    // Not kept on failure, so that a dev server tries again on the next request.
    cards = undefined;
    throw error;
  });
  return cards;
}

export function ogImageOf(card: OgCard): OgImage {
  return { url: `${ogImageRoute}/${card.id}`, ...ogSize, alt: card.alt, type: ogContentType };
}
