// The importer's line rules one by one: what looks like a heading, the Q&A after it, the marked
// lines, the source line's parts, and line numbers across blank lines.
import { describe, expect, it } from 'vitest';
import { kindOf, parseSourceLine, readLines } from '@/lib/editor-tools/old-format/lines';
import { looksLikeHeading } from '@/lib/editor-tools/old-format/page-body';
import { importText } from './support/imported-draft';

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
