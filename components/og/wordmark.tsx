// The site's mark: 解説 set white on a vermilion seal (the logo, the same in every locale),
// followed by the site's name. Two heavy kanji on a solid block stay legible on a thumbnail.
import { createMeasure } from '@/lib/og/text-measure';
import { ogColors } from './og-theme';

interface WordmarkProps {
  /** The name beside the seal, e.g. `Kaisetsu`. */
  siteName: string;
  /** Height of the seal in px; everything else scales from it. */
  size: number;
}

const seal = '解説';

/** Every length of the mark, from the seal's height: drawn below and measured by `wordmarkWidth`. */
function metrics(size: number) {
  return {
    sealPadding: Math.round(size * 0.2),
    sealFontSize: Math.round(size * 0.56),
    sealTracking: 0.04,
    nameGap: Math.round(size * 0.28),
    nameFontSize: Math.round(size * 0.6),
    nameTracking: 0.01,
  };
}

/** How wide the mark is drawn, so that what shares its row can be sized beside it. */
export function wordmarkWidth({ siteName, size }: WordmarkProps): number {
  const m = metrics(size);
  // satori adds the letter spacing after every character, the last one included.
  const tracked = (text: string, fontSize: number, tracking: number) =>
    createMeasure(700, fontSize)(text) + [...text].length * tracking * fontSize;
  return 2 * m.sealPadding + tracked(seal, m.sealFontSize, m.sealTracking) + m.nameGap + tracked(siteName, m.nameFontSize, m.nameTracking);
}

export function Wordmark({ siteName, size }: WordmarkProps) {
  const m = metrics(size);
  return (
    <div style={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          height: size,
          padding: `0 ${m.sealPadding}px`,
          borderRadius: Math.round(size * 0.14),
          backgroundColor: ogColors.accent,
          color: ogColors.accentInk,
          fontSize: m.sealFontSize,
          fontWeight: 700,
          lineHeight: 1,
          letterSpacing: `${m.sealTracking}em`,
        }}
      >
        {seal}
      </div>
      <div
        style={{
          display: 'flex',
          marginLeft: m.nameGap,
          color: ogColors.ink,
          fontSize: m.nameFontSize,
          fontWeight: 700,
          lineHeight: 1,
          letterSpacing: `${m.nameTracking}em`,
        }}
      >
        {siteName}
      </div>
    </div>
  );
}
