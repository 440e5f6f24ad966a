// The OG card of one explainer page: mark, badges (components/og/badges.tsx) and page marker on
// top, the explainer's title large, the page's own title under it, and a band at the foot with the
// page's key point or teaser.
import type { Locale } from '@/i18n/locales';
import { emojiDataUri } from '@/lib/og/assets';
import type { ExplainerOgImageProps } from '@/lib/og/cards';
import { fitText, type FittedText } from '@/lib/og/fit-text';
import { Badges, type BadgesLayout, layoutBadges, comfortableBadgesWidth } from './badges';
import { CardFrame } from './card-frame';
import { ogColors, ogContentWidth, ogPaddingX, ogTypography } from './og-theme';
import { PageMarker, pageMarkerWidth } from './page-marker';
import { TextLines } from './text-lines';
import { Wordmark, wordmarkWidth } from './wordmark';

export interface ExplainerImageLayout {
  locale: Locale;
  siteName: string;
  pageNumber: number;
  pageCount: number;
  /** Whether the page marker draws its bar (it gives way to badges that need the room). */
  markerBar: boolean;
  badges?: BadgesLayout;
  title: FittedText;
  pageTitle: FittedText;
  band?: { kind: 'keyPoint' | 'teaser'; text: FittedText };
}

const keyPointIcon = '1f4a1'; // 💡, as beside the key points on the page
const bandIconSize = 40;
const bandIconGap = 20;
const wordmarkSize = 60;
/** Space between the mark, the badges and the page marker. */
const headerGap = 28;

/** The badges, and whether the page marker keeps its bar beside them. */
function layoutHeader(props: ExplainerOgImageProps): { markerBar: boolean; badges?: BadgesLayout } {
  const { siteName, pageNumber, pageCount } = props;
  const room = (bar: boolean) =>
    ogContentWidth - wordmarkWidth({ siteName, size: wordmarkSize }) - pageMarkerWidth({ pageNumber, pageCount, bar }) - 2 * headerGap;
  const markerBar = comfortableBadgesWidth(props) <= room(true);
  const badges = layoutBadges(props, room(markerBar));
  return badges ? { markerBar, badges } : { markerBar };
}

/** Sizes and breaks every text of the card; done before satori runs so errors surface here. */
export function layoutExplainerImage(props: ExplainerOgImageProps): ExplainerImageLayout {
  const { locale, siteName, pageNumber, pageCount, text, textKind } = props;
  const { ellipsis } = ogTypography[locale];
  const title = fitText(props.explainerTitle, {
    weight: 700,
    sizes: [68, 62, 56],
    maxWidth: ogContentWidth,
    maxLines: 3,
    ellipsis,
    balance: true,
  });
  const pageTitle = fitText(props.pageTitle, { weight: 700, sizes: [38, 34, 30, 28], maxWidth: ogContentWidth, maxLines: 1, ellipsis });
  const bandWidth = ogContentWidth - bandIconSize - bandIconGap;
  const band =
    text.trim() === ''
      ? undefined
      : { kind: textKind, text: fitText(text, { weight: 400, sizes: [32, 30], maxWidth: bandWidth, maxLines: 2, ellipsis }) };
  return { locale, siteName, pageNumber, pageCount, ...layoutHeader(props), title, pageTitle, band };
}

function BandMark({ kind, lineHeightPx }: { kind: 'keyPoint' | 'teaser'; lineHeightPx: number }) {
  if (kind === 'keyPoint') {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
      <img
        src={emojiDataUri(keyPointIcon)}
        width={bandIconSize}
        height={bandIconSize}
        alt=""
        style={{ marginRight: bandIconGap, marginTop: Math.round((lineHeightPx - bandIconSize) / 2) }}
      />
    );
  }
  // A teaser continues the story, so it gets the accent rule of a pull quote instead of 💡.
  const rule = 6;
  return (
    <div
      style={{
        display: 'flex',
        width: rule,
        alignSelf: 'stretch',
        margin: `0 ${bandIconGap + (bandIconSize - rule) / 2}px 0 ${(bandIconSize - rule) / 2}px`,
        borderRadius: rule / 2,
        backgroundColor: ogColors.accent,
      }}
    />
  );
}

export function ExplainerImage(layout: ExplainerImageLayout) {
  const { locale, siteName, pageNumber, pageCount, markerBar, badges, title, pageTitle, band } = layout;
  const { headingLeading, bodyLeading } = ogTypography[locale];
  return (
    <CardFrame>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          padding: `38px ${ogPaddingX}px 0`,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Wordmark siteName={siteName} size={wordmarkSize} />
          {badges && (
            <div style={{ display: 'flex', marginLeft: headerGap }}>
              <Badges {...badges} />
            </div>
          )}
        </div>
        <PageMarker pageNumber={pageNumber} pageCount={pageCount} bar={markerBar} />
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          padding: `0 ${ogPaddingX}px 6px`,
        }}
      >
        <TextLines lines={title.lines} fontSize={title.fontSize} lineHeight={headingLeading} fontWeight={700} color={ogColors.ink} />
        <div style={{ display: 'flex', marginTop: 16 }}>
          <TextLines
            lines={pageTitle.lines}
            fontSize={pageTitle.fontSize}
            lineHeight={headingLeading}
            fontWeight={700}
            color={ogColors.accent}
          />
        </div>
      </div>
      {band && (
        <div
          style={{
            display: 'flex',
            alignItems: 'flex-start',
            padding: `24px ${ogPaddingX}px 30px`,
            backgroundColor: ogColors.points,
            borderTop: `3px solid ${ogColors.pointsRule}`,
          }}
        >
          <BandMark kind={band.kind} lineHeightPx={band.text.fontSize * bodyLeading} />
          <TextLines
            lines={band.text.lines}
            fontSize={band.text.fontSize}
            lineHeight={bodyLeading}
            fontWeight={400}
            color={ogColors.ink}
          />
        </div>
      )}
    </CardFrame>
  );
}
