// `npm run import` on a complete page of the old site's plain-text export: every line placed, the
// front matter and pages built from them, the guesses noted, and the draft read back as imported.
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_TOPIC, TO_FILL } from '@/lib/editor-tools/draft';
import { check, expectEveryLineAccountedFor, fixtureLines, fixtureText, importText, outline, TODAY } from './support/imported-draft';

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
