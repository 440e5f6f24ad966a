// The OG card's palette, box and type settings. Colours are the site's light theme
// (app/globals.css), so a shared card looks like the page it links to.
import type { Locale } from '@/i18n/locales';
import { ogSize } from '@/lib/og/cards';

export const ogColors = {
  paper: '#fbfaf7',
  ink: '#1c1d21',
  muted: '#55585f',
  rule: '#dedbd3',
  accent: '#a8322a',
  accentInk: '#ffffff',
  points: '#fff6d6',
  pointsRule: '#e9cf73',
} as const;

/** Left and right padding of the card; text boxes are the width minus twice this. */
export const ogPaddingX = 72;
export const ogContentWidth = ogSize.width - 2 * ogPaddingX;

interface Typography {
  /** Line height of headlines (title, page title, tagline). */
  headingLeading: number;
  /** Line height of the key point or teaser. */
  bodyLeading: number;
  /**
   * Our font's U+2026 is the full-width Japanese ellipsis, centred on the line; Latin text
   * wants three baseline dots.
   */
  ellipsis: string;
}

/** Japanese needs more leading than Latin to read well. */
export const ogTypography = {
  ja: { headingLeading: 1.34, bodyLeading: 1.5, ellipsis: '…' },
  en: { headingLeading: 1.16, bodyLeading: 1.36, ellipsis: '...' },
} as const satisfies Record<Locale, Typography>;
