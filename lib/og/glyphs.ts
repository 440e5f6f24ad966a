// Splits text into what the OG image can draw: runs of text the font covers, Twemoji graphics,
// and graphemes we cannot draw. satori fetches a fallback font or emoji from a CDN for any
// grapheme our font lacks, so the renderer must only ever hand it covered text.
import { emojiSvgNames, loadOgFonts } from './assets';
import { prefersEmojiPresentation, twemojiName } from './emoji';

/** What a glyph is drawn with: both font weights' coverage and the names of the Twemoji graphics. */
export interface GlyphSource {
  covers(codePoint: number): boolean;
  emojiNames: ReadonlySet<string>;
}

export type GlyphPiece =
  | { kind: 'text'; text: string }
  | { kind: 'emoji'; grapheme: string; name: string }
  | { kind: 'missing'; grapheme: string };

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
/** Invisible code points (joiners, variation selectors, controls): drawn as nothing. */
const ignorable = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;

let shipped: GlyphSource | undefined;

/** The renderer's source: the copies in assets/og/ that the site ships. */
export function shippedGlyphs(): GlyphSource {
  if (!shipped) {
    const fonts = loadOgFonts();
    shipped = {
      covers: (codePoint) => fonts[400].font.hasGlyphForCodePoint(codePoint) && fonts[700].font.hasGlyphForCodePoint(codePoint),
      emojiNames: emojiSvgNames(),
    };
  }
  return shipped;
}

function fontCovers(text: string, source: GlyphSource): boolean {
  for (const char of text) {
    if (!source.covers(char.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

function classify(grapheme: string, source: GlyphSource): GlyphPiece | undefined {
  const emoji = source.emojiNames;
  if (prefersEmojiPresentation(grapheme)) {
    const name = twemojiName(grapheme, emoji);
    if (name) return { kind: 'emoji', grapheme, name };
  }
  const visible = grapheme.replace(ignorable, '');
  if (visible === '') return undefined;
  if (fontCovers(visible, source)) return { kind: 'text', text: visible };
  // Text-style symbols the font lacks (e.g. ☺ without U+FE0F) still have a Twemoji graphic.
  const name = twemojiName(grapheme, emoji);
  return name ? { kind: 'emoji', grapheme, name } : { kind: 'missing', grapheme };
}

/** The text as pieces in order; neighbouring text graphemes are merged into one run. */
export function segmentGlyphs(text: string, source: GlyphSource = shippedGlyphs()): GlyphPiece[] {
  const pieces: GlyphPiece[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const piece = classify(segment, source);
    if (!piece) continue;
    const last = pieces.at(-1);
    if (piece.kind === 'text' && last?.kind === 'text') last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces;
}
