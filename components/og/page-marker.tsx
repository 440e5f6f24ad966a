// "2/3" with a bar of one segment per page, the current ones filled: the reader sees at a glance
// that the link points into a series, and how far in.
import { ogColors } from './og-theme';

interface PageMarkerProps {
  pageNumber: number;
  pageCount: number;
}

/** Beyond this many pages the bar would crowd the header; the numbers alone remain. */
const maxSegments = 8;

export function PageMarker({ pageNumber, pageCount }: PageMarkerProps) {
  const segments = pageCount <= maxSegments ? Array.from({ length: pageCount }, (_, index) => index < pageNumber) : [];
  return (
    <div style={{ display: 'flex', alignItems: 'center' }}>
      <div style={{ display: 'flex', marginRight: segments.length > 0 ? 20 : 0 }}>
        {segments.map((filled, index) => (
          <div
            key={index}
            style={{
              width: 30,
              height: 10,
              marginLeft: index === 0 ? 0 : 6,
              borderRadius: 5,
              backgroundColor: filled ? ogColors.accent : ogColors.rule,
            }}
          />
        ))}
      </div>
      <div style={{ display: 'flex', alignItems: 'baseline', fontSize: 40, fontWeight: 700, lineHeight: 1 }}>
        <span style={{ color: ogColors.accent }}>{pageNumber}</span>
        <span style={{ color: ogColors.muted, margin: '0 4px' }}>/</span>
        <span style={{ color: ogColors.ink }}>{pageCount}</span>
      </div>
    </div>
  );
}
