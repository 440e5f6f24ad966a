// Checks that look at more than one file at a time. Each is a plain function over the whole
// corpus; later checks (topics known to content/topics, title characters covered by the OG font)
// are added to `contentValidators` without touching the loader.
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { START, type SourcePosition } from './issues';
import type { ParsedExplainerFile } from './explainer-file';
import { describeCharacter, findBidiControls, type FoundCharacter } from './invisible-characters';
import type { ContentIssue } from './types';

export interface CorpusFolder {
  slug: string;
  path: string;
  slugIsValid: boolean;
  files: ReadonlyMap<Locale, ParsedExplainerFile>;
  images: ReadonlyMap<string, { path: string }>;
}

export interface Corpus {
  folders: readonly CorpusFolder[];
}

export type ContentValidator = (corpus: Corpus) => ContentIssue[];

const languageNames = new Intl.DisplayNames('en', { type: 'language' });

function languageName(locale: Locale): string {
  return languageNames.of(locale) ?? locale;
}

/** A translation has as many pages as the original, so page N is the same page in every language. */
export const translationPageCounts: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original || original.pages.length === 0) continue;
    for (const [locale, file] of folder.files) {
      if (locale === defaultLocale || file.pages.length === 0 || file.pages.length === original.pages.length) continue;
      // Point at the first page too many, or at the last page when pages are missing.
      const at = file.pageStarts[Math.min(original.pages.length, file.pages.length - 1)] ?? START;
      issues.push({
        path: file.path,
        ...at,
        severity: 'error',
        message: `${locale}.md has ${file.pages.length} pages but ${defaultLocale}.md has ${original.pages.length}`,
        hint: `a translation has the same pages as ${defaultLocale}.md: add or remove ::page lines so that they match`,
      });
    }
  }
  return issues;
};

/** Published explainers without a translation into every other locale. */
export const missingTranslations: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original?.frontMatter || original.frontMatter.draft) continue;
    for (const locale of locales) {
      if (locale === defaultLocale || folder.files.has(locale)) continue;
      issues.push({
        path: original.path,
        ...START,
        severity: 'warning',
        message: `no ${languageName(locale)} translation (${locale}.md) yet`,
        hint: `add ${locale}.md with the same pages to publish this explainer in ${languageName(locale)} too`,
      });
    }
  }
  return issues;
};

/** A published translation of a draft original goes online alone, which is rarely meant. */
export const translationOfDraft: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original?.frontMatter?.draft) continue;
    for (const [locale, file] of folder.files) {
      if (locale === defaultLocale || !file.frontMatter || file.frontMatter.draft) continue;
      issues.push({
        path: file.path,
        ...file.locate(['draft']),
        severity: 'warning',
        message: `${locale}.md is published but ${defaultLocale}.md is a draft`,
        hint: `set draft: true here as well, or publish ${defaultLocale}.md`,
      });
    }
  }
  return issues;
};

export const unusedImages: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const [name, image] of folder.images) {
      if ([...folder.files.values()].some((file) => file.usedImages.has(name))) continue;
      issues.push({
        path: image.path,
        ...START,
        severity: 'warning',
        message: 'this image is not used by any source card',
        hint: `show it with image="images/${name}" on a :::source block, or delete the file`,
      });
    }
  }
  return issues;
};

const BIDI_HINT =
  'delete it (it cannot be seen: select the text around the position and retype it); Japanese and English never need direction controls, and browsers order right-to-left names by themselves';

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text
 * around them while staying invisible, so that a title, a quotation or an address reads differently
 * on the page than in the file ("Trojan Source", CVE-2021-42574). Reported where they stand in the
 * file; written as an escape (`&#x202E;` in Markdown, `"\u202E"` in YAML) they are found in the
 * parsed text and reported at the field or page that holds them.
 */
export const bidiControls: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      if (file.text === undefined) continue;
      const literal = bidiPositions(file.text);
      for (const { line, column, codePoint } of literal) {
        issues.push({
          path: file.path,
          line,
          column,
          severity: 'error',
          message: `invisible character ${describeCharacter(codePoint)}: it reorders the text around it`,
          hint: BIDI_HINT,
        });
      }
      if (literal.length > 0) continue;
      for (const { at, where, codePoint } of escapedBidiControls(file)) {
        issues.push({
          path: file.path,
          ...at,
          severity: 'error',
          message: `an escape writes the invisible character ${describeCharacter(codePoint)} into ${where}: it reorders the text around it`,
          hint: 'delete the &#x…; or \\u… escape; Japanese and English never need direction controls',
        });
      }
    }
  }
  return issues;
};

function bidiPositions(text: string): (FoundCharacter & SourcePosition)[] {
  return text.split('\n').flatMap((line, index) =>
    findBidiControls(line).map((found) => ({ ...found, line: index + 1, column: found.index + 1 })),
  );
}

/** Strings of the parsed file that hold a bidi control, with the best position the data allows. */
function escapedBidiControls(file: ParsedExplainerFile): { at: SourcePosition; where: string; codePoint: number }[] {
  const found: { at: SourcePosition; where: string; codePoint: number }[] = [];
  const check = (value: string, at: SourcePosition, where: string) => {
    const first = findBidiControls(value)[0];
    if (first) found.push({ at, where, codePoint: first.codePoint });
  };
  if (file.frontMatter) {
    for (const [path, value] of stringsOf(file.frontMatter, [])) check(value, file.locate(path), `"${path.join('.')}"`);
  }
  // Body text carries no positions once parsed: point at the page's ::page line, once per page.
  file.pages.forEach((page, index) => {
    const hit = [...stringsOf(page, [])].find(([, value]) => findBidiControls(value).length > 0);
    if (hit) check(hit[1], file.pageStarts[index] ?? file.bodyStart, `page ${page.number}`);
  });
  return found;
}

function* stringsOf(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringsOf(item, [...path, index]);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
  }
}

export const contentValidators: readonly ContentValidator[] = [
  translationPageCounts,
  missingTranslations,
  translationOfDraft,
  unusedImages,
  bidiControls,
];
