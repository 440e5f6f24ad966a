// Previous and next page of an explainer page: one pure function, used by the pager.
import type { Explainer, ExplainerPage, PageNeighbours } from '../types';

function neighbour(page: ExplainerPage | undefined) {
  return page && { number: page.number, title: page.title, teaser: page.teaser };
}

/**
 * Pages are numbered 1..N in the editor's order. A number outside that range (or not an integer)
 * has no neighbours: the route answers it with a 404 before any pager is drawn.
 */
export function getPageNeighbours(explainer: Pick<Explainer, 'pages'>, pageNumber: number): PageNeighbours {
  const { pages } = explainer;
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pages.length) return {};
  const previous = neighbour(pages[pageNumber - 2]);
  const next = neighbour(pages[pageNumber]);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
