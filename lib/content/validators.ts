// Checks that look at more than one file at a time. Each is a plain function over the whole
// corpus; later checks (topics known to content/topics, title characters covered by the OG font)
// are added to `contentValidators` without touching the loader.
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { START } from './issues';
import { ogGlyphCoverage } from './og-glyph-coverage';
import { bidiControls, htmlLikeText } from './safety-validators';
import type { ParsedExplainerFile } from './explainer-file';
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

export const contentValidators: readonly ContentValidator[] = [
  translationPageCounts,
  missingTranslations,
  translationOfDraft,
  unusedImages,
  bidiControls,
  htmlLikeText,
  ogGlyphCoverage,
];
