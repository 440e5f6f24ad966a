// Which page an arrow key turns to. A turn takes a moment (the next page's payload is fetched and
// rendered), and until it has rendered the pager still shows the page it left; counting from the
// page already being turned to, not from the one on screen, makes → → land two pages on (or on
// the last page) instead of asking for the same page twice.
import type { PagerPageLink } from './pager-props';

export function turnTarget(pages: readonly PagerPageLink[], from: number, key: string): PagerPageLink | undefined {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return undefined;
  return pages.find((page) => page.number === from + step);
}
