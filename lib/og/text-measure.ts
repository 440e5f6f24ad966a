// Measures text as the OG image draws it: our font's advance widths (with kerning, as satori
// applies it) for text, and a fixed box for each emoji drawn as an image.
import { loadOgFonts, type OgFontWeight } from './assets';
import { segmentGlyphs } from './glyphs';

/** What the renderer draws for a grapheme no font or graphic covers (〓, the geta mark). */
export const missingGlyphPlaceholder = '\u3013';

/** An inline emoji is an image 1em square with this margin (in em) on either side. */
export const emojiSideMarginEm = 0.06;
const emojiAdvanceEm = 1 + 2 * emojiSideMarginEm;

export type MeasureText = (text: string) => number;

export function createMeasure(weight: OgFontWeight, fontSize: number): MeasureText {
  const { font } = loadOgFonts()[weight];
  const scale = fontSize / font.unitsPerEm;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = 0;
      for (const piece of segmentGlyphs(text)) {
        if (piece.kind === 'emoji') width += emojiAdvanceEm * fontSize;
        else width += font.layout(piece.kind === 'text' ? piece.text : missingGlyphPlaceholder).advanceWidth * scale;
      }
      cache.set(text, width);
    }
    return width;
  };
}
