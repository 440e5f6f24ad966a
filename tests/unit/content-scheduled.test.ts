// Scheduled publishing (lib/content/publication.ts): what `published:` may say, the injectable
// clock, and what the content layer hands the production build and `npm run dev` at a fixed moment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content/checks/issues';
import { loadContent, type LoadOptions } from '@/lib/content/load';
import { contentClock, readPublication } from '@/lib/content/publication';
import { BASE, changed, FILE, issuesOf } from './support/one-explainer';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** One published explainer (`live`) and one whose `published:` line is `published` (`later`). */
function tree(published: string, draft = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-scheduled-'));
  dirs.push(dir);
  const write = (slug: string, text: string) => {
    fs.mkdirSync(path.join(dir, 'explainers', slug), { recursive: true });
    fs.writeFileSync(path.join(dir, 'explainers', slug, 'ja.md'), text);
  };
  write('live', BASE);
  write('later', changed('draft: false', `draft: ${draft}`, changed('published: 2026-11-20', `published: ${published}`)));
  return dir;
}

function load(dir: string, now: string, options: Partial<LoadOptions> = {}) {
  return loadContent({ contentDir: dir, baseDir: dir, includeDrafts: false, now: new Date(now), ...options });
}

const slugs = (loaded: ReturnType<typeof load>) => loaded.explainers.map((explainer) => explainer.slug);

describe('readPublication', () => {
  it('reads a bare date as the start of that day in Japan', () => {
    expect(readPublication('2026-12-10')).toEqual({ date: '2026-12-10', at: '2026-12-09T15:00:00.000Z', timed: false });
  });
  it('reads a time without a zone as Japan time, and honours a zone when given', () => {
    expect(readPublication('2026-12-10T07:00')).toMatchObject({ date: '2026-12-10', at: '2026-12-09T22:00:00.000Z', timed: true });
    expect(readPublication('2026-12-10 07:00:30')).toMatchObject({ at: '2026-12-09T22:00:30.000Z' });
    expect(readPublication('2026-12-10T07:00Z')).toMatchObject({ at: '2026-12-10T07:00:00.000Z' });
    expect(readPublication('2026-12-10T07:00-05:00')).toMatchObject({ date: '2026-12-10', at: '2026-12-10T12:00:00.000Z' });
  });
  it('refuses other shapes, impossible times and zones', () => {
    expect(readPublication('2026/12/10')).toBe('shape');
    expect(readPublication('2026-12-10T7:00')).toBe('shape');
    expect(readPublication('2026-12-10T24:00')).toBe('time');
    expect(readPublication('2026-12-10T07:60')).toBe('time');
    expect(readPublication('2026-12-10T07:00+15:00')).toBe('zone');
  });
});

/** An environment with only KAISETSU_NOW (or nothing) set. */
const env = (now?: string) => (now === undefined ? {} : { KAISETSU_NOW: now }) as NodeJS.ProcessEnv;

describe('contentClock', () => {
  it('is KAISETSU_NOW when set, in the same forms as published:', () => {
    expect(contentClock(env('2026-12-10')).toISOString()).toBe('2026-12-09T15:00:00.000Z');
    expect(contentClock(env('2026-12-10T07:00:00Z')).toISOString()).toBe('2026-12-10T07:00:00.000Z');
  });
  it('is the machine clock otherwise', () => {
    const before = Date.now();
    const now = contentClock(env()).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
  it('refuses a value it cannot read instead of falling back to the machine clock', () => {
    expect(() => contentClock(env('tomorrow'))).toThrow(/KAISETSU_NOW="tomorrow"/);
  });
});

describe('a scheduled explainer', () => {
  it('is left out of the production content until its day begins in Japan', () => {
    const dir = tree('2026-12-10');
    expect(slugs(load(dir, '2026-12-09T14:59:59Z'))).toEqual(['live']);
    expect(slugs(load(dir, '2026-12-09T15:00:00Z'))).toEqual(['later', 'live']);
  });

  it('goes online at the time (and zone) the editor wrote', () => {
    const japan = tree('2026-12-10T07:00');
    expect(slugs(load(japan, '2026-12-09T21:59:00Z'))).toEqual(['live']);
    expect(slugs(load(japan, '2026-12-09T22:00:00Z'))).toEqual(['later', 'live']);
    const utc = tree('2026-12-10T07:00Z');
    expect(slugs(load(utc, '2026-12-10T06:59:59Z'))).toEqual(['live']);
    expect(slugs(load(utc, '2026-12-10T07:00:00Z'))).toEqual(['later', 'live']);
  });

  it('keeps its written date for pages and feeds, and its moment in publishAt', () => {
    const [later] = load(tree('2026-12-10T07:00'), '2027-01-01T00:00:00Z').explainers;
    expect(later).toMatchObject({ slug: 'later', published: '2026-12-10', publishAt: '2026-12-09T22:00:00.000Z' });
    expect(later).not.toHaveProperty('scheduled');
  });

  it('is shown where drafts are (npm run dev), marked scheduled', () => {
    const loaded = load(tree('2026-12-10T07:00'), '2026-12-01T00:00:00Z', { includeDrafts: true });
    expect(loaded.explainers.find((explainer) => explainer.slug === 'later')).toMatchObject({ scheduled: true });
    expect(loaded.explainers.find((explainer) => explainer.slug === 'live')).not.toHaveProperty('scheduled');
  });

  it('is listed by the checker as information at its published: line, and counted', () => {
    const loaded = load(tree('2026-12-10T07:00'), '2026-12-01T00:00:00Z');
    expect(loaded.issues.filter((issue) => issue.severity === 'info').map(formatIssue)).toEqual([
      'explainers/later/ja.md:8:12  info: scheduled to go online with the first build on or after 2026-12-10 07:00 (Japan time)  ' +
        '(until then the production build, feeds, sitemap and search leave it out; npm run dev shows it)',
    ]);
    expect(loaded.stats).toMatchObject({ files: 2, published: 1, scheduled: 1, drafts: 0 });
  });

  it('is not listed once its moment has passed, nor when it is a draft', () => {
    const info = (loaded: ReturnType<typeof load>) => loaded.issues.filter((issue) => issue.severity === 'info');
    expect(info(load(tree('2026-12-10'), '2026-12-10T00:00:00+09:00'))).toEqual([]);
    const draft = load(tree('2026-12-10', true), '2026-12-01T00:00:00Z');
    expect(info(draft)).toEqual([]);
    expect(draft.stats).toMatchObject({ published: 1, scheduled: 0, drafts: 1 });
  });
});

describe('published: messages', () => {
  const withPublished = (value: string) => issuesOf({ [FILE]: changed('published: 2026-11-20', `published: ${value}`) });

  it('accepts a date with a time and a zone', () => {
    expect(withPublished('"2026-11-20T07:00+09:00"')).toEqual([]);
    expect(withPublished('2026-11-20 07:00')).toEqual([]);
  });
  it('reports a time of day that does not exist', () => {
    expect(withPublished('2026-11-20T25:00')).toEqual([`${FILE}:8:12  "published": 2026-11-20T25:00 is not a real time of day (hours 00–23, minutes 00–59)`]);
  });
  it('reports a zone that does not exist', () => {
    expect(withPublished('2026-11-20T07:00+19:00')).toEqual([`${FILE}:8:12  "published": 2026-11-20T07:00+19:00 has a zone that does not exist (write +09:00 for Japan, Z for UTC)`]);
  });
  it('reports a day that does not exist, with a time too', () => {
    expect(withPublished('2026-02-30T07:00')).toEqual([`${FILE}:8:12  "published": 2026-02-30T07:00 is not a real date (February 2026 has 28 days)`]);
  });
  it('compares updated: with the date part of a timed published:', () => {
    expect(issuesOf({ [FILE]: changed('published: 2026-11-20', 'published: 2026-11-20T18:00\nupdated: 2026-11-20') })).toEqual([]);
    expect(issuesOf({ [FILE]: changed('published: 2026-11-20', 'published: 2026-11-20T18:00\nupdated: 2026-11-19') })).toEqual([
      `${FILE}:9:10  "updated": 2026-11-19 is before the publication date 2026-11-20`,
    ]);
  });
});
