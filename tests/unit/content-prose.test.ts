// Prose checked like code (lib/content/checks/prose/): one fixture per message in
// tests/fixtures/content/prose/explainers/<name>/, each a valid explainer whose line 16 (the first
// section's paragraph) carries the one thing its rule reports; two fixtures that must pass (every
// register read as it should); and the explainer published today, which must give nothing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProse, lintProse } from '@/lib/content/checks/prose';
import { proseDocuments } from '@/lib/content/checks/prose/documents';
import type { ContentIssue } from '@/lib/content/types';

const fixtures = path.join(__dirname, '../fixtures/content/prose');
const TIMEOUT = 120_000;

let found: ContentIssue[] = [];
beforeAll(async () => {
  found = await checkProse({ contentDir: fixtures, baseDir: path.join(fixtures, 'explainers') });
}, TIMEOUT);

const of = (fixture: string) =>
  found.filter((issue) => issue.path.startsWith(`${fixture}/`)).map((issue) => `${issue.path}:${issue.line}:${issue.column} ${issue.severity} ${/\[([^\]]+)\]$/.exec(issue.message)?.[1]}`);

describe('the prose check, one fixture per message', () => {
  it.each([
    ['house-names', 'ja.md:16:1 error house-names'],
    ['house-names-in-term', 'ja.md:16:11 error house-names'],
    // A name split by a mark is read as readers read it: 金正恩総書記, 習近平主席.
    ['house-names-split-by-term', 'ja.md:16:7 error house-names'],
    ['house-names-split-by-ruby', 'ja.md:16:7 error house-names'],
    // The exception covers its own words: the same sentence after it is still reported.
    ['allow', 'ja.md:16:86 warning ja/max-ten'],
    ['allow-unused', 'ja.md:16:1 warning undefined'],
    ['house-words', 'ja.md:16:5 warning house-words'],
    ['sentence-length', 'ja.md:16:1 warning ja/sentence-length'],
    ['max-ten', 'ja.md:16:22 warning ja/max-ten'],
    ['max-kanji-continuous-len', 'ja.md:16:1 warning ja/max-kanji-continuous-len'],
    ['no-doubled-conjunction', 'ja.md:16:15 warning ja/no-doubled-conjunction'],
    ['no-doubled-conjunctive-particle-ga', 'ja.md:16:8 warning ja/no-doubled-conjunctive-particle-ga'],
    ['no-double-negative-ja', 'ja.md:16:12 warning ja/no-double-negative-ja'],
    ['no-doubled-joshi', 'ja.md:16:10 warning ja/no-doubled-joshi'],
    ['no-dropping-the-ra', 'ja.md:16:13 warning ja/no-dropping-the-ra'],
    ['ja-no-abusage', 'ja.md:16:6 warning ja/ja-no-abusage'],
    ['ja-no-redundant-expression', 'ja.md:16:9 warning ja/ja-no-redundant-expression'],
    ['ja-no-mixed-period', 'ja.md:16:8 warning ja/ja-no-mixed-period'],
    ['no-exclamation-question-mark', 'ja.md:16:9 warning ja/no-exclamation-question-mark'],
    ['headline-question-mark', 'ja.md:18:9 warning ja/no-exclamation-question-mark'],
    ['no-mix-dearu-desumasu', 'ja.md:16:19 warning ja/no-mix-dearu-desumasu'],
    ['no-mix-dearu-desumasu-points', 'ja.md:19:8 warning ja/no-mix-dearu-desumasu'],
    ['no-hankaku-kana', 'ja.md:16:1 warning ja/no-hankaku-kana'],
    ['no-nfd', 'ja.md:16:2 warning ja/no-nfd'],
    ['ja-unnatural-alphabet', 'ja.md:16:6 warning ja/ja-unnatural-alphabet'],
    ['no-unmatched-pair', 'ja.md:16:2 warning ja/no-unmatched-pair'],
    ['ja-no-successive-word', 'ja.md:16:4 warning ja/ja-no-successive-word'],
    ['ja-no-space-between-full-width', 'ja.md:16:4 warning ja/ja-no-space-between-full-width'],
    ['ja-space-between-half-and-full-width', 'ja.md:16:8 warning ja/ja-space-between-half-and-full-width'],
    ['ja-nakaguro-or-halfwidth-space-between-katakana', 'ja.md:16:3 warning ja/ja-nakaguro-or-halfwidth-space-between-katakana'],
    ['en-house-names', 'en.md:16:1 error house-names'],
    ['en-house-words', 'en.md:16:9 warning house-words'],
    ['common-misspellings', 'en.md:16:11 warning en/common-misspellings'],
    ['write-good-illusion', 'en.md:16:19 warning en/write-good'],
    ['write-good-so', 'en.md:16:1 warning en/write-good'],
    ['write-good-cliche', 'en.md:16:22 warning en/write-good'],
    ['en-max-word-count', 'en.md:16:1 warning en/en-max-word-count'],
  ])('%s', (fixture, expected) => {
    expect(of(fixture)).toEqual([`${fixture}/${expected}`]);
  });

  it('a space inside brackets is reported on each side', () => {
    expect(of('ja-no-space-around-parentheses')).toEqual([
      'ja-no-space-around-parentheses/ja.md:16:4 warning ja/ja-no-space-around-parentheses',
      'ja-no-space-around-parentheses/ja.md:16:8 warning ja/ja-no-space-around-parentheses',
    ]);
  });

  it('reads each register as it is written: Q&A, です・ます body, だ・である cards and timeline, dialect voice, quotations', () => {
    expect(of('registers-pass')).toEqual([]);
    expect(of('en-registers-pass')).toEqual([]);
  });

  it('every fixture folder gives a message, except the two that must pass', () => {
    const reported = new Set(found.map((issue) => issue.path.split('/')[0]));
    const folders = fs.readdirSync(path.join(fixtures, 'explainers'));
    expect(folders.filter((folder) => !reported.has(folder)).sort()).toEqual(['en-registers-pass', 'registers-pass']);
    expect(folders).toHaveLength(41);
  });

  it('an exception naming no rule is an error, and does not silence the warning', () => {
    expect(of('allow-unknown-rule')).toEqual([
      'allow-unknown-rule/ja.md:16:29 warning ja/max-ten',
      'allow-unknown-rule/ja.md:16:1 error undefined',
    ]);
    const issue = found.find((item) => item.path.startsWith('allow-unknown-rule/') && item.severity === 'error');
    expect(issue?.message).toBe(':allow names "ja/max-tenn", which is not a rule of the prose check');
    expect(issue?.hint).toContain('did you mean ja/max-ten?');
    const unused = found.find((item) => item.path.startsWith('allow-unused/'));
    expect(unused?.message).toBe(':allow for ja/max-ten is not needed: the rule reports nothing in these words');
  });

  it('says the rule and a hint in words, on one line', () => {
    const issue = found.find((item) => item.path.startsWith('house-names/'));
    expect(issue?.message).toBe('金正恩委員長 => 金正恩氏 [house-names]');
    expect(issue?.hint).toContain('content/style/names.yml');
    expect(found.every((item) => !item.message.includes('\n'))).toBe(true);
  });
});

describe('the documents textlint reads', () => {
  const text = [
    '---',
    'title: 見出し？',
    'lead: 要約です。',
    'keyPoints: [一つ目だ。, 二つ目だ。, 三つ目だ。]',
    'published: 2026-11-20',
    'topics: [testing]',
    '---',
    '',
    '::page{title="一ページ目" teaser="次へ。"}',
    '',
    '## 節',
    '',
    ':::source{name="新聞" url="https://www.example.jp/a"}',
    '- :term[金正恩]{id="kim-jong-un"}氏が訪れた。',
    ':::',
  ].join('\n');

  it('holds only what readers read, at its true offsets, sorted into registers', () => {
    const prose = proseDocuments({ text, locate: () => ({ line: 1, column: 1 }) });
    const documents = prose.documents;
    const raws = (register: string) => {
      const out: string[] = [];
      const walk = (node: { type: string; raw: string; children?: unknown[] }) => {
        if (node.type === 'Str') out.push(node.raw);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      const document = documents.get(register as never);
      if (document) walk(document);
      return out;
    };
    expect(raws('headline')).toEqual(['一ページ目', '次へ。', '節']);
    // The mark's syntax is cut: the name and what follows it are one text, as readers read it.
    expect(raws('points')).toEqual(['金正恩氏が訪れた。']);
    expect(raws('body')).toEqual([]);
    const point = documents.get('points')?.children?.[0]?.children?.[0]?.children?.[0]?.children?.[0];
    expect(point?.type).toBe('Str');
    expect(prose.text.slice(point?.range[0], point?.range[1])).toBe('金正恩氏が訪れた。');
    // …and every offset of it maps back to the file: 金 inside the mark, 氏 after it.
    const start = point?.range[0] ?? 0;
    expect(text[prose.toFile(start)]).toBe('金');
    expect(text.slice(prose.toFile(start + 3), prose.toFile(start + 3) + 2)).toBe('氏が');
    expect(text.slice(prose.toFile(start), prose.toFile(start) + 3)).toBe('金正恩');
  });

  it('a house dictionary that does not load is an error, not a crash', async () => {
    const issues = await lintProse({ path: 'x/ja.md', locale: 'ja', text, locate: () => ({ line: 1, column: 1 }) }, path.join(__dirname, '../fixtures/content/prose-broken-dictionary'));
    expect(issues.map((issue) => `${issue.severity} ${issue.message.slice(0, 29)}`)).toEqual(['error the prose check could not run']);
  });
});

describe('the explainer published today', () => {
  it('has no prose warning', async () => {
    expect(await checkProse({ contentDir: path.join(__dirname, '../../content') })).toEqual([]);
  }, TIMEOUT);
});
