// The browser side of search: loads the Pagefind index that scripts/build-search-index.ts wrote
// (lib/search/build-index.ts) on the reader's first search, and turns its results into plain data
// for the search form (components/search/search-box.tsx). Runs only in the browser.

export interface SearchHit {
  url: string;
  title: string;
  page: string;
  excerpt: { text: string; marked: boolean }[];
}

/** The part of Pagefind's browser API used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

/** Where the index is served: public/pagefind for `next start`, out/pagefind in the static build. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

function isPagefind(value: unknown): value is Pagefind {
  return (
    typeof value === 'object' &&
    value !== null &&
    'search' in value &&
    typeof value.search === 'function' &&
    'options' in value &&
    typeof value.options === 'function'
  );
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on the first search: nothing of it is fetched until the reader searches. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL).then(async (module: unknown) => {
    if (!isPagefind(module)) throw new Error('pagefind.js has an unexpected shape');
    // No web worker: the site's Content-Security-Policy allows none (worker-src 'none'), and the
    // index is small enough for the main thread.
    await module.options({ noWorker: true });
    return module;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Pagefind's excerpt is HTML with <mark> around matches. It is read with an inert DOMParser
 * document (no scripts, no loads) and rendered as text and <mark> elements: never as HTML.
 */
function excerptParts(html: string): SearchHit['excerpt'] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }));
}

function toHit(data: unknown): SearchHit | undefined {
  if (typeof data !== 'object' || data === null || !('url' in data) || typeof data.url !== 'string') return undefined;
  const meta = 'meta' in data && typeof data.meta === 'object' && data.meta !== null ? data.meta : {};
  return {
    url: data.url,
    title: 'title' in meta ? text(meta.title) : '',
    page: 'page' in meta ? text(meta.page) : '',
    excerpt: excerptParts('excerpt' in data ? text(data.excerpt) : ''),
  };
}

/** The first results of `query`, read as plain data. Throws when the index cannot be loaded. */
export async function searchPagefind(query: string): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query);
  const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
  return data.flatMap((each) => toHit(each) ?? []);
}
