// Characters that change what a reader sees without being seen themselves. Two kinds matter here:
// bidirectional controls, which reorder the text around them ("Trojan Source", CVE-2021-42574:
// `‮gpj.exe` shows as `exe.jpg`), and invisible or blank characters in a web address, which make
// the address differ from what the editor copied and checked.

/** Explicit embeddings, overrides and isolates (Unicode Bidi_Control minus the implicit marks). */
const BIDI_CONTROLS: ReadonlyMap<number, string> = new Map([
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
]);

/** Names of the invisible characters editors are most likely to paste; others are shown by number. */
const NAMES: ReadonlyMap<number, string> = new Map([
  ...BIDI_CONTROLS,
  [0x0009, 'TAB'],
  [0x000a, 'LINE FEED'],
  [0x000d, 'CARRIAGE RETURN'],
  [0x0020, 'SPACE'],
  [0x00a0, 'NO-BREAK SPACE'],
  [0x00ad, 'SOFT HYPHEN'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x2060, 'WORD JOINER'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE'],
]);

/**
 * Control, format (zero-width, bidi marks, soft hyphen) and separator (every kind of space)
 * characters: none belongs in a web address, and none can be seen there.
 */
const INVISIBLE_IN_URL = /[\p{Cc}\p{Cf}\p{Z}]/u;

export interface FoundCharacter {
  /** UTF-16 index in the string, as the Markdown parser counts columns. */
  index: number;
  codePoint: number;
}

export function isBidiControl(codePoint: number): boolean {
  return BIDI_CONTROLS.has(codePoint);
}

/** Every bidirectional control in `text`, in order. */
export function findBidiControls(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.charCodeAt(index);
    // All bidi controls are in the BMP, so surrogate halves never match.
    if (isBidiControl(codePoint)) found.push({ index, codePoint });
  }
  return found;
}

/** The first character of a web address that cannot be seen, if any. */
export function findInvisibleInUrl(value: string): FoundCharacter | undefined {
  const match = INVISIBLE_IN_URL.exec(value);
  const codePoint = match?.[0].codePointAt(0);
  return match && codePoint !== undefined ? { index: match.index, codePoint } : undefined;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function describeCharacter(codePoint: number): string {
  const number = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES.get(codePoint);
  return name ? `${number} ${name}` : number;
}

/** The value with every invisible character written out as ⟨U+XXXX⟩, so that a message can show it. */
export function showInvisible(value: string): string {
  let shown = '';
  for (const char of value) {
    const codePoint = char.codePointAt(0) ?? 0;
    shown += codePoint !== 0x20 && INVISIBLE_IN_URL.test(char) ? `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}⟩` : char;
  }
  return shown;
}
