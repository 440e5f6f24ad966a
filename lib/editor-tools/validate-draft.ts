// Runs a generated file through the content layer's own parser and checks (the code behind
// `npm run check:content`) before it is written, so a tool never leaves content/ in error.
import { defaultLocale } from '@/i18n/locales';
import { parseExplainerFile } from '@/lib/content/parse/explainer-file';
import type { ContentIssue } from '@/lib/content/types';

export function validateDraftMarkdown(markdown: string, slug: string, displayPath: string): ContentIssue[] {
  return parseExplainerFile({
    path: displayPath,
    slug,
    locale: defaultLocale,
    bytes: new TextEncoder().encode(markdown),
    // A new explainer folder has no images/ yet.
    images: new Set(),
  }).issues;
}
