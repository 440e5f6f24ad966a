import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

/**
 * Splits Japanese text into phrases (BudouX) so that headings break between phrases rather than
 * inside a word ("どうな/る"). Non-Japanese text comes back as one piece.
 */
export function toPhrases(text: string): string[] {
  return parser.parse(text);
}
