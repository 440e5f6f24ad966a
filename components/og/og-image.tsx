// The one OG image renderer: draws a card of lib/og/cards.ts (plain strings and numbers, UI words
// already translated) as a PNG. Nothing here reads content or messages.
import { ImageResponse } from 'next/og';
import { loadOgFonts, ogFontFamily } from '@/lib/og/assets';
import { type ExplainerOgImageProps, type HomeOgImageProps, ogSize } from '@/lib/og/cards';
import { ExplainerImage, layoutExplainerImage } from './explainer-image';
import { HomeImage, layoutHomeImage } from './home-image';

type SatoriFonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
let fonts: SatoriFonts;

/** One array for the life of the process: satori caches parsed fonts per array and per buffer. */
function satoriFonts(): SatoriFonts {
  if (!fonts) {
    const loaded = loadOgFonts();
    fonts = [
      { name: ogFontFamily, data: loaded[400].data, weight: 400, style: 'normal' },
      { name: ogFontFamily, data: loaded[700].data, weight: 700, style: 'normal' },
    ];
  }
  return fonts;
}

function checkPages(pageNumber: number, pageCount: number): void {
  if (!Number.isInteger(pageCount) || pageCount < 1) {
    throw new RangeError(`pageCount must be a positive integer, got ${pageCount}`);
  }
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) {
    throw new RangeError(`pageNumber must be within 1..${pageCount}, got ${pageNumber}`);
  }
}

/**
 * 1200×630 PNG for one page of an explainer. Layout happens here, before the response streams,
 * so a bad input or missing asset throws to the caller instead of failing mid-stream.
 */
export async function renderExplainerOgImage(props: ExplainerOgImageProps): Promise<ImageResponse> {
  checkPages(props.pageNumber, props.pageCount);
  const layout = layoutExplainerImage(props);
  return new ImageResponse(<ExplainerImage {...layout} />, { ...ogSize, fonts: satoriFonts() });
}

/** 1200×630 PNG for a locale's home page. */
export async function renderHomeOgImage(props: HomeOgImageProps): Promise<ImageResponse> {
  const layout = layoutHomeImage(props);
  return new ImageResponse(<HomeImage {...layout} />, { ...ogSize, fonts: satoriFonts() });
}
