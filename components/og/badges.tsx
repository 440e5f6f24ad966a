// The badges in the card's header, between the mark and the page marker: the year of an old
// explainer on ink, white, and the update date on the key-point yellow, so that a reshared story
// shows its age before anyone reads the title. They sit in the header row, where they can never
// cover the title; the middle of that row also survives the square crops of small previews.
import type { OgBadges } from '@/lib/og/cards';
import { segmentGlyphs } from '@/lib/og/glyphs';
import { createMeasure } from '@/lib/og/text-measure';
import { ogColors } from './og-theme';

export interface BadgeLayout {
  kind: 'year' | 'updated';
  text: string;
}

export interface BadgesLayout {
  fontSize: number;
  badges: BadgeLayout[];
  /** Drawn width of the whole row, badges and the gaps between them. */
  width: number;
}

/**
 * Largest first. A preview in a chat is a third of the card's width or less, where 30 px still
 * reads; the page marker's bar gives way before the badges go below that, and 24 px is the floor.
 */
const badgeSizes = [36, 34, 32, 30, 28, 26, 24] as const;
const comfortableBadge = 30;
const paddingEm = 0.45;
const heightEm = 1.55;
const badgeGap = 12;

const look = {
  year: { background: ogColors.ink, color: ogColors.paper, border: ogColors.ink },
  updated: { background: ogColors.points, color: ogColors.ink, border: ogColors.pointsRule },
} as const;
const borderWidth = 2;

function rowWidth(badges: readonly BadgeLayout[], fontSize: number): number {
  const measure = createMeasure(700, fontSize);
  const boxes = badges.map(({ text }) => measure(text) + 2 * (paddingEm * fontSize + borderWidth));
  return boxes.reduce((sum, box) => sum + box, 0) + badgeGap * (badges.length - 1);
}

function listBadges({ yearBadge, updatedBadge }: OgBadges): BadgeLayout[] {
  const badges: BadgeLayout[] = [];
  if (yearBadge !== undefined) badges.push({ kind: 'year', text: yearBadge });
  if (updatedBadge !== undefined) badges.push({ kind: 'updated', text: updatedBadge });
  return badges;
}

/** The room the badges need to stay comfortably legible (0 for none). */
export function comfortableBadgesWidth(props: OgBadges): number {
  const badges = listBadges(props);
  return badges.length === 0 ? 0 : rowWidth(badges, comfortableBadge);
}

/**
 * The badges at the largest size at which they fit `maxWidth`, or undefined for none. A badge is
 * never cut short (a date with an ellipsis would mislead), so one that cannot fit is an error, as
 * is a character the card's font cannot draw: both surface at build time, naming the text.
 */
export function layoutBadges(props: OgBadges, maxWidth: number): BadgesLayout | undefined {
  const badges = listBadges(props);
  if (badges.length === 0) return undefined;
  for (const { text } of badges) {
    if (segmentGlyphs(text).some((piece) => piece.kind === 'missing')) {
      throw new RangeError(`the share image font cannot draw the badge "${text}"`);
    }
  }
  for (const fontSize of badgeSizes) {
    const width = rowWidth(badges, fontSize);
    if (width <= maxWidth) return { fontSize, badges, width };
  }
  const texts = badges.map((badge) => `"${badge.text}"`).join(', ');
  throw new RangeError(`the badges ${texts} do not fit the ${Math.floor(maxWidth)} px left in the card's header`);
}

export function Badges({ fontSize, badges }: BadgesLayout) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', flexShrink: 0 }}>
      {badges.map(({ kind, text }, index) => (
        <div
          key={kind}
          style={{
            display: 'flex',
            alignItems: 'center',
            height: Math.round(heightEm * fontSize),
            marginLeft: index === 0 ? 0 : badgeGap,
            padding: `0 ${paddingEm * fontSize}px`,
            border: `${borderWidth}px solid ${look[kind].border}`,
            borderRadius: Math.round(0.25 * fontSize),
            backgroundColor: look[kind].background,
            color: look[kind].color,
            fontSize,
            fontWeight: 700,
            lineHeight: 1,
            whiteSpace: 'pre',
          }}
        >
          {text}
        </div>
      ))}
    </div>
  );
}
