// The OG card of a locale's home page: the mark large, the tagline, and a small stack of pages
// on the right (what the site is: stories told over a few pages).
import type { Locale } from '@/i18n/locales';
import type { HomeOgImageProps } from '@/lib/og/cards';
import { fitText, type FittedText } from '@/lib/og/fit-text';
import { CardFrame } from './card-frame';
import { ogColors, ogPaddingX, ogTypography } from './og-theme';
import { TextLines } from './text-lines';
import { Wordmark } from './wordmark';

export interface HomeImageLayout {
  locale: Locale;
  siteName: string;
  tagline: FittedText;
}

const textColumnWidth = 700;

export function layoutHomeImage({ locale, siteName, tagline }: HomeOgImageProps): HomeImageLayout {
  const { ellipsis } = ogTypography[locale];
  return {
    locale,
    siteName,
    tagline: fitText(tagline, { weight: 700, sizes: [52, 46, 40], maxWidth: textColumnWidth, maxLines: 3, ellipsis, balance: true }),
  };
}

function PageSheet({ offset, front }: { offset: number; front: boolean }) {
  // Only the front sheet shows text; lines on the sheets behind would peek out at the edge.
  const lines = front ? [1, 0.92, 1, 0.7, 1, 0.84] : [];
  return (
    <div
      style={{
        position: 'absolute',
        top: offset,
        left: offset,
        display: 'flex',
        flexDirection: 'column',
        width: 250,
        height: 320,
        padding: '28px 26px',
        borderRadius: 14,
        border: `3px solid ${front ? ogColors.ink : ogColors.rule}`,
        backgroundColor: '#ffffff',
      }}
    >
      {front && <div style={{ display: 'flex', width: 120, height: 14, borderRadius: 7, backgroundColor: ogColors.accent }} />}
      {lines.map((width, index) => (
        <div
          key={index}
          style={{
            display: 'flex',
            width: `${width * 100}%`,
            height: 10,
            marginTop: index === 0 ? 30 : 16,
            borderRadius: 5,
            backgroundColor: ogColors.rule,
          }}
        />
      ))}
    </div>
  );
}

export function HomeImage({ locale, siteName, tagline }: HomeImageLayout) {
  return (
    <CardFrame>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', padding: `0 ${ogPaddingX}px 10px` }}>
        <div style={{ display: 'flex', flexDirection: 'column', width: textColumnWidth }}>
          <Wordmark siteName={siteName} size={112} />
          <div style={{ display: 'flex', width: 112, height: 6, margin: '52px 0 36px', backgroundColor: ogColors.accent }} />
          <TextLines
            lines={tagline.lines}
            fontSize={tagline.fontSize}
            lineHeight={ogTypography[locale].headingLeading}
            fontWeight={700}
            color={ogColors.ink}
          />
        </div>
        <div style={{ display: 'flex', position: 'relative', width: 310, height: 380, marginLeft: 'auto' }}>
          <PageSheet offset={60} front={false} />
          <PageSheet offset={30} front={false} />
          <PageSheet offset={0} front />
        </div>
      </div>
    </CardFrame>
  );
}
