// Every Open Graph card of the site, prerendered at build: /og/opengraph-image/<id>.png.
//
// Why one route here instead of an opengraph-image.tsx beside each page: the card's URL must
// change when its text changes (social sites cache images by URL), so cards are named by a content
// hash, i.e. by `generateImageMetadata` ids. Next prerenders a route handler's params only from
// that route's own module, so a colocated file under [locale]/[slug] could not prerender its ids;
// outside the dynamic segments it can. Pages point at their card in lib/site/metadata.ts.
import { renderExplainerOgImage, renderHomeOgImage } from '@/components/og/og-image';
import { withImmutableCaching } from '@/lib/seo/immutable-response';
import { listOgCards, ogImageSize, ogImageType } from '@/lib/seo/og-cards';

// Ids not produced at build are a 404, never an on-demand render.
export const dynamicParams = false;

export async function generateImageMetadata() {
  const cards = await listOgCards();
  return cards.map((card) => ({ id: card.id, alt: card.alt, size: ogImageSize, contentType: ogImageType }));
}

export default async function Image({ id }: { id: Promise<string> }) {
  const wanted = await id;
  const card = (await listOgCards()).find((candidate) => candidate.id === wanted);
  if (!card) return new Response('Not Found', { status: 404 });
  const image = card.kind === 'home' ? await renderHomeOgImage(card.props) : await renderExplainerOgImage(card.props);
  return withImmutableCaching(image);
}
