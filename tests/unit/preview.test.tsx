// The editors' preview (npm run dev only): the services' cutting rules, the link-card mock-ups as
// rendered HTML, and the config that keeps the route out of every production build.
import { renderToStaticMarkup } from 'react-dom/server';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { describe, expect, it, vi } from 'vitest';
import { ShareMockup, type MockupWords, type SharedPage } from '@/components/preview/share-mockup';
import { cutText, imageBox, shareServices, type ShareServiceId } from '@/lib/site/share-previews';

const service = (id: ShareServiceId) => shareServices.find((each) => each.id === id)!;

const page: SharedPage = {
  ogTitle: '市立図書館はなぜ駅前に移るの?二〇二七年の移転で利用者にとって何が変わるのかを三つのページで整理し、開館時間と席数、旧館の跡地まで見ていく長い見出し',
  documentTitle: '市立図書館はなぜ駅前に移るの? | 解説',
  description: 'リード文。'.repeat(40),
  image: { url: '/og/opengraph-image/ja-x-1-abc.png', width: 1200, height: 630, alt: 'カードの画像', type: 'image/png' },
  domain: 'kaisetsu.example',
  siteName: '解説',
  label: { name: '読了時間', value: '3分' },
};

const words: MockupWords = {
  titleNote: (shown, length, cut) => `title ${shown}/${length}${cut ? ' cut' : ''}`,
  descriptionNote: (shown, length, cut) => `description ${shown}/${length}${cut ? ' cut' : ''}`,
  noDescription: 'no description',
  imageNote: 'image',
};

const render = (id: ShareServiceId) => renderToStaticMarkup(<ShareMockup service={service(id)} page={page} words={words} />);

describe('cutText', () => {
  it('keeps a text within the limit whole', () => {
    expect(cutText('短い見出し', 70)).toEqual({ shown: '短い見出し', cut: false, length: 5 });
    expect(cutText('何文字でも', undefined)).toMatchObject({ cut: false });
  });
  it('cuts at the limit, the last character replaced by an ellipsis, never inside a surrogate pair', () => {
    expect(cutText('あいうえおかきくけこ', 5)).toEqual({ shown: 'あいうえ…', cut: true, length: 10 });
    expect(cutText('𠮷𠮷𠮷𠮷', 3)).toEqual({ shown: '𠮷𠮷…', cut: true, length: 4 });
    expect(Array.from(cutText('a'.repeat(100), 70).shown)).toHaveLength(70);
  });
});

describe('link-card mock-ups', () => {
  it('covers the six services, each with a rule for the title, the description and the image', () => {
    expect(shareServices.map((each) => each.name)).toEqual(['X', 'Facebook', 'LINE', 'Slack', 'Discord', 'Hatena Bookmark']);
    expect(imageBox(service('x'))).toEqual({ width: 504, height: 252 });
  });
  it('X: the title cut at 70 characters over a 2:1 crop, no description', () => {
    const html = render('x');
    expect(html).toContain(`${Array.from(page.ogTitle).slice(0, 69).join('')}…`);
    expect(html).toContain('object-fit:cover');
    expect(html).toContain('no description');
    expect(html).not.toContain('リード文。リード文。');
    expect(html).toContain('kaisetsu.example');
  });
  it('Facebook and LINE cut the description; Slack scales the image without cropping and shows the reading time', () => {
    expect(render('facebook')).toContain(`description 79/${Array.from(page.description).length} cut`);
    expect(render('line')).toContain('title 39/');
    const slack = render('slack');
    expect(slack).toContain('object-fit:contain');
    expect(slack).toContain('<b>読了時間</b> 3分');
    expect(slack).toContain(`title ${Array.from(page.ogTitle).length}/${Array.from(page.ogTitle).length}`);
  });
  it('Hatena Bookmark reads the document title, with the site name', () => {
    expect(render('hatena')).toContain(page.documentTitle);
    expect(render('facebook')).not.toContain(page.documentTitle);
  });
  it('every image has its alt text and real size', () => {
    for (const each of shareServices) expect(render(each.id)).toContain('alt="カードの画像" width="1200" height="630"');
  });
});

describe('the preview route exists on the development server only', () => {
  async function config(phase: string): Promise<NextConfig> {
    vi.resetModules();
    const { default: make } = await import('@/next.config');
    return make(phase);
  }
  it('takes page.dev.tsx files as routes in next dev, and not in next build or next start', async () => {
    expect((await config(PHASE_DEVELOPMENT_SERVER)).pageExtensions).toContain('dev.tsx');
    for (const phase of [PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER]) {
      expect((await config(phase)).pageExtensions ?? ['tsx', 'ts', 'jsx', 'js']).not.toContain('dev.tsx');
    }
  });
});
