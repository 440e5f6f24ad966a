import { loadDefaultJapaneseParser } from 'budoux';

// The one BudouX parser of the process, for page headings (components/typography/phrased-text.tsx)
// and the OG image's line breaking (lib/og/line-break.ts). Loaded on first use.
let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/**
 * Splits Japanese text into phrases (BudouX) so that lines break between phrases rather than
 * inside a word ("どうな/る"). Non-Japanese text comes back as one piece.
 */
export function toPhrases(text: string): string[] {
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text);
}
