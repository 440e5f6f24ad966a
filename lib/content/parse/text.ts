// Text helpers over our own typed data (never over Markdown source).
import type { ExplainerPage, Inline, Prose, SectionBlock } from '../types';

// Characters between which a line break in the source must not become a space: the CSS Text 3
// "segment break transformation" rule for East Asian wide characters, which browsers do not apply
// yet, so a Japanese sentence wrapped in the editor would show a stray space in the page.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u30fc]/u;

function isWide(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

function firstChar(text: string | undefined): string | undefined {
  const code = text?.codePointAt(0);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

function lastChar(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // Step back over a surrogate pair so that rare kanji outside the BMP still count as wide.
  const code = text.length > 1 ? text.codePointAt(text.length - 2) : undefined;
  return code !== undefined && code > 0xffff ? String.fromCodePoint(code) : text.at(-1);
}

type TextNode = Extract<Inline, { type: 'text' }>;

function collectText(inlines: Inline[], into: TextNode[]): TextNode[] {
  for (const inline of inlines) {
    if (inline.type === 'text') into.push(inline);
    else if (inline.type !== 'break' && inline.type !== 'ruby') collectText(inline.children, into);
  }
  return into;
}

/**
 * Replaces the soft line breaks of a paragraph (mutating its text nodes): nothing between two wide
 * characters, one space otherwise. Looks across node boundaries (`本文\n**強調**`).
 */
export function joinSoftBreaks(inlines: Inline[]): void {
  const texts = collectText(inlines, []);
  texts.forEach((node, index) => {
    if (!node.value.includes('\n')) return;
    const lines = node.value.split('\n');
    let result = lines[0] ?? '';
    for (let i = 1; i < lines.length; i++) {
      const left = result.trimEnd();
      const right = (lines[i] ?? '').trimStart();
      const before = left.length > 0 ? lastChar(left) : lastChar(texts[index - 1]?.value);
      const next = right.length > 0 ? firstChar(right) : firstChar(texts[index + 1]?.value);
      result = left + (isWide(before) && isWide(next) ? '' : ' ') + right;
    }
    node.value = result;
  });
}

/** The text of inline content without its markup. */
export function inlineText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.type === 'text') text += inline.value;
    else if (inline.type === 'break') text += '\n';
    else if (inline.type === 'ruby') text += inline.base;
    else text += inlineText(inline.children);
  }
  return text;
}

/** Non-whitespace characters (code points): what a reader reads, for the reading time. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const char of text) {
    if (char.trim() !== '') count++;
  }
  return count;
}

function proseText(prose: Prose): string {
  switch (prose.type) {
    case 'paragraph':
      return inlineText(prose.children);
    case 'list':
      return prose.items.map(inlineText).join('\n');
    case 'quote':
      return prose.children.map(inlineText).join('\n');
  }
}

function blockText(block: SectionBlock): string {
  switch (block.type) {
    case 'source':
      return block.points.map(inlineText).join('\n');
    case 'timeline':
      return block.entries.map((entry) => inlineText(entry.children)).join('\n');
    case 'commentary':
    case 'voice':
    case 'known':
    case 'unknown':
    case 'view':
      return block.children.map(proseText).join('\n');
    default:
      return proseText(block);
  }
}

/**
 * Reader-visible characters of an explainer: title, lead, key points, and on every page its title,
 * opener, headings, Q&A, prose, source points, commentary and readers' voices. Teasers repeat the
 * next page and source names, image credits and alt texts are labels, so they are not counted.
 */
export function countReaderCharacters(head: { title: string; lead: string; keyPoints: readonly string[] }, pages: readonly ExplainerPage[]): number {
  let count = countCharacters(head.title) + countCharacters(head.lead);
  for (const point of head.keyPoints) count += countCharacters(point);
  for (const page of pages) {
    count += countCharacters(page.title);
    for (const prose of page.intro) count += countCharacters(proseText(prose));
    for (const section of page.sections) {
      count += countCharacters(section.heading);
      if (section.qa) count += countCharacters(section.qa.question) + countCharacters(inlineText(section.qa.answer));
      for (const block of section.blocks) count += countCharacters(blockText(block));
    }
  }
  return count;
}
