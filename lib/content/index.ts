// The content API of the site. Reads and validates content/ once per process; any content error
// stops the render (and so `next build`) with the same list `npm run check:content` prints.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { ContentError, hasErrors } from './issues';
import { loadContent } from './load';
import type { Explainer, ExplainerPage } from './types';

export { getPageNeighbours } from './pager';
export type { ContentIssue, Explainer, ExplainerPage, PageNeighbours } from './types';

interface ContentIndex {
  all: readonly Explainer[];
  byLocale: ReadonlyMap<Locale, readonly Explainer[]>;
  byKey: ReadonlyMap<string, Explainer>;
}

let memo: ContentIndex | undefined;

function key(locale: Locale, slug: string): string {
  return `${locale}/${slug}`;
}

function content(): ContentIndex {
  if (memo) return memo;
  // `next dev` shows drafts; `next build` and `next start` run with NODE_ENV=production and do not.
  const loaded = loadContent({ includeDrafts: process.env.NODE_ENV !== 'production' });
  // Not memoised on failure, so that a dev server picks up the editor's fix on the next request.
  if (hasErrors(loaded.issues)) throw new ContentError(loaded.issues);
  const all = loaded.explainers.map(deepFreeze);
  const byLocale = new Map<Locale, Explainer[]>();
  const byKey = new Map<string, Explainer>();
  for (const explainer of all) {
    byLocale.set(explainer.locale, [...(byLocale.get(explainer.locale) ?? []), explainer]);
    byKey.set(key(explainer.locale, explainer.slug), explainer);
  }
  memo = { all, byLocale, byKey };
  return memo;
}

// The same objects serve every render of the process; freezing turns an accidental mutation in a
// component into an error instead of a change that leaks into other pages.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Explainers of one locale, newest first (by published date, then slug). */
export function listExplainers(locale: Locale): Explainer[] {
  return [...(content().byLocale.get(locale) ?? [])];
}

export function getExplainer(locale: Locale, slug: string): Explainer | undefined {
  return content().byKey.get(key(locale, slug));
}

/** One page (1-based) of an explainer, or undefined when the explainer or the page does not exist. */
export function getExplainerPage(
  locale: Locale,
  slug: string,
  pageNumber: number,
): { explainer: Explainer; page: ExplainerPage } | undefined {
  const explainer = getExplainer(locale, slug);
  const page = Number.isInteger(pageNumber) ? explainer?.pages[pageNumber - 1] : undefined;
  return explainer && page ? { explainer, page } : undefined;
}

/** Every visible explainer in every locale (sitemaps, static params), newest first. */
export function getAllExplainers(): Explainer[] {
  return [...content().all];
}
