// lib/og/cards.ts: what each page's card shows, and a file name that changes exactly when the
// card's text changes (so social sites re-fetch a changed card and keep an unchanged one).
import { describe, expect, it } from 'vitest';
import type { Explainer, ExplainerPage } from '@/lib/content/types';
import { explainerCardId, explainerCardProps, homeCardId } from '@/lib/og/cards';

function page(number: number): ExplainerPage {
  return { number, title: `ページ${number}の題`, teaser: `ページ${number}の予告`, intro: [], sections: [] };
}

const explainer: Explainer = {
  slug: 'test-story',
  locale: 'ja',
  title: '駅前の図書館はどうなる?',
  lead: 'リード。',
  keyPoints: ['一つ目の要点。', '二つ目。', '三つ目。'],
  published: '2026-11-20',
  publishAt: '2026-11-19T15:00:00.000Z',
  topics: [],
  draft: false,
  corrections: [],
  pages: [page(1), page(2), page(3)],
  translations: ['ja'],
  characterCount: 1000,
  sourcePath: 'content/explainers/test-story/ja.md',
};

describe('explainerCardProps', () => {
  it('shows the first key point on page 1 and the page teaser on later pages, with the page marker', () => {
    expect(explainerCardProps(explainer, page(1), 'Kaisetsu')).toMatchObject({
      explainerTitle: '駅前の図書館はどうなる?',
      pageTitle: 'ページ1の題',
      pageNumber: 1,
      pageCount: 3,
      text: '一つ目の要点。',
      textKind: 'keyPoint',
    });
    expect(explainerCardProps(explainer, page(3), 'Kaisetsu')).toMatchObject({
      pageNumber: 3,
      text: 'ページ3の予告',
      textKind: 'teaser',
    });
  });
});

describe('card ids', () => {
  const props = explainerCardProps(explainer, page(2), 'Kaisetsu');

  it('are stable for the same text, readable, and end in .png', () => {
    const id = explainerCardId('test-story', props);
    expect(id).toBe(explainerCardId('test-story', { ...props }));
    expect(id).toMatch(/^ja-test-story-2-[A-Za-z0-9_-]{16}\.png$/);
  });

  it.each([
    ['explainer title', { explainerTitle: '駅前の図書館はどうなるのか' }],
    ['page title', { pageTitle: '別の題' }],
    ['teaser', { text: '別の予告' }],
    ['page count', { pageCount: 4 }],
    ['site name', { siteName: 'Other' }],
  ])('change when the %s changes', (_what, change) => {
    expect(explainerCardId('test-story', { ...props, ...change })).not.toBe(explainerCardId('test-story', props));
  });

  it('differ between the pages of one explainer and between the two home cards', () => {
    const ids = explainer.pages.map((p) => explainerCardId('test-story', explainerCardProps(explainer, p, 'Kaisetsu')));
    expect(new Set(ids).size).toBe(3);
    const ja = homeCardId({ locale: 'ja', siteName: 'Kaisetsu', tagline: 'ニュースを、数ページでほどく。' });
    const en = homeCardId({ locale: 'en', siteName: 'Kaisetsu', tagline: 'The news, taken apart.' });
    expect(ja).toMatch(/^ja-home-.+\.png$/);
    expect(en).not.toBe(ja);
  });
});
