import type { Locale } from '@/i18n/locales';
import { pageHasReadings, pageTerms } from '@/lib/content/query/glossary';
import { inlineText } from '@/lib/content/parse/text';
import type { Explainer, ExplainerPage, GlossaryEntry, SectionBlock } from '@/lib/content/types';
import { publishedExplainers } from './finding';

// The explainer blocks of issue 14 (glossary terms, readings, timeline, known/unknown, other
// views, updates) as the content says a page holds them, so that the browser tests find them in
// whatever content the build was made from: the fixture's harbor-ferry-return for `build:e2e`, the
// real explainer for the static build.

/** The newest explainer of the edition that marks glossary terms. */
export function blocksExplainer(locale: Locale): Explainer {
  const explainer = publishedExplainers.find((candidate) => candidate.locale === locale && (candidate.glossary?.length ?? 0) > 0);
  if (!explainer) throw new Error(`No published ${locale} explainer marks a :term: the block tests need one`);
  return explainer;
}

/** The terms a reader can open on a page (the first use of each), in reading order. */
export function openableTerms(page: ExplainerPage): { popoverId: string; entry: GlossaryEntry }[] {
  return [...pageTerms(page)].flatMap((term) => (term.first && term.entry && term.popoverId ? [{ popoverId: term.popoverId, entry: term.entry }] : []));
}

export function blocksOf<T extends SectionBlock['type']>(page: ExplainerPage, type: T): Extract<SectionBlock, { type: T }>[] {
  return page.sections.flatMap((section) => section.blocks.filter((block): block is Extract<SectionBlock, { type: T }> => block.type === type));
}

/** The first page holding a block of `type`, or undefined. */
export function pageWithBlock(explainer: Explainer, type: SectionBlock['type']): ExplainerPage | undefined {
  return explainer.pages.find((page) => blocksOf(page, type).length > 0);
}

export function pageWithReadings(explainer: Explainer): ExplainerPage | undefined {
  return explainer.pages.find(pageHasReadings);
}

/** The text of the list items of a known/unknown/view block's lists and paragraphs, without markup. */
export function proseTexts(block: Extract<SectionBlock, { type: 'known' | 'unknown' | 'view' }>): string[] {
  return block.children.flatMap((prose) =>
    prose.type === 'paragraph' ? [inlineText(prose.children)] : prose.type === 'list' ? prose.items.map(inlineText) : prose.children.map(inlineText),
  );
}

export { inlineText };
