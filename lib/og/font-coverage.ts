// The glyph check for the content checker: which characters of a title, key point or teaser the
// OG image cannot draw (neither in Noto Sans JP nor a Twemoji graphic we ship).
import { segmentGlyphs } from './glyphs';

/** Distinct graphemes of `text` the OG image cannot draw, in order of first appearance. */
export function missingGlyphs(text: string): string[] {
  const missing = new Set<string>();
  for (const piece of segmentGlyphs(text)) {
    if (piece.kind === 'missing') missing.add(piece.grapheme);
  }
  return [...missing];
}
