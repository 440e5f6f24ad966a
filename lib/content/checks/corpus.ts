// What every check is handed: the whole corpus, parsed. A check is a plain function from it to
// issues; the list the loader runs is checks/index.ts.
import type { Locale } from '@/i18n/locales';
import type { ParsedExplainerFile } from '../parse/explainer-file';
import type { ParsedTopicsFile } from '../parse/topics-file';
import type { ContentIssue } from '../types';

export interface CorpusFolder {
  slug: string;
  path: string;
  slugIsValid: boolean;
  files: ReadonlyMap<Locale, ParsedExplainerFile>;
  images: ReadonlyMap<string, { path: string }>;
}

export interface Corpus {
  folders: readonly CorpusFolder[];
  /** content/topics.yaml; without it (test fixtures, benchmark corpora) topics are not checked against a list. */
  topics?: ParsedTopicsFile;
}

export type ContentValidator = (corpus: Corpus) => ContentIssue[];
