// What every OG card shares: the 1200×630 sheet of paper in the card font, with the vermilion
// band across the top that marks a Kaisetsu card in a feed of previews.
import type { ReactNode } from 'react';
import { ogFontFamily } from '@/lib/og/assets';
import { ogSize } from '@/lib/og/cards';
import { ogColors } from './og-theme';

export function CardFrame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        width: ogSize.width,
        height: ogSize.height,
        backgroundColor: ogColors.paper,
        color: ogColors.ink,
        fontFamily: ogFontFamily,
      }}
    >
      <div style={{ display: 'flex', height: 10, backgroundColor: ogColors.accent }} />
      {children}
    </div>
  );
}
