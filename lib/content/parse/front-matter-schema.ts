// The one schema of an explainer's front matter. `npm run check:content`, the tests and the site
// all validate with it; the hints below are what an editor reads when a field is wrong.
import * as z from 'zod';
import { SLUG_PATTERN } from '../config';
import { HTTPS_HINT, httpsProblem } from '../checks/urls';
import { PUBLICATION_HINT, publicationDate, readPublication } from '../publication';

/** A zod issue may carry its own hint for the editor in `params.hint`. */
export interface HintParams {
  hint: string;
}

export const DATE_HINT = 'write the date as YYYY-MM-DD, e.g. 2026-02-28';

/** What to tell an editor about each field when it is missing or malformed. */
export const FIELD_HINTS: Record<string, string> = {
  title: 'write the headline on the same line, e.g. title: 北朝鮮と中露の関係はどうなる?',
  lead: 'write the summary shown under the title on the same line, e.g. lead: 北朝鮮は……',
  keyPoints: 'list exactly three points, each on its own line starting with "  - "',
  published: DATE_HINT,
  updated: `${DATE_HINT}, or delete the line`,
  topics: 'list one or more topics in lowercase letters, digits and hyphens, e.g. topics: [north-korea, russia]',
  author: 'write the name on the same line, e.g. author: 解説編集部, or delete the line',
  draft: 'write draft: true or draft: false, or delete the line',
  status: 'write status: developing while the story is still unfolding, or delete the line',
  updates: 'list each update as "  - date: 2026-12-01" with "    text: ……" (one line) on the next line, or delete the field',
  terms: 'list each term under its id: "  kim-jong-un:" then "    term: 金正恩", "    definition: ……" (and optional reading:, source:)',
  translatedFrom: 'run npm run translation:mark -- <slug> to write this field; do not edit it by hand',
  corrections:
    'list each correction as "  - date: 2026-11-22" with "    text: ……" on the next line, or delete the field',
};

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `written` (YYYY-MM-DD or, in a timeline, YYYY-MM) names no real day or month, or undefined.
 * The one calendar rule of the front matter's dates and the timeline's.
 */
export function calendarProblem(written: string, year: string, month: string, day?: string): string | undefined {
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return `${written} is not a real date (there is no month ${month})`;
  if (day === undefined) return undefined;
  const last = daysInMonth(Number(year), monthNumber);
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > last) return `${written} is not a real date (${MONTH_NAMES[monthNumber - 1]} ${year} has ${last} days)`;
  return undefined;
}

/** A calendar date written as YYYY-MM-DD that exists (no 2025-02-30). */
const isoDate = z.string().check((ctx) => {
  const match = DATE_SHAPE.exec(ctx.value);
  const params: HintParams = { hint: DATE_HINT };
  const [, year = '', month = '', day = ''] = match ?? [];
  const problem = match ? calendarProblem(ctx.value, year, month, day) : `"${ctx.value}" is not a date in the form YYYY-MM-DD`;
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, params, message: problem });
});

/** The publication date, optionally with a time and a zone (publication.ts says how it is read). */
const publication = z.string().check((ctx) => {
  const read = readPublication(ctx.value);
  if (typeof read !== 'string') {
    const problem = calendarProblem(ctx.value, read.date.slice(0, 4), read.date.slice(5, 7), read.date.slice(8, 10));
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, params: { hint: DATE_HINT } satisfies HintParams, message: problem });
    return;
  }
  const message = {
    shape: `"${ctx.value}" is not a date in the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM with an optional zone such as +09:00)`,
    time: `${ctx.value} is not a real time of day (hours 00–23, minutes 00–59)`,
    zone: `${ctx.value} has a zone that does not exist (write +09:00 for Japan, Z for UTC)`,
  }[read];
  ctx.issues.push({ code: 'custom', input: ctx.value, params: { hint: PUBLICATION_HINT } satisfies HintParams, message });
});

/** Text that is not just spaces. YAML has already trimmed plain values; quoted ones may not be. */
export const text = z.string().trim().min(1);

/** Headlines, key points and topic names are shown on one line (cards, OG images, <title>). */
export const line = text.check((ctx) => {
  if (ctx.value.includes('\n')) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: { hint: 'write it on one line after the colon, without | or >' } satisfies HintParams,
      message: 'must be a single line',
    });
  }
});

/** A link or source address: an absolute https URL (checks/urls.ts says what else is refused). */
export const httpsUrl = z.string().check((ctx) => {
  const problem = httpsProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, params: { hint: HTTPS_HINT } satisfies HintParams, message: problem });
});

export const TERM_ID_HINT = 'use lowercase letters, digits and single hyphens, e.g. kim-jong-un';

/** A glossary term's id, as in glossary.yaml, `terms:` and `:term[…]{id="…"}`. */
export const termId = z.string().check((ctx) => {
  if (!SLUG_PATTERN.test(ctx.value)) {
    ctx.issues.push({ code: 'custom', input: ctx.value, params: { hint: TERM_ID_HINT } satisfies HintParams, message: `"${ctx.value}" is not a valid term id` });
  }
});

const topics = z
  .array(z.string().regex(SLUG_PATTERN))
  .min(1)
  .check((ctx) => {
    ctx.value.forEach((topic, index) => {
      if (ctx.value.indexOf(topic) !== index) {
        ctx.issues.push({
          code: 'custom',
          input: topic,
          path: [index],
          params: { hint: 'list each topic once' } satisfies HintParams,
          message: `"${topic}" is listed twice`,
        });
      }
    });
  });

const correctionSchema = z.strictObject({ date: isoDate, text });
const updateSchema = z.strictObject({ date: isoDate, text: line });

/**
 * In a translation: which revision of ja.md it translates (checks/translation.ts). Written by
 * `npm run translation:mark`; `revision` is a short hash per part of ja.md.
 */
const REVISION = /^[0-9a-f]{6}(?: [0-9a-f]{6}(?:\.[0-9a-f]{6})*)*$/;
const revision = z.string().check((ctx) => {
  if (REVISION.test(ctx.value)) return;
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    params: { hint: 'do not edit it by hand: run npm run translation:mark -- <slug> to write it again' } satisfies HintParams,
    message: 'is not a revision written by npm run translation:mark',
  });
});
const translatedFromSchema = z.strictObject({ date: isoDate, revision });

/** A term only this explainer uses, in this file's language (the site's terms are in content/glossary.yaml). */
const termSchema = z.strictObject({
  term: line,
  reading: line.optional(),
  definition: text,
  source: httpsUrl.optional(),
});

/** The fields the site shows come from here: types.ts derives `Explainer` from this schema. */
export const frontMatterSchema = z
  .strictObject({
    title: line,
    lead: text,
    keyPoints: z.tuple([line, line, line]),
    /** YYYY-MM-DD, a real date, optionally with a time and zone; still ahead of the clock, it is scheduled. */
    published: publication,
    /** YYYY-MM-DD, never before `published`. */
    updated: isoDate.optional(),
    topics,
    author: line.optional(),
    draft: z.boolean().default(false),
    corrections: z.array(correctionSchema).default([]),
    status: z.literal('developing').optional(),
    updates: z.array(updateSchema).default([]),
    terms: z.record(termId, termSchema).default({}),
    translatedFrom: translatedFromSchema.optional(),
  })
  .check((ctx) => {
    // Runs only once every field is valid, so the dates compared here are real dates.
    const { updated, corrections, updates } = ctx.value;
    // A time in `published:` does not count: an update on the same day is not before it.
    const published = publicationDate(ctx.value.published);
    const notBefore = (date: string, path: (string | number)[], hint: string) => {
      if (date < published) {
        ctx.issues.push({ code: 'custom', input: date, path, params: { hint } satisfies HintParams, message: `${date} is before the publication date ${published}` });
      }
    };
    if (updated !== undefined) notBefore(updated, ['updated'], 'the update date must be the same as or after the publication date');
    updates.forEach((update, index) => notBefore(update.date, ['updates', index, 'date'], 'an update is made after publication; check the date'));
    corrections.forEach((correction, index) => notBefore(correction.date, ['corrections', index, 'date'], 'a correction is made after publication; check the date'));
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Field names in the order CONTENT.md documents them (for "did you mean" hints). */
export const FRONT_MATTER_FIELDS: readonly string[] = Object.keys(frontMatterSchema.shape);
export const CORRECTION_FIELDS: readonly string[] = Object.keys(correctionSchema.shape);
export const TERM_FIELDS: readonly string[] = Object.keys(termSchema.shape);
