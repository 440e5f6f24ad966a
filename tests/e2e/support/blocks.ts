import type { Locator, Page } from '@playwright/test';
import { locales, type Locale } from '@/i18n/locales';
import { pageHasReadings, pageTerms } from '@/lib/content/query/glossary';
import { inlineText } from '@/lib/content/parse/text';
import type { Explainer, ExplainerPage, GlossaryEntry, SectionBlock } from '@/lib/content/types';
import { publishedExplainers } from './finding';
import { test } from './fixtures';
import { translator } from './messages';
import { waitForHydration } from './site';

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

export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The block tests need ${what}`);
  return value;
}

/** An element's text as written, without the readings ruby adds over its words. */
export function textWithoutReadings(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const reading of copy.querySelectorAll('rt, rp')) reading.remove();
    return copy.textContent ?? '';
  });
}

/** Opens a page; with scripts on, waits until React has hydrated it. */
export async function openPage(page: Page, path: string, scripts: boolean) {
  await page.goto(path);
  if (scripts) await waitForHydration(page);
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/**
 * Declares the tests `define` gives once per edition, within a "with JavaScript" and a "without
 * JavaScript" group: every block must work, or read as well without its script, in both editions.
 */
export function withAndWithoutScripts(define: (edition: { scripts: boolean; locale: Locale; t: ReturnType<typeof translator>; explainer: Explainer }) => void): void {
  for (const scripts of [true, false]) {
    test.describe(scripts ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled: scripts });
      for (const locale of locales) define({ scripts, locale, t: translator(locale), explainer: blocksExplainer(locale) });
    });
  }
}
