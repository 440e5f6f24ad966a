// What an Open Graph card shows and what its file is called. Pure (no Next, no messages), so the
// unit tests and the build benchmark can use it outside a Next render.
import { createHash } from 'node:crypto';
import type { ExplainerOgImageProps, HomeOgImageProps } from '@/components/og/og-image';
import type { Explainer, ExplainerPage } from '@/lib/content/types';

/**
 * Bump when the card's look changes (components/og), so that every card gets a new URL and
 * social caches drop the old design. The text on a card is hashed already.
 */
const ogDesignRevision = 1;

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
