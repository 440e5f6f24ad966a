// Which graphemes the OG image draws as Twemoji graphics, and under which file name.

const zwj = '\u200D';
const emojiStyle = '\uFE0F';
const keycap = '\u20E3';
/** Code points that make a grapheme an emoji sequence rather than text. */
const sequenceMark = /[\u200D\uFE0F\u20E3\p{Emoji_Modifier}\p{Regional_Indicator}]/u;
const emojiPresentation = /\p{Emoji_Presentation}/u;
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function hex(grapheme: string): string[] {
  return Array.from(grapheme, (char) => (char.codePointAt(0) ?? 0).toString(16));
}

/**
 * Twemoji names its files by the code points in hex joined with `-`, leaving out U+FE0F unless
 * the sequence has a zero-width joiner; a few files keep it anyway, so both names are candidates.
 */
function candidateNames(grapheme: string): string[] {
  const full = hex(grapheme).join('-');
  const withoutStyle = hex(grapheme.replaceAll(emojiStyle, '')).join('-');
  return grapheme.includes(zwj) ? [full, withoutStyle] : [withoutStyle, full];
}

/** True when the grapheme asks to be shown as a colour emoji (not as a text symbol like ©). */
export function prefersEmojiPresentation(grapheme: string): boolean {
  return emojiPresentation.test(grapheme) || sequenceMark.test(grapheme) || grapheme.includes(keycap);
}

/** True for anything that could be an emoji at all, including text-style symbols like ☺ or ©. */
export function isPictographic(grapheme: string): boolean {
  return pictographic.test(grapheme) || grapheme.includes(keycap);
}

/** The Twemoji file name for a grapheme if we ship one, else undefined. */
export function twemojiName(grapheme: string, available: ReadonlySet<string>): string | undefined {
  if (!isPictographic(grapheme)) return undefined;
  return candidateNames(grapheme).find((name) => available.has(name));
}
