// "2/3" with a bar of one segment per page, the current ones filled: the reader sees at a glance
// that the link points into a series, and how far in.
import { createMeasure } from '@/lib/og/text-measure';
import { ogColors } from './og-theme';

interface PageMarkerProps {
  pageNumber: number;
  pageCount: number;
  /** Draw the bar of segments (default); without it the numbers alone remain. */
  bar?: boolean;
}

/** Beyond this many pages the bar would crowd the header; the numbers alone remain. */
const maxSegments = 8;
const segment = { width: 30, height: 10, gap: 6 };
const barGap = 20;
const digits = { fontSize: 40, slashMargin: 4 };

function segmentsOf({ pageNumber, pageCount, bar = true }: PageMarkerProps): boolean[] {
  return bar && pageCount <= maxSegments ? Array.from({ length: pageCount }, (_, index) => index < pageNumber) : [];
}

/** How wide the marker is drawn, so that what shares its row can be sized beside it. */
export function pageMarkerWidth(props: PageMarkerProps): number {
  const count = segmentsOf(props).length;
  const measure = createMeasure(700, digits.fontSize);
  const bar = count === 0 ? 0 : count * segment.width + (count - 1) * segment.gap + barGap;
  return bar + measure(String(props.pageNumber)) + measure('/') + 2 * digits.slashMargin + measure(String(props.pageCount));
}

export function PageMarker(props: PageMarkerProps) {
  const { pageNumber, pageCount } = props;
  const segments = segmentsOf(props);
  return (
    <div style={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
      <div style={{ display: 'flex', marginRight: segments.length > 0 ? barGap : 0 }}>
        {segments.map((filled, index) => (
          <div
            key={index}
            style={{
              width: segment.width,
              height: segment.height,
              marginLeft: index === 0 ? 0 : segment.gap,
              borderRadius: segment.height / 2,
              backgroundColor: filled ? ogColors.accent : ogColors.rule,
            }}
          />
        ))}
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', fontSize: digits.fontSize, fontWeight: 700, lineHeight: 1 }}>
        <span style={{ color: ogColors.accent }}>{pageNumber}</span>
        <span style={{ color: ogColors.muted, margin: `0 ${digits.slashMargin}px` }}>/</span>
        <span style={{ color: ogColors.ink }}>{pageCount}</span>
      </div>
    </div>
  );
}
