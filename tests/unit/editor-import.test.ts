// `npm run import`: the old site's plain-text export → a draft. Fixtures in
// tests/fixtures/import/ are short made-up stories in the shape of the reference export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import type { Explainer, ExplainerPage, Inline, Prose } from '@/lib/content/types';
import { PLACEHOLDER_TOPIC, TO_FILL, type DraftBlock, type DraftPage } from '@/lib/editor-tools/draft';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { EmptyInputError, importOldFormat, type ImportResult } from '@/lib/editor-tools/old-format/import';
import { looksLikeHeading } from '@/lib/editor-tools/old-format/page-body';
import { kindOf, parseSourceLine, readLines } from '@/lib/editor-tools/old-format/lines';
import { formatReport, formatUnplaced } from '@/lib/editor-tools/old-format/report';
import { writeNewExplainer } from '@/lib/editor-tools/write-explainer';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const TODAY = '2026-05-14';

function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

function fixtureLines(name: string): string[] {
  return fixtureText(name).split('\n');
}

function importText(text: string): ImportResult {
  return importOldFormat(text, { today: TODAY, inputName: 'fixture.txt' });
}

let contentDir: string;
beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-import-'));
  fs.mkdirSync(path.join(contentDir, 'explainers'));
});
afterEach(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});

/** Writes the draft into a fresh content folder and runs the real content check over it. */
function check(result: ImportResult, slug = 'imported'): { loaded: LoadedContent; explainer: Explainer | undefined } {
  writeNewExplainer({ contentDir, slug, markdown: draftToMarkdown(result.draft) });
  const loaded = loadContent({ contentDir, baseDir: contentDir, includeDrafts: true });
  return { loaded, explainer: loaded.explainers.find((each) => each.slug === slug) };
}

/** Inline content that must be plain text: anything else means the writer failed to escape. */
function plain(inlines: readonly Inline[]): string {
  for (const inline of inlines) expect(inline.type).toBe('text');
  return inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}

function paragraphText(prose: Prose): string {
  expect(prose.type).toBe('paragraph');
  return prose.type === 'paragraph' ? plain(prose.children) : '';
}

/** A loaded page in the draft's shape, to compare what was written with what the site reads. */
function outline(page: ExplainerPage): DraftPage {
  return {
    title: page.title,
    teaser: page.teaser,
    opener: page.intro.map(paragraphText),
    sections: page.sections.map((section) => ({
      heading: section.heading,
      ...(section.qa ? { qa: { question: section.qa.question, answer: plain(section.qa.answer) } } : {}),
      blocks: section.blocks.map((block): DraftBlock => {
        switch (block.type) {
          case 'source':
            return { type: 'source', name: block.name, url: block.url, points: block.points.map(plain) };
          case 'commentary':
          case 'voice':
            return { type: block.type, paragraphs: block.children.map(paragraphText) };
          case 'paragraph':
          case 'list':
          case 'quote':
            return { type: 'paragraph', text: paragraphText(block) };
          default:
            throw new Error(`the importer never writes a ${block.type} block`);
        }
      }),
    })),
  };
}

/** Every non-blank input line is placed or reported, none silently dropped. */
function expectEveryLineAccountedFor(text: string, result: ImportResult): void {
  const nonBlank = text
    .split('\n')
    .flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
  const accounted = new Set([...result.placements.map((each) => each.line), ...result.unplaced.map((each) => each.line)]);
  expect([...accounted].sort((a, b) => a - b)).toEqual(nonBlank);
}

describe('a complete page in the old format', () => {
  const text = fixtureText('complete-page.txt');
  const lines = fixtureLines('complete-page.txt');
  const line = (number: number) => lines[number - 1]!;
  const result = importText(text);

  it('places every line as the old format means it', () => {
    expect(result.placements.map(({ line: number, part }) => `${number} ${part}`)).toEqual([
      '1 title', '2 lead', '3 key-point', '4 key-point', '5 key-point', '6 opener',
      '7 heading', '8 question', '9 answer', '10 body', '11 body',
      '12 source-point', '13 source-point', '14 source', '14 commentary', '15 commentary',
      '16 heading', '17 question', '18 answer', '19 body',
      '20 source-point', '21 source-point', '22 source', '23 commentary', '24 commentary',
      '26 body', '27 voice', '28 next-page', '29 teaser',
    ]);
    expect(result.unplaced).toEqual([]);
    expectEveryLineAccountedFor(text, result);
  });

  it('fills the front matter: title, lead, three key points, today, a draft', () => {
    expect(result.draft.frontMatter).toEqual({
      title: line(1),
      lead: line(2),
      keyPoints: [line(3), line(4), line(5)].map((point) => point.replace('💡 ', '')),
      published: TODAY,
      topics: [PLACEHOLDER_TOPIC],
      draft: true,
      corrections: [],
    });
  });

  it('builds page 1 from the opener, sections, Q&A, body, source cards, commentary and voice', () => {
    expect(result.draft.pages[0]).toEqual({
      title: line(7),
      teaser: `${TO_FILL}1ページ目を一行で紹介する文`,
      opener: [line(6)],
      sections: [
        {
          heading: line(7),
          qa: { question: line(8), answer: line(9) },
          blocks: [
            { type: 'paragraph', text: line(10) },
            { type: 'paragraph', text: line(11) },
            {
              type: 'source',
              name: '川辺町 公式サイト | 広報かわべ',
              url: 'https://example.jp/kawabe/bus/2027',
              points: [line(12).slice(2), line(13).slice(2)],
            },
            // The address ends where the run-in text begins; the rest of the line starts the commentary.
            { type: 'commentary', paragraphs: ['乗り換えがなくなるのは、お年寄りには何よりの知らせですね。', line(15)] },
          ],
        },
        {
          heading: line(16),
          qa: { question: line(17), answer: line(18) },
          blocks: [
            { type: 'paragraph', text: line(19) },
            { type: 'source', name: 'みなみ新報', url: 'https://example.org/news/article/88120', points: [line(20).slice(2), line(21).slice(2)] },
            // A blank line (25) ends the commentary: line 26 is body again.
            { type: 'commentary', paragraphs: [line(23), line(24)] },
            { type: 'paragraph', text: line(26) },
            { type: 'voice', paragraphs: [line(27)] },
          ],
        },
      ],
    });
  });

  it("makes the next page's teaser page 2's teaser, its first sentence the title, and a placeholder section", () => {
    expect(result.draft.pages[1]).toEqual({
      title: '運賃据え置きの裏側',
      teaser: line(29),
      opener: [],
      sections: [{ heading: `${TO_FILL}2ページ目の見出し`, blocks: [{ type: 'paragraph', text: `${TO_FILL}2ページ目の本文。` }] }],
    });
  });

  it('notes its guesses: the address cut, the commentary extent, the voice, the page titles', () => {
    const messages = result.notes.map((note) => `${note.line ?? '-'} ${note.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^14 the text after the address .*https:\/\/example\.jp\/kawabe\/bus\/2027 \| 乗り換え/),
        expect.stringMatching(/^14 commentary of 2 lines/),
        expect.stringMatching(/^23 commentary of 2 lines/),
        expect.stringMatching(/^27 taken as the reader's voice/),
        expect.stringMatching(/^- page 2's title is the first sentence/),
        expect.stringMatching(/^- page 1's title is its first section heading/),
      ]),
    );
  });

  it('passes the content check, and the site reads back exactly what was imported', () => {
    const { loaded, explainer } = check(result);
    expect(loaded.issues).toEqual([]);
    expect(explainer).toMatchObject({ title: line(1), lead: line(2), draft: true, published: TODAY });
    expect(explainer!.pages.map(outline)).toEqual(result.draft.pages);
  });

  it('reads CRLF and CR line ends and a byte-order mark the same way', () => {
    expect(importText(`\uFEFF${text.replaceAll('\n', '\r\n')}`)).toEqual(result);
    expect(importText(text.replaceAll('\n', '\r'))).toEqual(result);
  });
});

describe('a page with lines that have no place', () => {
  const text = fixtureText('messy-page.txt');
  const lines = fixtureLines('messy-page.txt');
  const result = importText(text);

  it('reports each of them with its line number and why', () => {
    expect(result.unplaced.map((each) => [each.line, each.text])).toEqual(
      [7, 9, 10, 15, 16, 18, 19, 20, 30].map((number) => [number, lines[number - 1]]),
    );
    const reasons = new Map(result.unplaced.map((each) => [each.line, each.reason]));
    expect(reasons.get(7)).toMatch(/fourth 💡 key point/);
    expect(reasons.get(9)).toMatch(/before the first section heading/);
    expect(reasons.get(10)).toMatch(/before the first section heading/);
    expect(reasons.get(15)).toMatch(/💡 key point after the body has begun/);
    expect(reasons.get(16)).toMatch(/without a "さらに読む/);
    expect(reasons.get(18)).toMatch(/"http:\/\/example\.net\/a\/2" is not an https:\/\/ address/);
    expect(reasons.get(19)).toBe(reasons.get(18));
    expect(reasons.get(20)).toMatch(/source line without ✅ points/);
    expect(reasons.get(30)).toMatch(/after the next-page teaser/);
    expectEveryLineAccountedFor(text, result);
  });

  it('places the rest: a nameless source named after its host, the teaser on the label line', () => {
    const parts = new Map(result.placements.map((each) => [each.line, each.part]));
    expect([1, 2, 4, 5, 6, 8, 11, 12, 13, 14, 17, 21, 22, 24, 25, 27, 28].map((number) => parts.get(number))).toEqual([
      'title', 'lead', 'key-point', 'key-point', 'key-point', 'opener', 'heading', 'question', 'answer', 'body',
      'body', 'source-point', 'source', 'commentary', 'commentary', 'body', 'voice',
    ]);
    expect(result.placements.filter((each) => each.line === 29).map((each) => each.part)).toEqual(['next-page', 'teaser']);
    const blocks = result.draft.pages[0]!.sections[0]!.blocks;
    expect(blocks).toContainEqual({ type: 'source', name: 'news.example.com', url: 'https://news.example.com/market/rain', points: ['雨天時は屋根付きの通路を使う。'] });
    expect(result.draft.pages[1]).toMatchObject({ title: '移転で何が変わるのか', teaser: '移転で何が変わるのか。出店者と客の声を聞く。' });
    expect(result.draft.frontMatter.keyPoints).toHaveLength(3);
  });

  it('still produces a draft that passes the content check', () => {
    const { loaded, explainer } = check(result);
    expect(loaded.issues).toEqual([]);
    expect(explainer!.pages.map(outline)).toEqual(result.draft.pages);
  });

  it('prints the unplaced lines as <file>:<line> and lists them in the report', () => {
    const printed = formatUnplaced('messy-page.txt', result);
    expect(printed).toHaveLength(9);
    expect(printed[0]).toBe(`messy-page.txt:7: not placed: ${result.unplaced[0]!.reason}\n    ${lines[6]}`);
    const report = formatReport(result, { inputName: 'messy-page.txt', outputName: 'ja.md', today: TODAY });
    expect(report).toContain('Lines not placed (9)');
    for (const each of result.unplaced) expect(report).toContain(`  line ${each.line}: ${each.text}\n`);
    expect(report).toMatch(/^ {4}30 {2}NOT PLACED$/m);
    expect(report).toMatch(/^ {4}29 {2}next-page link \+ page 2's teaser$/m);
  });
});

describe('text that means something in Markdown', () => {
  const text = fixtureText('special-characters.txt');
  const lines = fixtureLines('special-characters.txt');
  const line = (number: number) => lines[number - 1]!;
  const result = importText(text);

  it('is written so that the site shows it exactly as in the export', () => {
    const { loaded, explainer } = check(result);
    expect(loaded.issues).toEqual([]);
    expect(explainer).toMatchObject({
      title: line(1),
      lead: line(2),
      keyPoints: [line(3), line(4), line(5)].map((point) => point.replace('💡 ', '')),
    });
    expect(explainer!.pages.map(outline)).toEqual(result.draft.pages);
    const [section] = explainer!.pages[0]!.sections;
    expect(section?.heading).toBe(line(7));
    expect(section?.qa?.question).toBe(line(8));
    expect(outline(explainer!.pages[0]!).sections[0]!.blocks).toEqual([
      { type: 'paragraph', text: line(11) },
      { type: 'paragraph', text: line(12) },
      { type: 'source', name: '"名前" {a=b} & <c>', url: 'https://example.com/a?b=1&c=2', points: [line(13).slice(2)] },
      { type: 'commentary', paragraphs: [line(15).trim(), line(16)] },
      { type: 'voice', paragraphs: [line(18)] },
    ]);
    expect(explainer!.pages[1]).toMatchObject({ title: '*二ページ目*の予告', teaser: line(20) });
  });

  it('reports the lines the content format cannot hold as paragraphs (a tag, or starting with :: or |)', () => {
    expect(result.unplaced.map((each) => [each.line, each.reason])).toEqual([
      [6, expect.stringMatching(/written like an HTML tag/)],
      [10, expect.stringMatching(/cannot start a paragraph with "::"/)],
      [17, expect.stringMatching(/cannot start a paragraph with "\|"/)],
    ]);
    expectEveryLineAccountedFor(text, result);
  });
});

describe('exports with parts missing', () => {
  it('still make a draft that passes, with placeholders and notes', () => {
    const text = ['題だけの記事', 'リードの文です。', '本文の一行目です。', '本文の二行目です。'].join('\n');
    const result = importText(text);
    expect(result.unplaced).toEqual([]);
    expect(result.draft.frontMatter.keyPoints.every((point) => point.startsWith(TO_FILL))).toBe(true);
    expect(result.draft.pages[0]!.opener).toEqual(['本文の一行目です。', '本文の二行目です。']);
    expect(result.notes.map((note) => note.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/0 💡 key point/),
        expect.stringMatching(/no section heading recognised/),
        expect.stringMatching(/no teaser after 次のページを読む/),
      ]),
    );
    const { loaded } = check(result);
    expect(loaded.issues).toEqual([]);
  });

  it('number a repeated heading, since each heading is a section link', () => {
    const section = ['同じ見出し', 'これは問い?', '答えです。', '本文です。'];
    const text = ['題', 'リード。', '💡 一。', '💡 二。', '💡 三。', ...section, ...section, '次のページを読む ⇒ 続きの一文。もう一文。'].join('\n');
    const result = importText(text);
    expect(result.draft.pages[0]!.sections.map((each) => each.heading)).toEqual(['同じ見出し', '同じ見出し（2）']);
    expect(result.notes.map((note) => note.message)).toContainEqual(expect.stringMatching(/appears twice/));
    expect(check(result).loaded.issues).toEqual([]);
  });

  it('give a section whose page ends at its Q&A a placeholder paragraph', () => {
    const text = ['題', 'リード。', '💡 一。', '💡 二。', '💡 三。', '短い見出し', 'これは問い?', '答えです。'].join('\n');
    const result = importText(text);
    expect(result.draft.pages[0]!.sections[0]).toMatchObject({ heading: '短い見出し', blocks: [{ type: 'paragraph', text: `${TO_FILL}本文` }] });
    expect(check(result).loaded.issues).toEqual([]);
  });

  it('refuse an empty file', () => {
    expect(() => importText('')).toThrow(EmptyInputError);
    expect(() => importText(' \n\u3000\n\r\n')).toThrow(EmptyInputError);
  });
});

describe('line rules', () => {
  it('tell a heading from a paragraph by length and punctuation', () => {
    expect(looksLikeHeading('循環線の新設:駅と病院を一本で')).toBe(true);
    expect(looksLikeHeading('Route 7 and the station')).toBe(true);
    expect(looksLikeHeading('循環線は新設されます。')).toBe(false);
    expect(looksLikeHeading('循環線は、駅と病院を結ぶ')).toBe(true);
    expect(looksLikeHeading('どこが便利になる？')).toBe(false);
    expect(looksLikeHeading('すごい!')).toBe(false);
    expect(looksLikeHeading('……')).toBe(false);
    expect(looksLikeHeading('あ'.repeat(40))).toBe(true);
    expect(looksLikeHeading('あ'.repeat(41))).toBe(false);
  });

  it('require a question and an answer after a heading', () => {
    const base = ['題', 'リード。', '💡 一。', '💡 二。', '💡 三。'];
    const noQuestion = importText([...base, '見出しらしい行', '問いではない行です。', '答えです。'].join('\n'));
    expect(noQuestion.draft.pages[0]!.opener).toEqual(['見出しらしい行', '問いではない行です。', '答えです。']);
    const withQuestion = importText([...base, '見出しらしい行', '問いですか？', '答えです。', '本文。'].join('\n'));
    expect(withQuestion.draft.pages[0]!.sections[0]?.qa).toEqual({ question: '問いですか？', answer: '答えです。' });
  });

  it('recognise the marked lines', () => {
    expect(kindOf('💡 要点')).toBe('key-point');
    expect(kindOf('✅ 要点')).toBe('source-point');
    expect(kindOf('さらに読む ⇒名前出典/画像元: https://a.example/')).toBe('source');
    expect(kindOf('次のページを読む ⇒')).toBe('next-page');
    expect(kindOf('本文に 💡 がある')).toBe('text');
  });

  it('split a source line into name, address and run-in text', () => {
    expect(parseSourceLine('さらに読む ⇒広報かわべ | 川辺町出典/画像元: https://example.jp/a/1202続きの文。')).toEqual({
      ok: true,
      name: '広報かわべ | 川辺町',
      url: 'https://example.jp/a/1202',
      runIn: '続きの文。',
    });
    expect(parseSourceLine('さらに読む → みなみ新報 出典／画像元：https://example.org/x?y=1')).toEqual({
      ok: true,
      name: 'みなみ新報',
      url: 'https://example.org/x?y=1',
      runIn: '',
    });
    expect(parseSourceLine('さらに読む ⇒名前出典/画像元: http://example.org/')).toEqual({
      ok: false,
      problem: 'the source address "http://example.org/" is not an https:// address',
    });
    expect(parseSourceLine('さらに読む ⇒名前だけ')).toEqual({ ok: false, problem: 'the source line has no address (https://…)' });
  });

  it('keep line numbers across blank lines and note which lines follow a blank', () => {
    expect(readLines('一\n\n  二  \n三')).toEqual([
      { number: 1, text: '一', afterBlank: false },
      { number: 3, text: '二', afterBlank: true },
      { number: 4, text: '三', afterBlank: false },
    ]);
  });
});
