// The badges as drawn (components/og/badges.tsx): the year on ink and the update on yellow in the
// header row, between the mark and the page marker, with the title, page title and band exactly
// where they are on a card without badges; the page marker's bar gives way when they need the room.
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutExplainerImage } from '@/components/og/explainer-image';
import { ogColors, ogPaddingX } from '@/components/og/og-theme';
import { renderExplainerOgImage } from '@/components/og/og-image';
import { wordmarkWidth } from '@/components/og/wordmark';
import type { ExplainerOgImageProps } from '@/lib/og/cards';
import { copyOgAssets } from '@/lib/og/copy-assets';

beforeAll(() => {
  copyOgAssets();
});

const longJa: ExplainerOgImageProps = {
  locale: 'ja',
  siteName: 'Kaisetsu',
  explainerTitle:
    '日本銀行が17年ぶりにマイナス金利政策を解除し、追加利上げの時期を探る中で、円安と物価高は家計と企業にどのような影響を与え、私たちの暮らしはこれからどう変わっていくのか',
  pageTitle: '円安と物価高は家計と企業にどのような影響を与え、私たちの暮らしはどう変わるのか',
  pageNumber: 2,
  pageCount: 3,
  text: '制裁と戦争が、それぞれの国に「相手を必要とする理由」を与えた。制裁と戦争が、それぞれの国に「相手を必要とする理由」を与えた。',
  textKind: 'teaser',
};
const longEn: ExplainerOgImageProps = {
  ...longJa,
  locale: 'en',
  explainerTitle: 'What the North Korea–Russia–China alignment means for the region and for the rest of the world, in three pages',
  pageTitle: 'Why the three countries are drawing closer now, and what each of them wants from the others',
  text: 'Sanctions and war gave each country a reason to need the others, and each of them has said so in public more than once.',
};
const badged = {
  ja: { yearBadge: '2024年', updatedBadge: '更新 2026年12月31日' },
  en: { yearBadge: '2024', updatedBadge: 'Updated September 30, 2026' },
} as const;

async function png(props: ExplainerOgImageProps): Promise<PNG> {
  return PNG.sync.read(Buffer.from(await (await renderExplainerOgImage(props)).arrayBuffer()));
}

const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
const ink = hex(ogColors.ink);
const yellow = hex(ogColors.points);
const grey = hex(ogColors.rule);

function pixel(image: PNG, x: number, y: number): number[] {
  const at = (y * image.width + x) * 4;
  return [...image.data.subarray(at, at + 3)];
}

/** Runs of one colour along row `y` from `x0` to `x1`, shorter runs (edges, glyphs) left out. */
function runs(image: PNG, y: number, x0: number, x1: number, minLength = 4): { colour: string; length: number }[] {
  const found: { colour: string; length: number }[] = [];
  let colour = '';
  let length = 0;
  for (let x = x0; x <= x1; x += 1) {
    const here = pixel(image, x, y).join(',');
    if (here === colour) length += 1;
    else {
      if (length >= minLength) found.push({ colour, length });
      colour = here;
      length = 1;
    }
  }
  if (length >= minLength) found.push({ colour, length });
  return found;
}

/** The header row's middle (under the 10 px top band and 38 px of padding, 60 px high). */
const headerMiddle = 78;
/** Everything below the header row: the title, the page title and the band. */
const belowHeader = 112;

describe('the badges on the card', () => {
  it.each([
    ['ja', longJa],
    ['en', longEn],
  ] as const)('%s, long titles: year on ink, then the update on yellow, right of the mark', async (locale, base) => {
    const props = { ...base, ...badged[locale] };
    const layout = layoutExplainerImage(props);
    expect(layout.badges?.fontSize).toBeGreaterThanOrEqual(30);
    const image = await png(props);
    // Above the text, inside the boxes: a row that crosses both badges but no glyph.
    const y = headerMiddle - Math.round(0.62 * (layout.badges?.fontSize ?? 0));
    const start = ogPaddingX + Math.ceil(wordmarkWidth({ siteName: props.siteName, size: 60 }));
    const colours = runs(image, y, start, 1128).map((run) => run.colour);
    const year = colours.indexOf(ink.join(','));
    const update = colours.indexOf(yellow.join(','));
    expect(year).toBeGreaterThan(-1);
    expect(update).toBeGreaterThan(year);
  });

  it.each([
    ['ja', longJa],
    ['en', longEn],
  ] as const)('%s: the title, page title and band are exactly where they are without badges', async (locale, base) => {
    const plain = await png(base);
    const withBadges = await png({ ...base, ...badged[locale] });
    const rowBytes = plain.width * 4;
    const below = (image: PNG) => image.data.subarray(belowHeader * rowBytes);
    expect(Buffer.compare(below(plain), below(withBadges))).toBe(0);
    // The header itself did change: the badges are there.
    expect(Buffer.compare(plain.data.subarray(0, belowHeader * rowBytes), withBadges.data.subarray(0, belowHeader * rowBytes))).not.toBe(0);
  });

  it('a year alone on a card that was never updated', async () => {
    const props = { ...longJa, yearBadge: '2024年' };
    const image = await png(props);
    const y = headerMiddle - Math.round(0.62 * (layoutExplainerImage(props).badges?.fontSize ?? 0));
    const colours = runs(image, y, ogPaddingX + 200, 1128).map((run) => run.colour);
    expect(colours).toContain(ink.join(','));
    expect(colours).not.toContain(yellow.join(','));
  });

  it('the page marker drops its bar when the badges need the room, and keeps the numbers', async () => {
    const eight = { ...longEn, pageCount: 8, ...badged.en };
    expect(layoutExplainerImage(eight).markerBar).toBe(false);
    expect(layoutExplainerImage({ ...longEn, pageCount: 8 }).markerBar).toBe(true);
    expect(layoutExplainerImage({ ...longJa, ...badged.ja }).markerBar).toBe(true);
    const hasBar = (image: PNG) => runs(image, headerMiddle, 600, 1128).some((run) => run.colour === grey.join(','));
    expect(hasBar(await png({ ...longEn, pageCount: 8 }))).toBe(true);
    expect(hasBar(await png(eight))).toBe(false);
  });

  it('refuses a badge the font cannot draw and badges too wide for the header, never cutting a date', async () => {
    await expect(renderExplainerOgImage({ ...longJa, updatedBadge: '更新 한국' })).rejects.toThrow(/cannot draw the badge "更新 한국"/);
    await expect(renderExplainerOgImage({ ...longEn, updatedBadge: `Updated ${'very '.repeat(20)}late` })).rejects.toThrow(
      /do not fit the \d+ px left in the card's header/,
    );
  });
});
