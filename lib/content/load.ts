// Loads the whole content tree: scan, parse and validate every file, then assemble the explainers
// that are visible. Plain Node (no React, no Next): used by the site (through index.ts), by
// `npm run check:content`, by the benchmark and by the tests.
import fs from 'node:fs';
import path from 'node:path';
import { locales, type Locale } from '@/i18n/locales';
import { defaultContentDir, OLD_AFTER_MONTHS } from './config';
import { parseExplainerFile, type ParsedExplainerFile } from './parse/explainer-file';
import { sortIssues } from './checks/issues';
import { scanContent } from './parse/scan';
import { parseTopicsFile, type TopicDefinition } from './parse/topics-file';
import type { ContentIssue, Explainer, GlossaryEntry } from './types';
import { parseGlossaryFile } from './parse/glossary-file';
import { resolveGlossary } from './checks/glossary';
import { scheduledIssues } from './checks/scheduled';
import { contentClock, isOlderThan, isScheduled, readPublication, type Publication } from './publication';
import { contentValidators, type ContentValidator, type Corpus, type CorpusFolder } from './checks';

export interface LoadOptions {
  /** Folder holding `explainers/`; default `<cwd>/content` or `KAISETSU_CONTENT_DIR`. */
  contentDir?: string;
  /** Paths in issues and `sourcePath` are relative to this folder (default: the working directory). */
  baseDir?: string;
  /** Whether `draft: true` explainers are part of the result (issues are reported either way). */
  includeDrafts: boolean;
  /** Whether scheduled explainers (published after `now`) are part of the result; default: as drafts. */
  includeScheduled?: boolean;
  /** The clock that decides what is scheduled; default `contentClock()` (KAISETSU_NOW or the machine's time). */
  now?: Date;
  /** From how many months after publication an explainer is `old` at `now`; default OLD_AFTER_MONTHS. */
  oldAfterMonths?: number;
  validators?: readonly ContentValidator[];
}

export interface ContentStats {
  files: number;
  /** Files online now: neither drafts nor scheduled. */
  published: number;
  drafts: number;
  scheduled: number;
  images: number;
}

export interface LoadedContent {
  /** Visible explainers (every locale), newest first, then by slug. Only files without errors. */
  explainers: Explainer[];
  /** Every error and warning, sorted by path and position. */
  issues: ContentIssue[];
  /** The topics of content/topics.yaml without errors, in the file's order (none without the file). */
  topics: TopicDefinition[];
  stats: ContentStats;
}

export function loadContent(options: LoadOptions): LoadedContent {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  // Only used to shorten paths for display. Not passed through path.resolve: Turbopack's output
  // tracing reads `path.resolve(process.cwd())` as file access to the whole project.
  const baseDir = options.baseDir ?? process.cwd();
  const display = (absolute: string) => {
    const relative = path.relative(baseDir, absolute);
    // Outside the repository (a temporary benchmark corpus) the absolute path is the useful one.
    return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
  };

  const scan = scanContent(contentDir, display);
  const issues: ContentIssue[] = [...scan.issues];
  const now = options.now ?? contentClock();
  const stats: ContentStats = { files: 0, published: 0, drafts: 0, scheduled: 0, images: 0 };

  const folders: CorpusFolder[] = scan.folders.map((folder) => {
    const imageNames = new Set(folder.images.keys());
    const files = new Map<Locale, ParsedExplainerFile>();
    for (const [locale, file] of folder.markdown) {
      const parsed = parseExplainerFile({
        path: file.path,
        slug: folder.slug,
        locale,
        bytes: fs.readFileSync(file.absolute),
        images: imageNames,
      });
      files.set(locale, parsed);
      issues.push(...parsed.issues);
      stats.files += 1;
      if (parsed.frontMatter?.draft) stats.drafts += 1;
      else if (parsed.frontMatter && scheduledAt(parsed.frontMatter.published, now)) stats.scheduled += 1;
      else if (parsed.frontMatter) stats.published += 1;
    }
    stats.images += folder.images.size;
    return { slug: folder.slug, path: folder.path, slugIsValid: folder.slugIsValid, files, images: folder.images };
  });

  const topicsFile = scan.topicsFile && parseTopicsFile(scan.topicsFile.path, fs.readFileSync(scan.topicsFile.absolute));
  if (topicsFile) issues.push(...topicsFile.issues);

  const glossaryFile = scan.glossaryFile && parseGlossaryFile(scan.glossaryFile.path, fs.readFileSync(scan.glossaryFile.absolute));
  if (glossaryFile) issues.push(...glossaryFile.issues);
  const glossaries = new Map<ParsedExplainerFile, GlossaryEntry[]>();
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      const resolved = resolveGlossary(file, glossaryFile);
      issues.push(...resolved.issues);
      glossaries.set(file, resolved.entries);
    }
  }

  const corpus: Corpus = { folders, ...(topicsFile ? { topics: topicsFile } : {}) };
  for (const validate of options.validators ?? contentValidators) issues.push(...validate(corpus));
  issues.push(...scheduledIssues(folders.flatMap((folder) => [...folder.files.values()]), now));

  // Checks across files (validators) can find errors in a file that was fine on its own, so what
  // is published is decided only now, from every issue.
  const inError = new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path));
  return {
    explainers: assemble(folders, inError, {
      includeDrafts: options.includeDrafts,
      includeScheduled: options.includeScheduled ?? options.includeDrafts,
      now,
      oldAfterMonths: options.oldAfterMonths ?? OLD_AFTER_MONTHS,
    }, glossaries),
    issues: sortIssues(issues),
    topics: [...(topicsFile?.topics.values() ?? [])],
    stats,
  };
}

interface AssembleOptions {
  includeDrafts: boolean;
  includeScheduled: boolean;
  now: Date;
  oldAfterMonths: number;
}

function assemble(
  folders: readonly CorpusFolder[],
  inError: ReadonlySet<string>,
  { includeDrafts, includeScheduled, now, oldAfterMonths }: AssembleOptions,
  glossaries: ReadonlyMap<ParsedExplainerFile, GlossaryEntry[]>,
): Explainer[] {
  const explainers: Explainer[] = [];
  for (const folder of folders) {
    if (inError.has(folder.path)) continue;
    const visible = [...folder.files.values()].filter(
      (file): file is ParsedExplainerFile & { frontMatter: NonNullable<ParsedExplainerFile['frontMatter']> } =>
        !inError.has(file.path) &&
        file.frontMatter !== undefined &&
        (includeDrafts || !file.frontMatter.draft) &&
        (includeScheduled || !scheduledAt(file.frontMatter.published, now)),
    );
    const translations = locales.filter((locale) => visible.some((file) => file.locale === locale));
    for (const file of visible) {
      // `terms` are resolved into `glossary`; `updates` are sorted below.
      const { terms, updates: written, ...fields } = file.frontMatter;
      // The schema has read `published:`, so it is a valid publication here.
      const publication = readPublication(fields.published) as Publication;
      const updates = [...written].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      // The page's modification date (JSON-LD, sitemap, feeds) follows the latest update.
      const updated = [fields.updated, updates[0]?.date].filter((date) => date !== undefined).sort().at(-1);
      explainers.push({
        slug: folder.slug,
        locale: file.locale,
        ...fields,
        published: publication.date,
        publishAt: publication.at,
        ...(isScheduled(publication, now) ? { scheduled: true as const } : {}),
        // Judged here, once per build with the clock that decides what is scheduled, so that every
        // page's metadata and the image route agree on each card's URL (lib/og/cards.ts).
        ...(isOlderThan(publication.date, oldAfterMonths, now) ? { old: true as const } : {}),
        ...(updated !== undefined ? { updated } : {}),
        updates,
        glossary: glossaries.get(file) ?? [],
        pages: file.pages,
        translations,
        characterCount: file.characterCount,
        sourcePath: file.path,
      });
    }
  }
  return explainers.sort(compareExplainers);
}

/** Whether a valid `published:` value is still ahead of `now`. */
function scheduledAt(published: string, now: Date): boolean {
  const publication = readPublication(published);
  return typeof publication !== 'string' && isScheduled(publication, now);
}

/** Newest first by publication date, then by slug, then in locale order. */
export function compareExplainers(a: Explainer, b: Explainer): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  if (a.slug !== b.slug) return a.slug < b.slug ? -1 : 1;
  return locales.indexOf(a.locale) - locales.indexOf(b.locale);
}
