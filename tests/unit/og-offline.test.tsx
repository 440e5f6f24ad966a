// next/og fetches emoji and fallback fonts from CDNs for anything our fonts lack. Here the first
// render in a fresh module graph (cold: fonts, yoga and resvg all loaded now) runs with the
// network gone; `data:` URLs stay readable because satori loads its own wasm from one.
import { PNG } from 'pngjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderExplainerOgImage } from '@/components/og/og-image';
import { copyOgAssets } from '@/lib/og/copy-assets';

beforeAll(() => {
  copyOgAssets();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OG rendering offline', () => {
  it('renders emoji, rare kanji and uncovered characters without touching the network', async () => {
    const realFetch = globalThis.fetch;
    const networkCalls: string[] = [];
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      networkCalls.push(url);
      throw new TypeError(`network unavailable: ${url}`);
    });

    const response = await renderExplainerOgImage({
      locale: 'ja',
      siteName: 'Kaisetsu',
      explainerTitle: '円安✅ 𠮷野家と髙島屋 🇯🇵 1️⃣ 👩‍👩‍👧 ©2024',
      pageTitle: '絵文字👍🏽と한국語と䴘',
      pageNumber: 1,
      pageCount: 3,
      text: '物価は上がり、賃金は追いつかない‼️ 剝 頰 噓 﨑 蔣 鷗 Łódź 🫩',
      textKind: 'keyPoint',
    });
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));

    expect(networkCalls).toEqual([]);
    expect([png.width, png.height]).toEqual([1200, 630]);
  });
});
