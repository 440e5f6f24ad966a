// The shape of a draft explainer as the editors' tools build it, before it becomes Markdown.
// Every text is plain (no Markdown): draft-markdown.ts escapes it, so whatever the editor or an old
// export wrote is shown as written and can never turn into a heading, a list or a block.

/** Marks every text an editor still has to write or check (owned by the content layer, which refuses it when published). */
export { TO_FILL, PLACEHOLDER_SOURCE_URL, SAMPLE_CORRECTION } from '@/lib/content/config';

/**
 * A topic name that passes the topic rule and is obviously not a real topic. The content layer owns
 * it: the checker accepts it in drafts only (lib/content/checks/validators.ts, `topicReferences`).
 */
export { PLACEHOLDER_TOPIC } from '@/lib/content/config';

import { isWrittenAsTag } from '@/lib/content/checks/safety-validators';
import type { Explainer } from '@/lib/content/types';


/**
 * Why a text cannot be written as a paragraph (or list item) of an explainer, if it cannot. The
 * content check refuses a paragraph whose text begins with `::` (a mistyped block marker) or `|`
 * (a table), looking at the text itself, so escaping does not help: such a line can only be
 * reported to the editor. Mirrors lib/content/parse/prose.ts; validate-draft.ts catches any drift.
 * Text written like an HTML tag (`<b>`) is refused in the body even when escaped
 * (lib/content/checks/safety-validators.ts), so it is reported too.
 */
export function paragraphTextProblem(text: string): string | undefined {
  if (text.startsWith('::')) return 'the content format cannot start a paragraph with "::" (it is read as a mistyped block)';
  if (text.startsWith('|')) return 'the content format cannot start a paragraph with "|" (it is read as a table)';
  if (isWrittenAsTag(text)) return 'the content format refuses text written like an HTML tag ("<" before a letter, "/", "!" or "?")';
  return undefined;
}

/** The front matter fields of a published explainer, as a draft fills them in. */
export type DraftFrontMatter = Pick<
  Explainer,
  'title' | 'lead' | 'keyPoints' | 'published' | 'updated' | 'topics' | 'author' | 'draft' | 'corrections'
>;

export type DraftFieldName = keyof DraftFrontMatter;

export type DraftBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'source'; name: string; url: string; points: string[] }
  | { type: 'commentary'; paragraphs: string[] }
  | { type: 'voice'; paragraphs: string[] };

export interface DraftSection {
  heading: string;
  qa?: { question: string; answer: string };
  blocks: DraftBlock[];
}

export interface DraftPage {
  title: string;
  teaser: string;
  /** Paragraphs between the page line and the first heading. */
  opener: string[];
  sections: DraftSection[];
}

export interface DraftExplainer {
  frontMatter: DraftFrontMatter;
  /** YAML comments written above fields, to guide the editor (one or more lines each). */
  fieldComments?: Partial<Record<DraftFieldName, string>>;
  /** A YAML comment at the top of the front matter. */
  headerComment?: string;
  /** Written as a comment after the last field: optional fields and blocks, commented out, to copy in. */
  closingComment?: string;
  pages: DraftPage[];
}
