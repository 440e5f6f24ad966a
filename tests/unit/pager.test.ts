import { describe, expect, it } from 'vitest';
import { getPageNeighbours } from '@/lib/content/query/pager';
import type { ExplainerPage } from '@/lib/content/types';

function page(number: number): ExplainerPage {
  return { number, title: `Title ${number}`, teaser: `Teaser ${number}`, intro: [], sections: [] };
}

const threePages = { pages: [page(1), page(2), page(3)] };

describe('getPageNeighbours', () => {
  it('gives the first page only a next page, with its teaser', () => {
    expect(getPageNeighbours(threePages, 1)).toEqual({ next: { number: 2, title: 'Title 2', teaser: 'Teaser 2' } });
  });

  it('gives a middle page both neighbours', () => {
    expect(getPageNeighbours(threePages, 2)).toEqual({
      previous: { number: 1, title: 'Title 1', teaser: 'Teaser 1' },
      next: { number: 3, title: 'Title 3', teaser: 'Teaser 3' },
    });
  });

  it('gives the last page only a previous page', () => {
    expect(getPageNeighbours(threePages, 3)).toEqual({ previous: { number: 2, title: 'Title 2', teaser: 'Teaser 2' } });
  });

  it.each([0, 4, -1, 1.5, Number.NaN])('has no neighbours for page %s, which does not exist', (number) => {
    expect(getPageNeighbours(threePages, number)).toEqual({});
  });

  it('has no neighbours on a one-page explainer', () => {
    expect(getPageNeighbours({ pages: [page(1)] }, 1)).toEqual({});
  });

  it('returns plain data only: no sections or intro leak into the pager props', () => {
    const { next } = getPageNeighbours(threePages, 1);
    expect(Object.keys(next ?? {}).sort()).toEqual(['number', 'teaser', 'title']);
  });
});
