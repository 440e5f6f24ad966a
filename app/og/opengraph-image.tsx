// Every Open Graph card of the site, prerendered at build: /og/opengraph-image/<id>.png.
// Which page gets which card is told in lib/og/cards.ts.
//
// Why one route here instead of an opengraph-image.tsx beside each page: the card's URL must
// change when its text changes (social sites cache images by URL), so cards are named by a content
// hash, i.e. by `generateImageMetadata` ids. Next prerenders a route handler's params only from
// that route's own module, so a colocated file under [locale]/[slug] could not prerender its ids;
// outside the dynamic segments it can.
import { renderExplainerOgImage, renderHomeOgImage } from '@/components/og/og-image';
import { getAllExplainers } from '@/lib/content';
import { listOgCards, type OgCard, ogContentType, ogSize } from '@/lib/og/cards';
import { withImmutableCaching } from '@/lib/seo/immutable-response';

// Ids not produced at build are a 404, never an on-demand render.
export const dynamicParams = false;

let cards: Promise<OgCard[]> | undefined;

/**
 * Computed once per process, like the content they come from: each image looks up its card in
 * this list, and building the list anew each time made `next build` quadratic in the number of
 * pages (measured with `npm run bench`, BENCHMARKS.md).
 */
function allCards(): Promise<OgCard[]> {
  cards ??= listOgCards(getAllExplainers()).catch((error: unknown) => {
    // Not kept on failure, so that a dev server tries again on the next request.
    cards = undefined;
    throw error;
  });
  return cards;
}

export async function generateImageMetadata() {
  return (await allCards()).map((card) => ({ id: card.id, alt: card.alt, size: ogSize, contentType: ogContentType }));
}

export default async function Image({ id }: { id: Promise<string> }) {
  const wanted = await id;
  const card = (await allCards()).find((candidate) => candidate.id === wanted);
  if (!card) return new Response('Not Found', { status: 404 });
  const image = card.kind === 'home' ? await renderHomeOgImage(card.props) : await renderExplainerOgImage(card.props);
  return withImmutableCaching(image);
}
