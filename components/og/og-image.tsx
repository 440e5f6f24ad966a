// The one OG image renderer. Routes' opengraph-image.tsx files pass plain strings and numbers
// (UI words already translated) and return the result; nothing here reads content or messages.
import { ImageResponse } from 'next/og';
import { loadOgFonts, ogFontFamily } from '@/lib/og/assets';
import { ExplainerCard, layoutExplainerCard, type ExplainerOgImageProps } from './explainer-card';
import { HomeCard, layoutHomeCard, type HomeOgImageProps } from './home-card';
import { ogSize } from './og-theme';

export { ogContentType, ogSize } from './og-theme';
export type { ExplainerOgImageProps, HomeOgImageProps };

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
  const layout = layoutExplainerCard(props);
  return new ImageResponse(<ExplainerCard {...layout} />, { ...ogSize, fonts: satoriFonts() });
}

/** 1200×630 PNG for a locale's home page. */
export async function renderHomeOgImage(props: HomeOgImageProps): Promise<ImageResponse> {
  const layout = layoutHomeCard(props);
  return new ImageResponse(<HomeCard {...layout} />, { ...ogSize, fonts: satoriFonts() });
}
