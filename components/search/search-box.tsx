'use client';

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';
import { type SearchHit, searchPagefind } from '@/lib/search/pagefind';

export interface SearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  unavailable: string;
  resultCount: string;
  noResults: string;
}

/** How long typing must pause before the form searches. */
const TYPING_PAUSE_MS = 250;

type State =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; hits: SearchHit[] }
  | { kind: 'unavailable' };

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
    searchPagefind(term).then(
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
