// Translations kept in step: a translation names the revision of ja.md it was brought up to date
// with (`translatedFrom`, written by `npm run translation:mark`); when ja.md has changed since,
// the translation may be stale, and the warning names the pages and sections that changed.
// Hashes, not history: see translation-revision.ts.
import { defaultLocale } from '@/i18n/locales';
import type { ContentValidator } from './corpus';
import { changesSince, originalRevision } from './translation-revision';
import type { ContentIssue } from '../types';

export const translationInStep: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original?.frontMatter || original.text === undefined) continue;
    const current = originalRevision(original.text, original.frontMatter);
    for (const [locale, file] of folder.files) {
      const mark = file.frontMatter?.translatedFrom;
      if (locale === defaultLocale || !mark) continue;
      const changes = changesSince(mark.revision, current);
      if (changes.length === 0) continue;
      issues.push({
        path: file.path,
        ...file.locate(['translatedFrom']),
        severity: 'warning',
        message: `${locale}.md may be out of date: ${defaultLocale}.md has changed since the version of ${mark.date} it translates (${changes.join('; ')})`,
        hint: `bring those parts of ${locale}.md in step with ${defaultLocale}.md, then run npm run translation:mark -- ${folder.slug}`,
      });
    }
  }
  return issues;
};
