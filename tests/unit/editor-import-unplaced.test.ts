// `npm run import` on exports with lines it cannot place (each reported with its line number and
// why, none dropped) and with text that means something in Markdown (written so that the site
// shows it exactly as exported).
import { describe, expect, it } from 'vitest';
import { formatReport, formatUnplaced } from '@/lib/editor-tools/old-format/report';
import { check, expectEveryLineAccountedFor, fixtureLines, fixtureText, importText, outline, TODAY } from './support/imported-draft';

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
