// Creating `content/explainers/<slug>/ja.md` for the editors' tools: the slug rule of the content
// layer, never over an existing folder, and only a file that passes the content check.
import fs from 'node:fs';
import path from 'node:path';
import { defaultLocale } from '@/i18n/locales';
import { EXPLAINERS_DIR, SLUG_PATTERN } from '@/lib/content/config';
import { formatIssues, hasErrors } from '@/lib/content/checks/issues';
import { validateDraftMarkdown } from './validate-draft';

/** A refusal with a message meant for the editor; the scripts print it and exit 1. */
export class EditorToolError extends Error {
  override name = 'EditorToolError';
}

export function slugProblem(slug: string): string | undefined {
  if (SLUG_PATTERN.test(slug)) return undefined;
  return `"${slug}" is not a valid slug: use lowercase letters a-z, digits and single hyphens, e.g. city-library-move (it becomes the address /ja/explainers/<slug>)`;
}

export interface WriteExplainerOptions {
  /** The content root (holding explainers/). */
  contentDir: string;
  slug: string;
  markdown: string;
  /** Paths in messages are shown relative to this folder. */
  baseDir?: string;
}

export interface WrittenExplainer {
  absolute: string;
  /** Relative to baseDir when inside it, for messages. */
  display: string;
}

/** Writes the file; throws EditorToolError when it must not. */
export function writeNewExplainer({ contentDir, slug, markdown, baseDir = process.cwd() }: WriteExplainerOptions): WrittenExplainer {
  const problem = slugProblem(slug);
  if (problem) throw new EditorToolError(problem);
  const show = (absolute: string) => {
    const relative = path.relative(baseDir, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  };
  if (!fs.existsSync(contentDir)) {
    throw new EditorToolError(`the content folder ${show(contentDir)} does not exist (run from the repository, or set KAISETSU_CONTENT_DIR)`);
  }
  const folder = path.join(contentDir, EXPLAINERS_DIR, slug);
  // lstat rather than exists: a dangling link with that name is still something not to overwrite.
  if (fs.lstatSync(folder, { throwIfNoEntry: false })) {
    throw new EditorToolError(`${show(folder)} already exists: choose another slug, or edit the explainer that is there`);
  }
  const file = path.join(folder, `${defaultLocale}.md`);
  const issues = validateDraftMarkdown(markdown, slug, show(file));
  if (hasErrors(issues)) {
    // Only a bug in the tool gets here: its output is built to pass.
    throw new EditorToolError(`the generated file would not pass the content check, so nothing was written:\n${formatIssues(issues)}`);
  }
  fs.mkdirSync(path.dirname(folder), { recursive: true });
  // Not recursive, and `wx` below: if someone creates the same explainer at the same moment, fail
  // instead of writing over their file.
  fs.mkdirSync(folder);
  fs.writeFileSync(file, markdown, { flag: 'wx' });
  return { absolute: file, display: show(file) };
}
