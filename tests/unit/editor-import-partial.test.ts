// `npm run import` on exports with parts missing: still a draft that passes the content check, with
// placeholders and notes; an empty file is refused.
import { describe, expect, it } from 'vitest';
import { TO_FILL } from '@/lib/editor-tools/draft';
import { EmptyInputError } from '@/lib/editor-tools/old-format/import';
import { check, importText } from './support/imported-draft';

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
