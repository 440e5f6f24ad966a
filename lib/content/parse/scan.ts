// Walks the content folder and sorts every entry into: an explainer file, a source image, or a
// problem. Nothing under content/ is passed over without a word.
import fs from 'node:fs';
import path from 'node:path';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { EXPLAINERS_DIR, IMAGE_EXTENSIONS, IMAGE_NAME_PATTERN, IMAGES_DIR, NAMES_DICTIONARY, SLUG_PATTERN, STYLE_DIR, TOPICS_FILE, GLOSSARY_FILE, wordsDictionary } from '../config';
import { START } from '../checks/issues';
import type { ContentIssue } from '../types';

export interface ContentFile {
  absolute: string;
  /** As shown to editors: relative to the repository root. */
  path: string;
}

export interface ExplainerFolder {
  slug: string;
  /** Display path of the folder, ending in `/`. */
  path: string;
  slugIsValid: boolean;
  markdown: Map<Locale, ContentFile>;
  images: Map<string, ContentFile>;
}

export interface ScanResult {
  folders: ExplainerFolder[];
  /** content/topics.yaml, when there is one. */
  topicsFile?: ContentFile;
  /** content/glossary.yaml, when there is one. */
  glossaryFile?: ContentFile;
  issues: ContentIssue[];
}

/** What may sit directly in content/; everything not listed is reported. */
const TOP_LEVEL_ENTRIES: ReadonlyMap<string, 'directory' | 'file'> = new Map([
  [EXPLAINERS_DIR, 'directory'],
  [TOPICS_FILE, 'file'],
  [GLOSSARY_FILE, 'file'],
  // The house dictionary, read by the prose check (lib/content/checks/prose/rules.ts).
  [STYLE_DIR, 'directory'],
]);

const LOCALE_FILES = locales.map((locale) => `${locale}.md`).join(' or ');
const FOLDER_CONTENTS = `${locales.map((locale) => `${locale}.md`).join(', ')} and an ${IMAGES_DIR}/ folder`;

export function scanContent(contentDir: string, display: (absolute: string) => string): ScanResult {
  const issues: ContentIssue[] = [];
  const report = (severity: ContentIssue['severity'], absolute: string, directory: boolean, message: string, hint: string) => {
    issues.push({ path: display(absolute) + (directory ? '/' : ''), ...START, message, hint, severity });
  };
  const folders: ExplainerFolder[] = [];
  let topicsFile: ContentFile | undefined;
  let glossaryFile: ContentFile | undefined;

  const top = readEntries(contentDir);
  if (!top) {
    report('error', contentDir, true, 'the content folder does not exist', 'create it, or point KAISETSU_CONTENT_DIR at an existing folder');
    return { folders, issues };
  }
  for (const entry of top) {
    const absolute = path.join(contentDir, entry.name);
    if (isSkipped(entry, absolute, report)) continue;
    const expected = TOP_LEVEL_ENTRIES.get(entry.name);
    if (expected === (entry.isDirectory() ? 'directory' : 'file')) {
      if (entry.name === TOPICS_FILE) topicsFile = { absolute, path: display(absolute) };
      if (entry.name === GLOSSARY_FILE) glossaryFile = { absolute, path: display(absolute) };
      continue;
    }
    const hint = /^topics?\.(?:ya?ml|json|txt)$/i.test(entry.name)
      ? `the topic list is content/${TOPICS_FILE} (this exact name)`
      : `explainers go in content/${EXPLAINERS_DIR}/<slug>/${locales[0]}.md, topic names in content/${TOPICS_FILE}; nothing else belongs in content/`;
    report('error', absolute, entry.isDirectory(), entry.isDirectory() ? 'unexpected folder in content/' : 'unexpected file in content/', hint);
  }

  const styleFiles = new Set([NAMES_DICTIONARY, ...locales.map(wordsDictionary)]);
  for (const entry of readEntries(path.join(contentDir, STYLE_DIR)) ?? []) {
    const absolute = path.join(contentDir, STYLE_DIR, entry.name);
    if (isSkipped(entry, absolute, report) || (entry.isFile() && styleFiles.has(entry.name))) continue;
    report('error', absolute, entry.isDirectory(), `unexpected ${entry.isDirectory() ? 'folder' : 'file'} in content/${STYLE_DIR}/`, `the house dictionary is ${[...styleFiles].join(', ')}; nothing else belongs there`);
  }

  const explainersDir = path.join(contentDir, EXPLAINERS_DIR);
  for (const entry of readEntries(explainersDir) ?? []) {
    const absolute = path.join(explainersDir, entry.name);
    if (isSkipped(entry, absolute, report)) continue;
    if (!entry.isDirectory()) {
      report('error', absolute, false, 'unexpected file: each explainer is a folder', `move it to content/${EXPLAINERS_DIR}/<slug>/ and name it ${LOCALE_FILES}`);
      continue;
    }
    folders.push(scanExplainer(entry.name, absolute, display, report));
  }
  return { folders, ...(topicsFile ? { topicsFile } : {}), ...(glossaryFile ? { glossaryFile } : {}), issues };
}

type Report = (severity: ContentIssue['severity'], absolute: string, directory: boolean, message: string, hint: string) => void;

function scanExplainer(slug: string, dir: string, display: (absolute: string) => string, report: Report): ExplainerFolder {
  const folder: ExplainerFolder = { slug, path: `${display(dir)}/`, slugIsValid: SLUG_PATTERN.test(slug), markdown: new Map(), images: new Map() };
  if (!folder.slugIsValid) {
    report('error', dir, true, `"${slug}" is not a valid folder name for an explainer`, 'use lowercase letters, digits and single hyphens, e.g. north-korea-russia-china; the name becomes the URL');
  }
  const found = new Map<Locale, ContentFile>();
  for (const entry of readEntries(dir) ?? []) {
    const absolute = path.join(dir, entry.name);
    if (isSkipped(entry, absolute, report)) continue;
    if (entry.isDirectory()) {
      if (entry.name === IMAGES_DIR) scanImages(absolute, folder, display, report);
      else report('error', absolute, true, 'unexpected folder', `an explainer folder holds only ${FOLDER_CONTENTS}`);
      continue;
    }
    const extension = path.extname(entry.name);
    const stem = entry.name.slice(0, entry.name.length - extension.length);
    if (entry.isFile() && extension === '.md' && isLocale(stem)) {
      found.set(stem, { absolute, path: display(absolute) });
    } else if (extension.toLowerCase() === '.md') {
      report('error', absolute, false, `"${stem}" is not a language of the site`, `name the file after its language: ${LOCALE_FILES}`);
    } else {
      report('error', absolute, false, 'unexpected file', `an explainer folder holds only ${FOLDER_CONTENTS}; keep notes outside content/`);
    }
  }
  // Keep the configured locale order (ja first) whatever order the file system lists.
  for (const locale of locales) {
    const file = found.get(locale);
    if (file) folder.markdown.set(locale, file);
  }
  if (found.size === 0) {
    report('error', dir, true, 'the explainer folder has no text', `write the explainer in ${locales[0]}.md in this folder, or delete the folder`);
  } else if (!found.has(locales[0])) {
    report('error', dir, true, `${locales[0]}.md is missing`, `every explainer is written in Japanese first: add ${locales[0]}.md; translations follow it`);
  }
  return folder;
}

function scanImages(dir: string, folder: ExplainerFolder, display: (absolute: string) => string, report: Report): void {
  for (const entry of readEntries(dir) ?? []) {
    const absolute = path.join(dir, entry.name);
    if (isSkipped(entry, absolute, report)) continue;
    if (!entry.isFile()) {
      report('error', absolute, entry.isDirectory(), 'unexpected folder in images/', 'put the images directly in images/, without sub-folders');
      continue;
    }
    const extension = path.extname(entry.name).toLowerCase();
    if (!IMAGE_EXTENSIONS.includes(extension)) {
      report('error', absolute, false, 'not an image the site can show', `source images must be ${IMAGE_EXTENSIONS.join(', ')} files`);
      continue;
    }
    if (!IMAGE_NAME_PATTERN.test(entry.name)) {
      report('error', absolute, false, `the image name "${entry.name}" is not allowed`, 'rename it with lowercase letters, digits and hyphens only, e.g. putin-visit.jpg');
      continue;
    }
    if (fs.statSync(absolute).size === 0) {
      report('error', absolute, false, 'the image file is empty', 'copy the image again, or delete the file');
      continue;
    }
    folder.images.set(entry.name, { absolute, path: display(absolute) });
  }
}

/** Entries that are not ordinary files or folders: said so, then left out. */
function isSkipped(entry: fs.Dirent, absolute: string, report: Report): boolean {
  if (entry.name.startsWith('.')) {
    // .DS_Store, .gitkeep: harmless, but nothing is passed over silently.
    report('warning', absolute, entry.isDirectory(), 'hidden file ignored', 'hidden files are not published; delete it if it is not needed');
    return true;
  }
  if (!entry.isFile() && !entry.isDirectory()) {
    report('error', absolute, false, 'not an ordinary file (a link or a special file)', 'copy the real file here instead of linking to it');
    return true;
  }
  return false;
}

function readEntries(dir: string): fs.Dirent[] | undefined {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
    throw error;
  }
}
