// Draws lines laid out by lib/og/line-break: one row per line, emoji as inline images. Each row
// is `white-space: pre` so satori keeps our breaks and never re-wraps a line.
import { emojiDataUri } from '@/lib/og/assets';
import { segmentGlyphs } from '@/lib/og/glyphs';
import { emojiSideMarginEm, missingGlyphPlaceholder } from '@/lib/og/text-measure';

interface TextLinesProps {
  lines: readonly string[];
  fontSize: number;
  lineHeight: number;
  fontWeight: 400 | 700;
  color: string;
}

function Line({ text, fontSize }: { text: string; fontSize: number }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', whiteSpace: 'pre' }}>
      {segmentGlyphs(text).map((piece, index) =>
        piece.kind === 'emoji' ? (
          // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
          <img
            key={index}
            src={emojiDataUri(piece.name)}
            width={fontSize}
            height={fontSize}
            alt=""
            style={{ margin: `0 ${emojiSideMarginEm * fontSize}px` }}
          />
        ) : (
          <span key={index}>{piece.kind === 'text' ? piece.text : missingGlyphPlaceholder}</span>
        ),
      )}
    </div>
  );
}

export function TextLines({ lines, fontSize, lineHeight, fontWeight, color }: TextLinesProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', fontSize, lineHeight, fontWeight, color }}>
      {lines.map((line, index) => (
        <Line key={index} text={line} fontSize={fontSize} />
      ))}
    </div>
  );
}
