// The explainer blocks of issue 14 (glossary terms, readings, timeline, known/unknown, other
// views, updates): one fixture folder per checker message under tests/fixtures/content/blocks/,
// and one valid folder whose parsed data is checked field by field.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { readTimelineDate } from '@/lib/content/parse/timeline';
import type { Inline } from '@/lib/content/types';

const BLOCKS = fileURLToPath(new URL('../fixtures/content/blocks/', import.meta.url));
const FILE = 'explainers/test-explainer/ja.md';

function check(name: string) {
  const contentDir = path.join(BLOCKS, name);
  return loadContent({ contentDir, baseDir: contentDir, includeDrafts: true });
}

const lines = (name: string, severity: 'error' | 'warning') =>
  check(name)
    .issues.filter((issue) => issue.severity === severity && !issue.message.startsWith('no English translation'))
    .map((issue) => `${issue.path}:${issue.line}:${issue.column}  ${issue.message}`);

/** Case folder → every error expected, as `path:line:column  message`. */
const errors: Record<string, string[]> = {
  'unknown-term': [`${FILE}:16:1  unknown term "金正日"`],
  'term-defined-twice': [`${FILE}:12:5  term defined twice: "kim-jong-un" is also in glossary.yaml`],
  'glossary-duplicate-key': ['glossary.yaml:8:1  term defined twice'],
  'definition-missing-language': ['glossary.yaml:5:5  the definition of term "kim-jong-un" is missing a language: English'],
  'reading-without-kanji': [`${FILE}:16:1  a reading on "ソウル", a word with no kanji`],
  // The text uses the broken term by name: that use is not also "unknown".
  'glossary-reading-without-kanji': ['glossary.yaml:4:12  a reading on "ソウル", a word with no kanji'],
  'timeline-impossible-date': [`${FILE}:17:1  2024-02-30 is not a real date (February 2024 has 29 days)`],
  'timeline-ambiguous-date': [`${FILE}:17:1  "6/7/2024" is not a date the timeline can read without guessing`],
  'timeline-no-date': [`${FILE}:17:1  the timeline entry has no date`],
  'view-without-source': [`${FILE}:16:1  :::view needs a "source" attribute`, `${FILE}:16:1  :::view needs a "url" attribute`],
  'update-before-published': [`${FILE}:11:11  "date" of update 1: 2026-11-01 is before the publication date 2026-11-20`],
  // An address, not a topic: the same words as for a glossary source or a :::view url.
  'term-source-not-https': [`${FILE}:14:13  "source" of term "local-term": "http://www.sanyonews.jp/article/1620217" is not an https:// address`],
  'glossary-source-not-https': ['glossary.yaml:7:11  "source" of term "seoul": "http://www.sanyonews.jp/article/1620217" is not an https:// address'],
  // At the id itself, and the uses of the broken term are not also "unknown".
  'term-invalid-id': [`${FILE}:11:3  "Local_Term" is not a valid term id`],
  'term-mark-invalid-id': [`${FILE}:20:1  :term id="Local_Term" is not a valid term id`],
  // Reported once, as unknown with "did you mean", not also as a missing definition.
  'glossary-misspelt-field': ['glossary.yaml:4:3  unknown field "defintion" in term "seoul"'],
  // Once, not also as an unknown term made of the words left around the inner mark.
  'term-contains-mark': [`${FILE}:20:1  :term cannot contain another mark`],
  'status-not-developing': [`${FILE}:10:9  "status" can only be developing, not "settled"`],
};

const warnings: Record<string, string[]> = {
  'timeline-out-of-order': [`${FILE}:18:1  the timeline entry 2024-06-19 comes after 2025-09`],
  'developing-without-unknown': [`${FILE}:10:9  the explainer is marked developing but has no :::unknown block`],
};

describe('checker messages of the explainer blocks', () => {
  for (const [name, expected] of Object.entries(errors)) {
    it(`${name}: reports the mistake where it is, with a hint`, () => {
      expect(lines(name, 'error')).toEqual(expected);
      for (const issue of check(name).issues) expect(issue.hint.length).toBeGreaterThan(10);
    });
  }
  for (const [name, expected] of Object.entries(warnings)) {
    it(`${name}: warns without blocking publication`, () => {
      expect(lines(name, 'error')).toEqual([]);
      expect(lines(name, 'warning')).toEqual(expected);
    });
  }
});

describe('the timeline date rules', () => {
  it('reads a year, a month and a day, each with its precision', () => {
    expect(readTimelineDate('2024')).toEqual({ date: '2024', precision: 'year' });
    expect(readTimelineDate('2024-06')).toEqual({ date: '2024-06', precision: 'month' });
    expect(readTimelineDate('2024-02-29')).toEqual({ date: '2024-02-29', precision: 'day' });
  });
  it('refuses impossible and ambiguous dates', () => {
    for (const token of ['2023-02-29', '2024-13', '2024-00', '2024-04-31', '06/07/2024', '2024/6/7', '24-06', '2024-6-7', '2024年6月']) {
      expect(readTimelineDate(token)).toHaveProperty('problem');
    }
  });
});

describe('valid blocks', () => {
  const loaded = check('valid-blocks');
  const [explainer] = loaded.explainers;
  it('loads without a problem', () => {
    expect(loaded.issues.filter((issue) => !issue.message.startsWith('no English translation'))).toEqual([]);
    expect(explainer).toBeDefined();
  });
  it('sorts updates newest first and takes the latest as the modification date', () => {
    expect(explainer?.updates?.map((update) => update.date)).toEqual(['2026-11-25', '2026-11-22']);
    expect(explainer?.updated).toBe('2026-11-25');
    expect(explainer?.status).toBe('developing');
  });
  it('resolves terms by name or id, marks the first use on the page, and lists the entries used', () => {
    const [paragraph] = explainer?.pages[0]?.sections[0]?.blocks ?? [];
    const terms = paragraph?.type === 'paragraph' ? paragraph.children.filter((inline): inline is Extract<Inline, { type: 'term' }> => inline.type === 'term') : [];
    expect(terms.map((term) => [term.id, term.first])).toEqual([
      ['kim-jong-un', true],
      ['local-term', true],
      ['kim-jong-un', false],
    ]);
    expect(terms[0]?.entry).toEqual({ id: 'kim-jong-un', term: '金正恩', reading: 'キム・ジョンウン', definition: '北朝鮮の最高指導者。' });
    expect(explainer?.glossary?.map((entry) => entry.id)).toEqual(['kim-jong-un', 'local-term']);
    const ruby = paragraph?.type === 'paragraph' ? paragraph.children.find((inline) => inline.type === 'ruby') : undefined;
    expect(ruby).toEqual({ type: 'ruby', base: '平壌', reading: 'ピョンヤン' });
  });
  it('reads the timeline, known, unknown and view blocks in order', () => {
    const blocks = explainer?.pages[0]?.sections[0]?.blocks ?? [];
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'timeline', 'known', 'unknown', 'view']);
    const timeline = blocks[1];
    expect(timeline?.type === 'timeline' && timeline.entries.map((entry) => [entry.date, entry.precision])).toEqual([
      ['2018', 'year'],
      ['2024-06', 'month'],
      ['2024-06-19', 'day'],
    ]);
    expect(timeline?.type === 'timeline' && timeline.entries[2]?.children.some((inline) => inline.type === 'link')).toBe(true);
    const view = blocks[4];
    expect(view?.type === 'view' && [view.label, view.source, view.url]).toEqual(['北京から見ると', '例の記事', 'https://www.sanyonews.jp/article/1620217']);
  });
});
