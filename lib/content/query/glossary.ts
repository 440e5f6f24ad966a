// Walks over the inline text of a page: the term marks in reading order, and whether it shows
// readings. Pure functions over the typed data, usable by the checks and the components alike.
import type { ExplainerPage, Inline, Prose } from '../types';

type TermInline = Extract<Inline, { type: 'term' }>;

function* inlineLists(page: ExplainerPage): Generator<Inline[]> {
  for (const prose of page.intro) yield* proseLists(prose);
  for (const section of page.sections) {
    if (section.qa) yield section.qa.answer;
    for (const block of section.blocks) {
      if (block.type === 'source') yield* block.points;
      else if (block.type === 'timeline') for (const entry of block.entries) yield entry.children;
      else if (block.type === 'paragraph' || block.type === 'list' || block.type === 'quote') yield* proseLists(block);
      else for (const prose of block.children) yield* proseLists(prose);
    }
  }
}

function* proseLists(prose: Prose): Generator<Inline[]> {
  if (prose.type === 'paragraph') yield prose.children;
  else yield* prose.type === 'list' ? prose.items : prose.children;
}

/** Every term mark of a page, in reading order. */
export function* pageTerms(page: ExplainerPage): Generator<TermInline> {
  const walk = function* (inlines: Inline[]): Generator<TermInline> {
    for (const inline of inlines) {
      if (inline.type === 'term') yield inline;
      else if (inline.type !== 'text' && inline.type !== 'break' && inline.type !== 'ruby') yield* walk(inline.children);
    }
  };
  for (const list of inlineLists(page)) yield* walk(list);
}

/** Whether a page shows readings (ruby) in the given locale: only the Japanese edition has them. */
export function pageHasReadings(page: ExplainerPage): boolean {
  const walk = (inlines: Inline[]): boolean =>
    inlines.some((inline) =>
      inline.type === 'ruby' ? true : inline.type === 'term' ? inline.entry?.reading !== undefined || walk(inline.children) : inline.type !== 'text' && inline.type !== 'break' && walk(inline.children),
    );
  for (const list of inlineLists(page)) if (walk(list)) return true;
  return false;
}
