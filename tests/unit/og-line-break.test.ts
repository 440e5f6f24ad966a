import { describe, expect, it } from 'vitest';
import { applyKinsoku, layoutLines, splitPhrases } from '@/lib/og/line-break';

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
/** One unit per grapheme: widths become character counts, so expectations are easy to read. */
const countGraphemes = (text: string): number => [...graphemes.segment(text)].length;

const noLineStart = Array.from('、。，．・：；？！?!)）」』】〕ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ');
const noLineEnd = Array.from('（「『【〔');

const japanese = [
  '日銀が追加利上げを決めた。円安は止まるのか？',
  '「なぜ今？」政府の説明と、専門家の見方（前編）',
  '北朝鮮・ロシア・中国の接近は何を意味するのか',
  '制裁と戦争が、それぞれの国に「相手を必要とする理由」を与えた。',
  'マイナス金利やイールドカーブ・コントロール（長短金利操作）の撤廃を決めた。',
  'iPhone 16 の発売日は 9月20日、予約は13日から',
  // Spaces split before BudouX does, so these leave punctuation alone unless kinsoku moves it.
  '本当に ？ それは … 困った 「 賃金 」 の話 。',
];

/** Offsets in `text` at which one phrase ends and the next begins. */
function phraseBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>();
  let offset = 0;
  for (const phrase of splitPhrases(text)) {
    offset += phrase.length;
    boundaries.add(offset);
  }
  return boundaries;
}

describe('splitPhrases', () => {
  it('splits Japanese into BudouX phrases that rebuild the text', () => {
    for (const text of japanese) {
      const phrases = splitPhrases(text);
      expect(phrases.join('')).toBe(text);
      expect(phrases.length).toBeGreaterThan(2);
    }
    expect(splitPhrases('北朝鮮・ロシア・中国の接近は何を意味するのか')).toContain('意味するのか');
  });

  it('never starts a phrase with closing punctuation or ends one with an opening bracket', () => {
    for (const text of japanese) {
      splitPhrases(text).forEach((phrase, index) => {
        if (index > 0) expect(noLineStart).not.toContain(phrase[0]);
        expect(noLineEnd).not.toContain(phrase.at(-1));
      });
    }
  });

  it('splits Latin text at spaces, keeping the space with the word before', () => {
    expect(splitPhrases('  What happened next  ')).toEqual(['What ', 'happened ', 'next']);
  });
});

describe('applyKinsoku', () => {
  it('moves closing punctuation back and opening brackets forward', () => {
    expect(applyKinsoku(['円安は', '、', '「止まる', '」のか', '（', '前編）'])).toEqual(['円安は、', '「止まる」', 'のか', '（前編）']);
    expect(applyKinsoku(['円安は「', '止まる」'])).toEqual(['円安は', '「止まる」']);
  });

  it('treats an emoji-style ‼️ like ‼', () => {
    expect(applyKinsoku(['本当', '‼️'])).toEqual(['本当‼️']);
  });
});

describe('layoutLines', () => {
  it('breaks only at phrase boundaries and never between kinsoku pairs, at any width', () => {
    for (const text of japanese) {
      const boundaries = phraseBoundaries(text);
      const longestPhrase = Math.max(...splitPhrases(text).map(countGraphemes));
      for (let maxWidth = longestPhrase; maxWidth <= 30; maxWidth += 1) {
        const { lines, truncated } = layoutLines(text, { maxWidth, maxLines: 20, measure: countGraphemes, ellipsis: '…' });
        expect(truncated).toBe(false);
        let offset = 0;
        for (const [index, line] of lines.entries()) {
          expect(countGraphemes(line)).toBeLessThanOrEqual(maxWidth);
          expect(noLineStart).not.toContain(line[0]);
          expect(noLineEnd).not.toContain(line.at(-1));
          // Lines rebuild the text; every break falls on a phrase boundary.
          const at = text.indexOf(line.trimStart(), offset);
          expect(at).toBeGreaterThanOrEqual(offset);
          if (index > 0) expect(boundaries.has(at)).toBe(true);
          offset = at + line.length;
        }
        expect(offset).toBe(text.trimEnd().length);
      }
    }
  });

  it('keeps whole phrases together on a concrete headline', () => {
    const { lines } = layoutLines('北朝鮮・ロシア・中国の接近は何を意味するのか', {
      maxWidth: 15,
      maxLines: 3,
      measure: countGraphemes,
      ellipsis: '…',
    });
    expect(lines).toEqual(['北朝鮮・ロシア・中国の接近は', '何を意味するのか']);
  });

  it('balances a headline over the same number of lines', () => {
    const options = { maxWidth: 16, maxLines: 3, measure: countGraphemes, ellipsis: '…' };
    const text = '北朝鮮・ロシア・中国の接近は何を意味するのか';
    const balanced = layoutLines(text, { ...options, balance: true }).lines;
    expect(balanced).toEqual(['北朝鮮・ロシア・中国の', '接近は何を意味するのか']);
  });

  it('clamps to maxLines with an ellipsis that fits, dropping a dangling comma', () => {
    const text = '日銀が追加利上げを決めた。円安は、止まるのか？ 物価と賃金の行方を、専門家の見方とともに考える';
    const { lines, truncated } = layoutLines(text, { maxWidth: 12, maxLines: 2, measure: countGraphemes, ellipsis: '…' });
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    const last = lines[1] ?? '';
    expect(last.endsWith('…')).toBe(true);
    expect(last).not.toMatch(/[、。]…$/u);
    expect(countGraphemes(last)).toBeLessThanOrEqual(12);
  });

  it('ends a clamped Latin line on a whole word', () => {
    const { lines } = layoutLines('The yen keeps falling against the dollar', {
      maxWidth: 18,
      maxLines: 1,
      measure: (text) => text.length,
      ellipsis: '...',
    });
    expect(lines).toEqual(['The yen keeps...']);
  });

  it('breaks a phrase wider than the line between characters, still obeying kinsoku', () => {
    const text = '東京都知事選挙候補者公約比較一覧表。';
    const { lines } = layoutLines(text, { maxWidth: 5, maxLines: 10, measure: countGraphemes, ellipsis: '…' });
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(countGraphemes(line)).toBeLessThanOrEqual(5);
      expect(noLineStart).not.toContain(line[0]);
    }
    expect(lines.at(-1)?.endsWith('表。')).toBe(true);
  });
});
