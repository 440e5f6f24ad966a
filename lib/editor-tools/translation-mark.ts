// `npm run translation:mark -- <slug>`: records in each translation of an explainer that it is in
// step with ja.md as it is now (the `translatedFrom:` field; checks/translation.ts reads it). Only
// that field is written; the rest of the file stays byte for byte as the editor left it.
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '@/i18n/locales';
import { EXPLAINERS_DIR } from '@/lib/content/config';
import { formatRevision, originalRevision } from '@/lib/content/checks/translation-revision';
import { formatIssues } from '@/lib/content/checks/issues';
import { parseExplainerFile } from '@/lib/content/parse/explainer-file';
import { EditorToolError, slugProblem } from './write-explainer';

export interface MarkedTranslation {
  locale: Locale;
  path: string;
  /** False when the file already named this revision. */
  changed: boolean;
}

export interface MarkOptions {
  contentDir: string;
  slug: string;
  /** YYYY-MM-DD: the day of ja.md's revision that the translation now follows. */
  date: string;
  baseDir?: string;
}

const FIELD = 'translatedFrom';

export function markTranslations({ contentDir, slug, date, baseDir = process.cwd() }: MarkOptions): MarkedTranslation[] {
  const problem = slugProblem(slug);
  if (problem) throw new EditorToolError(problem);
  const folder = path.join(contentDir, EXPLAINERS_DIR, slug);
  const display = (file: string) => path.relative(baseDir, file).split(path.sep).join('/');
  const originalPath = path.join(folder, `${defaultLocale}.md`);
  if (!fs.existsSync(originalPath)) throw new EditorToolError(`${display(originalPath)} does not exist`);

  const bytes = fs.readFileSync(originalPath);
  const original = parseExplainerFile({ path: display(originalPath), slug, locale: defaultLocale, bytes, images: new Set() });
  if (!original.frontMatter || original.text === undefined) {
    const errors = original.issues.filter((issue) => issue.severity === 'error');
    throw new EditorToolError(`${display(originalPath)} cannot be read; fix it first:\n${formatIssues(errors)}`);
  }
  const revision = formatRevision(originalRevision(original.text, original.frontMatter));

  const marked: MarkedTranslation[] = [];
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const file = path.join(folder, `${locale}.md`);
    if (!fs.existsSync(file)) continue;
    const before = fs.readFileSync(file, 'utf8');
    const after = withMark(before, date, revision, display(file));
    // Same revision already recorded: keep its date, which says when the text was last in step.
    const unchanged = new RegExp(`^${FIELD}:\\n  date: .*\\n  revision: "${revision}"$`, 'm').test(before);
    if (!unchanged) fs.writeFileSync(file, after);
    marked.push({ locale, path: display(file), changed: !unchanged });
  }
  if (marked.length === 0) throw new EditorToolError(`${slug} has no translation yet: write ${locales.filter((l) => l !== defaultLocale).join(', ')}.md first`);
  return marked;
}

/** The file with its `translatedFrom:` field replaced, or added as the last field. */
export function withMark(text: string, date: string, revision: string, name: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') throw new EditorToolError(`${name} has no front matter`);
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (close < 0) throw new EditorToolError(`${name}: the front matter is not closed`);
  const field = [`${FIELD}:`, `  date: ${date}`, `  revision: "${revision}"`];
  const start = lines.findIndex((line, index) => index > 0 && index < close && line.startsWith(`${FIELD}:`));
  if (start < 0) {
    lines.splice(close, 0, ...field);
    return lines.join('\n');
  }
  // The field's own lines: its key and the indented lines after it.
  let end = start + 1;
  while (end < close && /^\s+\S/.test(lines[end] ?? '')) end += 1;
  lines.splice(start, end - start, ...field);
  return lines.join('\n');
}
