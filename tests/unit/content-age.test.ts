// When an explainer counts as old (lib/content/publication.ts, OLD_AFTER_MONTHS in
// lib/content/config.ts): counted in calendar months on the newsroom's calendar, judged by the
// loader against its clock. The share images print the year of an old explainer (og-badges tests).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OLD_AFTER_MONTHS } from '@/lib/content/config';
import { loadContent } from '@/lib/content/load';
import { addMonths, contentClock, isOlderThan, newsroomDate } from '@/lib/content/publication';

const fixtures = path.join(__dirname, '../fixtures/content/site');
/** The content clock pinned as `KAISETSU_NOW=<now>` pins it. */
const clock = (now: string) => contentClock({ NODE_ENV: 'test', KAISETSU_NOW: now });

describe('addMonths', () => {
  it.each([
    ['2025-12-02', 12, '2026-12-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-15', 0, '2026-05-15'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('newsroomDate', () => {
  it('is the calendar date in Japan, which starts nine hours before UTC midnight', () => {
    expect(newsroomDate(new Date('2026-12-01T14:59:59Z'))).toBe('2026-12-01');
    expect(newsroomDate(new Date('2026-12-01T15:00:00Z'))).toBe('2026-12-02');
  });
});

describe('isOlderThan', () => {
  it('turns true at the start of the anniversary in Japan, not before', () => {
        expect(isOlderThan('2025-12-02', 12, clock('2026-12-01T23:59:59+09:00'))).toBe(false);
    expect(isOlderThan('2025-12-02', 12, clock('2026-12-02T00:00+09:00'))).toBe(true);
    expect(isOlderThan('2025-12-02', 12, clock('2030-01-01'))).toBe(true);
    expect(isOlderThan('2026-12-02', 12, clock('2026-12-02'))).toBe(false);
  });
});

describe('the loader', () => {
  // harbor-ferry-return: ja published 2026-11-15, en 2026-11-16.
  const load = (now: string, oldAfterMonths?: number) =>
    loadContent({
      contentDir: fixtures,
      includeDrafts: false,
      now: clock(now),
      ...(oldAfterMonths === undefined ? {} : { oldAfterMonths }),
    }).explainers.filter((explainer) => explainer.slug === 'harbor-ferry-return');
  const oldness = (now: string, oldAfterMonths?: number) =>
    Object.fromEntries(load(now, oldAfterMonths).map((explainer) => [explainer.locale, explainer.old ?? false]));

  it(`marks an explainer old from ${OLD_AFTER_MONTHS} months after its publication date, per edition`, () => {
    expect(OLD_AFTER_MONTHS).toBe(12);
    expect(oldness('2027-11-14T23:59+09:00')).toEqual({ ja: false, en: false });
    expect(oldness('2027-11-15')).toEqual({ ja: true, en: false });
    expect(oldness('2027-11-16')).toEqual({ ja: true, en: true });
  });

  it('takes another age when told', () => {
    expect(oldness('2027-05-15', 6)).toEqual({ ja: true, en: false });
    expect(oldness('2027-05-15')).toEqual({ ja: false, en: false });
  });
});
