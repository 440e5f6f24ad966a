'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import type { PagerProps } from './pager-props';
import { turnTarget } from './turn-target';

// Set when the pager itself turns the page, so that the next page moves focus and scroll to the
// article top; a reader arriving from elsewhere keeps the browser's own focus and scroll.
let turnedByPager = false;
// The page a key press is turning to while that turn is under way (components/pager/turn-target.ts).
let turningTo: number | undefined;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/**
 * "Page n of N", previous/next links with the next page's title and teaser, and the contents.
 * Without JavaScript these are plain links; with it, ← → turn pages and the next page is prefetched.
 */
export function ExplainerPager({ current, previous, next, pages, labels }: PagerProps) {
  const router = useRouter();
  // The keyboard hint is only true once this script runs.
  const scripted = useHydrated();

  useEffect(() => {
    // Focus waits for the page the last key press asked for, not a page passed on the way.
    if (turningTo !== undefined && turningTo !== current) return;
    turningTo = undefined;
    if (!turnedByPager) return;
    turnedByPager = false;
    window.scrollTo({ top: 0 });
    document.getElementById('explainer-title')?.focus({ preventScroll: true });
  }, [current]);

  useEffect(() => {
    if (next) router.prefetch(next.href);
  }, [next, router]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTypingTarget(event.target)) return;
      const target = turnTarget(pages, turningTo ?? current, event.key);
      if (!target) return;
      event.preventDefault();
      turningTo = target.number;
      turnedByPager = true;
      router.push(target.href);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [current, pages, router]);

  const markTurn = () => {
    turnedByPager = true;
    turningTo = undefined;
  };

  return (
    <nav aria-label={labels.nav} className="pager">
      <p className="pager__position">{labels.pageOf}</p>
      {next && (
        <Link href={next.href} rel="next" onClick={markTurn} className="pager__next">
          <span className="pager__next-label">
            {labels.next} <span aria-hidden="true">⇒</span>
          </span>
          <span className="pager__next-title">{next.title}</span>
          <span className="pager__next-teaser">{next.teaser}</span>
        </Link>
      )}
      {previous && (
        <Link href={previous.href} rel="prev" onClick={markTurn} className="pager__previous">
          <span aria-hidden="true">⇐</span> {labels.previous}: {previous.title}
        </Link>
      )}
      <h2 className="pager__contents-heading">{labels.contents}</h2>
      <ol className="pager__contents">
        {pages.map((page) =>
          page.number === current ? (
            <li key={page.number}>
              <span aria-current="page" className="pager__contents-current">
                {page.number}. {page.title}
                <span className="sr-only"> ({labels.current})</span>
              </span>
            </li>
          ) : (
            <li key={page.number}>
              <Link href={page.href} onClick={markTurn}>
                {page.number}. {page.title}
              </Link>
            </li>
          ),
        )}
      </ol>
      {scripted && <p className="pager__hint">{labels.keyboardHint}</p>}
    </nav>
  );
}
