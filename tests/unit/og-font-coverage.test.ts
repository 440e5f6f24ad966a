import { beforeAll, describe, expect, it } from 'vitest';
import { missingGlyphs } from '@/lib/og/glyph-check';
import { copyOgAssets } from '@/lib/og/copy-assets';

beforeAll(() => {
  copyOgAssets();
});

describe('missingGlyphs', () => {
  it('accepts the variant kanji that editors use in names', () => {
    // 𠮷 (U+20BB7, outside the BMP) is in Noto Sans JP too.
    expect(missingGlyphs('剝 頰 噓 髙 﨑 蔣 鷗 𠮷野家 葛󠄀飾')).toEqual([]);
  });

  it('finds characters the font lacks, each once, in order', () => {
    expect(missingGlyphs('䴘と한국語、Łódź、한')).toEqual(['䴘', '한', '국', 'Ł', 'ź']);
  });

  it('counts emoji as covered when a Twemoji graphic ships, and not otherwise', () => {
    expect(missingGlyphs('💡✅👍🏽🇯🇵1️⃣#️⃣👩‍👩‍👧‼️ ©2024 ☺')).toEqual([]);
    // Emoji 15.1 and 16.0 came after Twemoji 15.0.
    expect(missingGlyphs('不死鳥🐦‍🔥と🫩')).toEqual(['🐦‍🔥', '🫩']);
  });

  // Speed is measured in `npm run bench:og`, never asserted in a test (machines are noisy).
  it('reports each missing character once, in order of first appearance, however long the text', () => {
    const text = '日銀が追加利上げ䴘を決めた。円安は止まるのか？ Prices rise 💡 한 '.repeat(50);
    expect(missingGlyphs(text)).toEqual(['䴘', '한']);
  });
});
