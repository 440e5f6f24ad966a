// When an explainer goes public. `published:` is a date, optionally with a time and a zone
// (`2026-12-10`, `2026-12-10T07:00`, `2026-12-10 07:00+09:00`, `…Z`); a date or a time without a zone
// is Japan time, the newsroom's. An explainer whose moment is still ahead of the build's clock is
// *scheduled*: the production build leaves it out exactly like a draft (load.ts), `npm run dev`
// shows it with a banner, and `npm run check:content` lists it (checks/scheduled.ts). So it goes
// online with the first build on or after that moment, which is why the static site is rebuilt
// daily (README, "Deploy").
//
// The clock is injectable and never a date written in the code: `KAISETSU_NOW` (an instant or a date
// in the same forms as `published:`) fixes it for tests and CI; otherwise it is the machine's time.

/** The newsroom's zone: Japan, no daylight saving time. */
export const NEWSROOM_OFFSET = '+09:00';

/** Names the environment variable that fixes the clock of the content layer. */
export const CLOCK_ENV = 'KAISETSU_NOW';

export const PUBLICATION_HINT =
  'write the date as YYYY-MM-DD, e.g. 2026-02-28, optionally with a time (Japan time unless a zone is given): 2026-02-28T07:00 or 2026-02-28T07:00+09:00';

const SHAPE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export interface Publication {
  /** The calendar date as written (YYYY-MM-DD): what pages, feeds and the sitemap show. */
  date: string;
  /** The moment it goes public, as an ISO instant in UTC. */
  at: string;
  /** Whether the editor wrote a time (else the start of the day in Japan). */
  timed: boolean;
}

export type PublicationProblem = 'shape' | 'time' | 'zone';

/** Minutes east of UTC of an offset written `+09:00` or `-05:00`. */
function minutesEast(offset: string): number {
  return (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
}

/**
 * Reads a `published:` value (or a `KAISETSU_NOW` value). The date part is only checked for its
 * shape here: whether the day exists is the schema's date rule (parse/front-matter-schema.ts).
 */
export function readPublication(value: string): Publication | PublicationProblem {
  const match = SHAPE.exec(value);
  if (!match) return 'shape';
  const [, date, hours, minutes, seconds, zone] = match as unknown as [string, string, string?, string?, string?, string?];
  if (hours !== undefined && (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59)) return 'time';
  const offset = zone === 'Z' ? '+00:00' : (zone ?? NEWSROOM_OFFSET);
  if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59) return 'zone';
  // Arithmetic rather than Date parsing, so that a day that does not exist (2025-02-30) still gives
  // an instant here and is reported by the schema's date rule.
  const local = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(hours ?? 0), Number(minutes ?? 0), Number(seconds ?? 0));
  return { date, at: new Date(local - minutesEast(offset) * 60_000).toISOString(), timed: hours !== undefined };
}

/** The date part of a valid `published:` value (YYYY-MM-DD), for comparisons with other dates. */
export function publicationDate(value: string): string {
  return value.slice(0, 10);
}

/** The year of a publication date (YYYY-MM-DD) as written, e.g. `2024`: what an old explainer's share image prints. */
export function publicationYear(date: string): string {
  return publicationDate(date).slice(0, 4);
}

/** The content layer's "now": `KAISETSU_NOW` when set (an error when it cannot be read), else the machine's clock. */
export function contentClock(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env[CLOCK_ENV];
  if (fixed === undefined || fixed === '') return new Date();
  const read = readPublication(fixed.trim());
  if (typeof read === 'string') {
    throw new RangeError(`${CLOCK_ENV}="${fixed}" is not a date or time such as 2026-12-10 or 2026-12-10T07:00+09:00`);
  }
  return new Date(read.at);
}

/** Whether the explainer's moment is still ahead of `now`. */
export function isScheduled(publication: Publication, now: Date): boolean {
  return new Date(publication.at).getTime() > now.getTime();
}

/** The calendar date (YYYY-MM-DD) in the newsroom's zone at `now`: Japan's today. */
export function newsroomDate(now: Date): string {
  return new Date(now.getTime() + minutesEast(NEWSROOM_OFFSET) * 60_000).toISOString().slice(0, 10);
}

/**
 * The calendar date `months` after `date` (YYYY-MM-DD), its day kept or clamped to the end of a
 * shorter month: 2024-02-29 plus 12 months is 2025-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(0);
  target.setUTCFullYear(year, month - 1 + months, 1);
  const monthEnd = new Date(target);
  monthEnd.setUTCMonth(target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(day, monthEnd.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether a piece published on `date` (YYYY-MM-DD) is `months` or more old at `now`, counted on the
 * newsroom's calendar: published 2025-12-02, it is 12 months old from the start of 2026-12-02 in Japan.
 */
export function isOlderThan(date: string, months: number, now: Date): boolean {
  return newsroomDate(now) >= addMonths(date, months);
}
