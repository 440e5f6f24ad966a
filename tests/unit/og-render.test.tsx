import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutExplainerImage } from '@/components/og/explainer-image';
import { ogContentWidth } from '@/components/og/og-theme';
import { renderExplainerOgImage, renderHomeOgImage } from '@/components/og/og-image';
import { type ExplainerOgImageProps, ogContentType, ogSize } from '@/lib/og/cards';
import { copyOgAssets } from '@/lib/og/copy-assets';
import { createMeasure } from '@/lib/og/text-measure';

beforeAll(() => {
  copyOgAssets();
});

const page1: ExplainerOgImageProps = {
  locale: 'ja',
  siteName: 'Kaisetsu',
  explainerTitle: '北朝鮮・ロシア・中国の接近は何を意味するのか',
  pageTitle: '何が起きたのか',
  pageNumber: 1,
  pageCount: 3,
  text: '北朝鮮とロシアは2024年に相互援助を定めた条約を結び、軍事面での協力を深めている。',
  textKind: 'keyPoint',
};
const page2: ExplainerOgImageProps = {
  ...page1,
  pageTitle: 'なぜ今、3カ国は近づくのか',
  pageNumber: 2,
  text: '制裁と戦争が、それぞれの国に「相手を必要とする理由」を与えた。',
  textKind: 'teaser',
};
const englishPage1: ExplainerOgImageProps = {
  ...page1,
  locale: 'en',
  explainerTitle: 'What the North Korea–Russia–China alignment means',
  pageTitle: 'What happened',
  text: 'North Korea and Russia signed a mutual-assistance treaty in 2024 and have deepened military cooperation.',
};
const veryLongTitle =
  '日本銀行が17年ぶりにマイナス金利政策を解除し、追加利上げの時期を探る中で、円安と物価高は家計と企業にどのような影響を与え、私たちの暮らしはこれからどう変わっていくのか（前編）';

async function decode(response: Response): Promise<{ png: PNG; bytes: number }> {
  expect(response.headers.get('content-type')).toBe(ogContentType);
  const buffer = Buffer.from(await response.arrayBuffer());
  return { png: PNG.sync.read(buffer), bytes: buffer.length };
}

function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const at = (y * png.width + x) * 4;
  return [png.data[at] ?? -1, png.data[at + 1] ?? -1, png.data[at + 2] ?? -1];
}

const accent = [0xa8, 0x32, 0x2a];
const paper = [0xfb, 0xfa, 0xf7];
const band = [0xff, 0xf6, 0xd6];

describe('renderExplainerOgImage', () => {
  it.each([
    ['ja page 1', page1],
    ['ja page 2', page2],
    ['en page 1', englishPage1],
    ['very long title', { ...page2, explainerTitle: veryLongTitle, pageTitle: veryLongTitle, text: veryLongTitle }],
  ])('renders %s as a 1200×630 PNG under 300 KB', async (_name, props) => {
    const { png, bytes } = await decode(await renderExplainerOgImage(props));
    expect([png.width, png.height]).toEqual([ogSize.width, ogSize.height]);
    expect(bytes).toBeLessThan(300 * 1024);
    // Our card, not a blank or an error image: accent stripe on top, paper, key point band below.
    expect(pixel(png, 600, 4)).toEqual(accent);
    expect(pixel(png, 1180, 300)).toEqual(paper);
    expect(pixel(png, 1180, 620)).toEqual(band);
  });

  it('draws different pages differently', async () => {
    const first = Buffer.from(await (await renderExplainerOgImage(page1)).arrayBuffer());
    const second = Buffer.from(await (await renderExplainerOgImage(page2)).arrayBuffer());
    expect(first.equals(second)).toBe(false);
  });

  it('rejects a page number outside the explainer', async () => {
    await expect(renderExplainerOgImage({ ...page1, pageNumber: 4 })).rejects.toThrow(RangeError);
    await expect(renderExplainerOgImage({ ...page1, pageNumber: 0 })).rejects.toThrow(RangeError);
  });
});

describe('layoutExplainerImage', () => {
  it('clamps a very long title to three lines that fit the card, ending in an ellipsis', () => {
    const { title, pageTitle, band: text } = layoutExplainerImage({ ...page1, explainerTitle: veryLongTitle, pageTitle: veryLongTitle });
    expect(title.truncated).toBe(true);
    expect(title.lines).toHaveLength(3);
    expect(title.lines.at(-1)?.endsWith('…')).toBe(true);
    const measure = createMeasure(700, title.fontSize);
    for (const line of title.lines) expect(measure(line)).toBeLessThanOrEqual(ogContentWidth);
    expect(pageTitle.lines).toHaveLength(1);
    expect(text?.text.lines.length).toBeLessThanOrEqual(2);
  });

  it('uses the largest size for a short title and keeps it whole', () => {
    const { title } = layoutExplainerImage(page1);
    expect(title.truncated).toBe(false);
    expect(title.fontSize).toBe(68);
    expect(title.lines.join('')).toBe(page1.explainerTitle);
  });

  it('leaves out the band when there is no text', () => {
    expect(layoutExplainerImage({ ...page1, text: ' ' }).band).toBeUndefined();
  });
});

describe('renderHomeOgImage', () => {
  it.each([
    ['ja', 'ニュースを、数ページでほどく。'],
    ['en', 'The news, taken apart in a few short pages.'],
  ] as const)('renders the %s home card', async (locale, tagline) => {
    const { png, bytes } = await decode(await renderHomeOgImage({ locale, siteName: 'Kaisetsu', tagline }));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(bytes).toBeLessThan(300 * 1024);
    expect(pixel(png, 600, 4)).toEqual(accent);
  });
});
