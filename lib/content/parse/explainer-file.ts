// One explainer file (`content/explainers/<slug>/<locale>.md`): bytes → front matter + pages,
// with every problem found in it.
import type { Locale } from '@/i18n/locales';
import type { SourceLink } from './blocks';
import { readBody } from './body';
import type { FrontMatter } from './front-matter-schema';
import { readFrontMatter } from './front-matter';
import type { FieldPath } from './yaml';
import { IssueList, START, type SourcePosition } from '../checks/issues';
import { after, parseMarkdown } from './markdown';
import { decodeSourceText } from './source-text';
import { countReaderCharacters } from './text';
import type { ContentIssue, ExplainerPage } from '../types';

export interface ExplainerFileInput {
  /** Display path, relative to the repository root. */
  path: string;
  slug: string;
  locale: Locale;
  bytes: Uint8Array;
  /** Names of the files in the explainer's images/ folder. */
  images: ReadonlySet<string>;
}

export interface ParsedExplainerFile {
  path: string;
  slug: string;
  locale: Locale;
  /** Present when the front matter is valid. */
  frontMatter?: FrontMatter;
  pages: ExplainerPage[];
  pageStarts: SourcePosition[];
  /** Where the body begins (the line after the front matter). */
  bodyStart: SourcePosition;
  usedImages: Set<string>;
  /** Source cards' addresses with their positions, for checks across cards (the same source twice). */
  sourceLinks: SourceLink[];
  characterCount: number;
  /** Every id and name written under `terms:`, valid or not, so that uses of a broken term are not also "unknown". */
  declaredTerms: Set<string>;
  /** Position of a front-matter field, for checks added later (e.g. characters the OG font lacks). */
  locate(path: FieldPath): SourcePosition;
  issues: ContentIssue[];
  /** The decoded file, for checks over its characters (absent when it is not UTF-8 text). */
  text?: string;
}

export function parseExplainerFile(input: ExplainerFileInput): ParsedExplainerFile {
  const issues = new IssueList(input.path);
  const usedImages = new Set<string>();
  const sourceLinks: SourceLink[] = [];
  const base = { path: input.path, slug: input.slug, locale: input.locale, usedImages, sourceLinks, declaredTerms: new Set<string>() };
  const source = decodeSourceText(input.bytes);
  if (!source.ok) {
    issues.error(START, source.message, source.hint);
    return { ...base, pages: [], pageStarts: [], bodyStart: START, characterCount: 0, locate: () => START, issues: issues.items };
  }

  const root = parseMarkdown(source.text);
  const first = root.children[0];
  const yaml = first?.type === 'yaml' ? first : undefined;
  // An opening `---` without its closing line is parsed as a horizontal rule on line 1.
  const opened = first?.type === 'thematicBreak' && first.position?.start.line === 1;
  const frontMatter = readFrontMatter(yaml, issues, opened);
  const bodyStart = (yaml && after(yaml)) ?? START;
  const lines = source.text.split('\n');
  const body = readBody(root, bodyStart, {
    issues,
    slug: input.slug,
    images: input.images,
    usedImages,
    sourceLinks,
    lines,
    // Without front matter, what comes before the first page is most likely the fields themselves,
    // already reported above.
    reportTextBeforeFirstPage: yaml !== undefined,
  });
  const characterCount = frontMatter.data ? countReaderCharacters(frontMatter.data, body.pages) : 0;

  return {
    ...base,
    ...(frontMatter.data ? { frontMatter: frontMatter.data } : {}),
    pages: body.pages,
    pageStarts: body.pageStarts,
    bodyStart,
    characterCount,
    locate: frontMatter.locate,
    declaredTerms: frontMatter.declaredTerms,
    issues: issues.items,
    text: source.text,
  };
}
