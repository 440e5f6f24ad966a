// The search index: Pagefind run over the prerendered HTML after `next build` (or the static
// export), written as static files that the search page loads from /pagefind/. Indexing the
// finished pages means search sees exactly what readers see, and article pages carry no search code.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

export interface SearchIndexOptions {
  /** Folder of prerendered HTML: `.next/server/app` after `next build`, `out` after the static export. */
  htmlDir: string;
  /** Where the bundle goes; served at /pagefind/ (public/pagefind for next start, out/pagefind static). */
  outputDir: string;
}

export interface IndexedPage {
  url: string;
  language: string;
  file: string;
}

export interface SearchIndexResult {
  pages: IndexedPage[];
  /** Indexed pages per language, e.g. { ja: 3, en: 3 }. */
  languages: Record<string, number>;
}

/**
 * Files of Pagefind's bundle the site does not use: its ready-made UIs (the search page has its own
 * small form) and its web worker (the page runs Pagefind on the main thread; see search-box.tsx).
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The pages to index: those marking their article text with data-pagefind-body. Each is indexed
 * under the path of its canonical URL, which is the same in the `next start` build and the static
 * export whatever the file is called (`x.html`, `x/index.html`).
 */
export function pagesToIndex(htmlDir: string): (IndexedPage & { content: string })[] {
  const pages: (IndexedPage & { content: string })[] = [];
  for (const file of htmlFiles(htmlDir)) {
    const content = fs.readFileSync(file, 'utf8');
    const document = parse(content);
    if (!document.querySelector('[data-pagefind-body]')) continue;
    const relative = path.relative(htmlDir, file);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const language = document.querySelector('html')?.getAttribute('lang');
    if (!canonical) throw new Error(`${relative}: an indexed page needs <link rel="canonical"> to be found under its URL`);
    if (!language) throw new Error(`${relative}: an indexed page needs <html lang> for Pagefind to pick its language`);
    pages.push({ url: new URL(canonical, 'http://localhost').pathname, language, file: relative, content });
  }
  return pages;
}

export async function buildSearchIndex({ htmlDir, outputDir }: SearchIndexOptions): Promise<SearchIndexResult> {
  if (!fs.existsSync(htmlDir)) throw new Error(`${htmlDir} does not exist: build the site first`);
  const pages = pagesToIndex(htmlDir);
  if (pages.length === 0) throw new Error(`${htmlDir} has no page marked with data-pagefind-body`);
  // pagefind is an ES module only (no `require` export); scripts run through tsx as CommonJS.
  const pagefind = await import('pagefind');
  try {
    // Decorative marks (the Q/A badges, ✅ and 💡 icons) are hidden from assistive technology and
    // repeat what the text says; they would only add noise to excerpts.
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['[aria-hidden="true"]'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
    }
    fs.rmSync(outputDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputDir}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED_BUNDLE_FILES) fs.rmSync(path.join(outputDir, name), { force: true });
  const languages: Record<string, number> = {};
  for (const page of pages) languages[page.language] = (languages[page.language] ?? 0) + 1;
  return { pages: pages.map(({ url, language, file }) => ({ url, language, file })), languages };
}
