/**
 * A content date (YYYY-MM-DD, a calendar date) as the Date that pages format for readers: noon UTC,
 * so that no time zone, the reader's or the server's, shifts it to the day before or after.
 * Feeds, sitemaps and metadata want an instant instead: lib/seo/content-dates.ts.
 */
export function displayDate(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}
