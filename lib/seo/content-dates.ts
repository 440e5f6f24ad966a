// Content dates are calendar dates (YYYY-MM-DD) in the newsroom's time zone. Feeds, sitemaps,
// Open Graph and JSON-LD want instants, so a date becomes the start of that day in Tokyo: an
// explainer dated 11-20 was published on the 20th for its Japanese readers, whatever the server's
// zone. Never the build time: rebuilding must not make old pages look new.
import { NEWSROOM_OFFSET } from '@/lib/content/publication';

/** `2026-11-20` → `2026-11-20T00:00:00+09:00`. */
export function contentDateTime(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not a content date (YYYY-MM-DD): ${isoDate}`);
  return `${isoDate}T00:00:00${NEWSROOM_OFFSET}`;
}

export function contentDate(isoDate: string): Date {
  return new Date(contentDateTime(isoDate));
}

/** The later of two content dates; ISO dates compare correctly as strings. */
export function latestDate(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((latest, date) => (latest === undefined || date > latest ? date : latest), undefined);
}
