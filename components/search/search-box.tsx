'use client';

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';

export interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  unavailable: string;
  resultCount: string;
  noResults: string;
}

interface Hit {
  url: string;
  title: string;
  page: string;
  excerpt: { text: string; marked: boolean }[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; hits: Hit[] }
  | { kind: 'unavailable' };

/** The part of Pagefind's browser API used here (pagefind.js, written by scripts/build-search-index.ts). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

/** Where the index is served: public/pagefind for `next start`, out/pagefind in the static build. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;
const TYPING_PAUSE_MS = 250;

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
function excerptParts(html: string): Hit['excerpt'] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }));
}

function toHit(data: unknown): Hit | undefined {
  if (typeof data !== 'object' || data === null || !('url' in data) || typeof data.url !== 'string') return undefined;
  const meta = 'meta' in data && typeof data.meta === 'object' && data.meta !== null ? data.meta : {};
  return {
    url: data.url,
    title: 'title' in meta ? text(meta.title) : '',
    page: 'page' in meta ? text(meta.page) : '',
    excerpt: excerptParts('excerpt' in data ? text(data.excerpt) : ''),
  };
}

async function runSearch(query: string): Promise<Hit[]> {
  const pagefind = await loadPagefind();
  const found = await pagefind.search(query);
  const data = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
  return data.flatMap((each) => toHit(each) ?? []);
}

/**
 * The search form and its results. The form is rendered only once hydrated; until then (and for
 * good without JavaScript) `children` is shown instead: the server's note that search needs
 * JavaScript, rather than a form that could not work. (Not a <noscript>: browsers that have
 * JavaScript switched off per site, and test browsers, do not always render it.) The query is
 * kept in `?q=` so that a search can be linked and survives a reload.
 */
export function SearchBox({ labels, children }: { labels: SearchLabels; children: ReactNode }) {
  const scripted = useHydrated();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const search = useCallback((value: string) => {
    clearTimeout(timer.current);
    const term = value.trim();
    const url = new URL(window.location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    const id = ++latest.current;
    if (!term) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching' });
    runSearch(term).then(
      (hits) => {
        if (id === latest.current) setState({ kind: 'done', hits });
      },
      () => {
        if (id === latest.current) setState({ kind: 'unavailable' });
      },
    );
  }, []);

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    if (!initial) return;
    // Syncing the form with the address once on load (an external system), then searching it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(initial);
    search(initial);
  }, [search]);

  useEffect(() => () => clearTimeout(timer.current), []);

  if (!scripted) return <div className="search">{children}</div>;

  const status =
    state.kind === 'searching'
      ? labels.loading
      : state.kind === 'unavailable'
        ? labels.unavailable
        : state.kind === 'done'
          ? state.hits.length === 0
            ? labels.noResults
            : `${labels.resultCount}: ${state.hits.length}`
          : '';

  return (
    <div className="search">
      <form
        role="search"
        className="search__form"
        onSubmit={(event) => {
          // Searching happens here; the page never submits anywhere (CSP form-action 'none').
          event.preventDefault();
          search(query);
        }}
      >
        <label htmlFor="search-query" className="search__label">
          {labels.label}
        </label>
        <div className="search__row">
          <input
            id="search-query"
            type="search"
            name="q"
            value={query}
            placeholder={labels.placeholder}
            autoComplete="off"
            enterKeyHint="search"
            className="search__input"
            onChange={(event) => {
              const value = event.target.value;
              setQuery(value);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => search(value), TYPING_PAUSE_MS);
            }}
          />
          <button type="submit" className="search__submit">
            {labels.submit}
          </button>
        </div>
      </form>
      <p role="status" className="search__status">
        {status}
      </p>
      {state.kind === 'done' && state.hits.length > 0 && (
        <ol className="search-results">
          {state.hits.map((hit) => (
            <li key={hit.url} className="search-results__item">
              <a href={hit.url} className="search-results__link">
                {hit.title || hit.url}
              </a>
              {hit.page && <p className="search-results__page">{hit.page}</p>}
              <p className="search-results__excerpt">
                {hit.excerpt.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
