// components/pager/turn-target.ts: arrow keys counted from the page being turned to.
import { describe, expect, it } from 'vitest';
import { turnTarget } from '@/components/pager/turn-target';

const pages = [1, 2, 3].map((number) => ({ number, title: `Title ${number}`, href: `/ja/explainers/x${number === 1 ? '' : `/${number}`}` }));

describe('turnTarget', () => {
  it('turns one page on or back from the given page', () => {
    expect(turnTarget(pages, 1, 'ArrowRight')?.number).toBe(2);
    expect(turnTarget(pages, 2, 'ArrowLeft')?.href).toBe('/ja/explainers/x');
  });

  it('counts a second → from the page still being turned to, and stops at either end', () => {
    const first = turnTarget(pages, 1, 'ArrowRight');
    expect(turnTarget(pages, first?.number ?? 1, 'ArrowRight')?.number).toBe(3);
    expect(turnTarget(pages, 3, 'ArrowRight')).toBeUndefined();
    expect(turnTarget(pages, 1, 'ArrowLeft')).toBeUndefined();
  });

  it('ignores every other key', () => {
    expect(turnTarget(pages, 2, 'ArrowUp')).toBeUndefined();
    expect(turnTarget(pages, 2, 'Enter')).toBeUndefined();
  });
});
