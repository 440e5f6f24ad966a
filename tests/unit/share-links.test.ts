// lib/site/share-links.ts: each service's share URL carries the page URL (encoded, decoded back
// exactly) and, where the service takes one, the title.
import { describe, expect, it } from 'vitest';
import { shareServices, shareUrl } from '@/lib/site/share-links';

const page = 'https://kaisetsu.example/ja/explainers/north-korea-russia-china/2';
const title = '金正恩氏の訪中：平壌の思惑 | 北朝鮮の中露外交 & "その先"';

describe('shareUrl', () => {
  it('builds the documented share page of each service', () => {
    expect(shareServices).toEqual(['x', 'line', 'facebook', 'hatena']);
    const [x, line, facebook, hatena] = shareServices.map((service) => new URL(shareUrl(service, page, title)));
    expect(`${x?.origin}${x?.pathname}`).toBe('https://x.com/intent/post');
    expect(x?.searchParams.get('url')).toBe(page);
    expect(x?.searchParams.get('text')).toBe(title);
    expect(`${line?.origin}${line?.pathname}`).toBe('https://social-plugins.line.me/lineit/share');
    expect(line?.searchParams.get('url')).toBe(page);
    expect(line?.searchParams.get('text')).toBe(title);
    expect(`${facebook?.origin}${facebook?.pathname}`).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(facebook?.searchParams.get('u')).toBe(page);
    expect([...(facebook?.searchParams.keys() ?? [])]).toEqual(['u']);
    expect(`${hatena?.origin}${hatena?.pathname}`).toBe('https://b.hatena.ne.jp/add');
    expect(Object.fromEntries(hatena?.searchParams ?? [])).toEqual({ mode: 'confirm', url: page, title });
  });

  it('percent-encodes the page URL inside the query, so that its own ? & # cannot leak out', () => {
    const tricky = 'https://kaisetsu.example/ja/search?q=a&b=c#frag';
    for (const service of shareServices) {
      const href = shareUrl(service, tricky, title);
      expect(href).toContain(encodeURIComponent(tricky));
      expect(new URL(href).hash).toBe('');
    }
  });

  it('refuses a path or a non-web URL', () => {
    expect(() => shareUrl('x', '/ja/explainers/x', title)).toThrow();
    expect(() => shareUrl('line', 'javascript:alert(1)', title)).toThrow('Not a web page URL');
  });
});
