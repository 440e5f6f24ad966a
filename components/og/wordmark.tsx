// The site's mark: 解説 set white on a vermilion seal (the logo, the same in every locale),
// followed by the site's name. Two heavy kanji on a solid block stay legible on a thumbnail.
import { ogColors } from './og-theme';

interface WordmarkProps {
  /** The name beside the seal, e.g. `Kaisetsu`. */
  siteName: string;
  /** Height of the seal in px; everything else scales from it. */
  size: number;
}

export function Wordmark({ siteName, size }: WordmarkProps) {
  return (
    <div style={{ display: 'flex', alignItems: 'center' }}>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          height: size,
          padding: `0 ${Math.round(size * 0.2)}px`,
          borderRadius: Math.round(size * 0.14),
          backgroundColor: ogColors.accent,
          color: ogColors.accentInk,
          fontSize: Math.round(size * 0.56),
          fontWeight: 700,
          lineHeight: 1,
          letterSpacing: '0.04em',
        }}
      >
        解説
      </div>
      <div
        style={{
          display: 'flex',
          marginLeft: Math.round(size * 0.28),
          color: ogColors.ink,
          fontSize: Math.round(size * 0.6),
          fontWeight: 700,
          lineHeight: 1,
          letterSpacing: '0.01em',
        }}
      >
        {siteName}
      </div>
    </div>
  );
}
