// Nothing good gets lost, nothing unfinished gets out: every file under a content folder is
// published, a draft, or reported, and the production switch of the content API leaves drafts out.
// The walk below is independent of lib/content/parse/scan.ts, so that a file the scanner skipped without
// a word would show up here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { GLOSSARY_FILE, NAMES_DICTIONARY, publicImageUrl, STYLE_DIR, TOPICS_FILE, wordsDictionary } from '@/lib/content/config';
import { locales } from '@/i18n/locales';
import type { Explainer } from '@/lib/content/types';

/** Every file (not folder) below `root`, hidden ones included, as paths relative to `base`. */
function walk(root: string, base: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const absolute = path.join(root, entry.name);
    if (entry.isDirectory()) files.push(...walk(absolute, base));
    else files.push(path.relative(base, absolute).split(path.sep).join('/'));
  }
  return files;
}

type Fate = 'published' | 'draft' | 'published image' | 'reported' | 'house dictionary';

/** What happened to each file: shown on the site, kept back as a draft, or named in an issue. */
function inventory(contentDir: string, baseDir: string): Map<string, Fate[]> {
  const everything = loadContent({ contentDir, baseDir, includeDrafts: true });
  const published = loadContent({ contentDir, baseDir, includeDrafts: false });
  const fates = new Map<string, Fate[]>();
  const add = (file: string, fate: Fate) => {
    const known = fates.get(file) ?? [];
    if (!known.includes(fate)) fates.set(file, [...known, fate]);
  };
  const publishedSources = new Set(published.explainers.map((explainer) => explainer.sourcePath));
  for (const explainer of everything.explainers) {
    add(explainer.sourcePath, publishedSources.has(explainer.sourcePath) ? 'published' : 'draft');
  }
  // The topics file is read into the topic names and pages the site shows.
  if (published.topics.length > 0) add(path.relative(baseDir, path.join(contentDir, TOPICS_FILE)).split(path.sep).join('/'), 'published');
  // The glossary is read into the definitions the explainers show.
  if (published.explainers.some((explainer) => (explainer.glossary ?? []).length > 0)) {
    add(path.relative(baseDir, path.join(contentDir, GLOSSARY_FILE)).split(path.sep).join('/'), 'published');
  }
  // The house dictionary is read by the prose check (check:content), never published.
  for (const name of [NAMES_DICTIONARY, ...locales.map(wordsDictionary)]) {
    const file = path.join(contentDir, STYLE_DIR, name);
    if (fs.existsSync(file)) add(path.relative(baseDir, file).split(path.sep).join('/'), 'house dictionary');
  }
  const shownImages = new Set(published.explainers.flatMap(imagesOf));
  for (const file of walk(contentDir, baseDir)) {
    const [, slug, folder, name] = /explainers\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(file) ?? [];
    if (slug && folder === 'images' && name && shownImages.has(publicImageUrl(slug, name))) add(file, 'published image');
  }
  for (const issue of everything.issues) {
    // An issue about a folder (`…/slug/`) accounts for what is in it.
    for (const file of walk(contentDir, baseDir)) {
      if (file === issue.path || (issue.path.endsWith('/') && file.startsWith(issue.path))) add(file, 'reported');
    }
  }
  return fates;
}

function imagesOf(explainer: Explainer): string[] {
  return explainer.pages.flatMap((page) =>
    page.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'source' && block.image ? [block.image.src] : []))),
  );
}

describe('the real content folder', () => {
  const contentDir = path.join(process.cwd(), 'content');

  it('has no file that is neither published, a draft, nor reported', () => {
    const fates = inventory(contentDir, process.cwd());
    const files = walk(contentDir, process.cwd());
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => !fates.has(file))).toEqual([]);
  });
});

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

/** A content tree with one of each fate, including the ways a file gets lost. */
function mixedTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-inventory-'));
  temporary.push(root);
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const explainer = (draft: boolean, extra = '') =>
    [
      '---',
      'title: 題',
      'lead: リード',
      'keyPoints: [一, 二, 三]',
      'published: 2026-11-20',
      'topics: [testing]',
      `draft: ${draft}`,
      '---',
      '',
      '::page{title="一" teaser="二へ"}',
      '',
      '## 節一',
      '',
      '本文。',
      extra,
      '',
      '::page{title="二" teaser="終"}',
      '',
      '## 節二',
      '',
      '本文。',
      '',
    ].join('\n');
  const card = ':::source{name="新聞" url="https://example.jp/a" image="images/photo.jpg" alt="写真" credit="提供"}\n- 要点\n:::';
  write('explainers/published-one/ja.md', explainer(false, `\n${card}`));
  write('explainers/published-one/images/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  write('explainers/published-one/images/unused.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  write('explainers/draft-one/ja.md', explainer(true));
  write('explainers/draft-one/en.md', explainer(true).replace('title: 題', 'title: Title'));
  write('explainers/broken-one/ja.md', explainer(false, '\n<div>raw</div>'));
  write('explainers/published-one/notes.txt', 'editor notes');
  write('explainers/published-one/.DS_Store', 'junk');
  write('explainers/Bad_Name/ja.md', explainer(false));
  write('explainers/empty-folder/.gitkeep', '');
  write('stray.md', 'not in explainers/');
  write('style/names.yml', 'version: 1\nrules: []\n');
  write('style/notes.txt', 'not a dictionary');
  return root;
}

describe('a tree with drafts, errors and stray files', () => {
  it('accounts for every file, and each kind ends where it should', () => {
    const root = mixedTree();
    const contentDir = root;
    const fates = inventory(contentDir, root);
    const files = walk(contentDir, root);
    expect(files).toHaveLength(13);
    expect(files.filter((file) => !fates.has(file))).toEqual([]);
    // Published, with a warning: it has no English translation yet.
    expect(fates.get('explainers/published-one/ja.md')).toEqual(['published', 'reported']);
    expect(fates.get('explainers/published-one/images/photo.jpg')).toEqual(['published image']);
    expect(fates.get('explainers/published-one/images/unused.png')).toEqual(['reported']);
    expect(fates.get('explainers/draft-one/ja.md')).toEqual(['draft']);
    expect(fates.get('explainers/draft-one/en.md')).toEqual(['draft']);
    expect(fates.get('explainers/broken-one/ja.md')).toEqual(['reported']);
    expect(fates.get('style/names.yml')).toEqual(['house dictionary']);
    for (const file of ['explainers/published-one/notes.txt', 'explainers/published-one/.DS_Store', 'explainers/Bad_Name/ja.md', 'stray.md', 'style/notes.txt']) {
      expect(fates.get(file), file).toContain('reported');
    }
  });

  it('the walk would notice a file the loader says nothing about', () => {
    // Guards the guard: an inventory that never reports a missing file proves nothing.
    const root = mixedTree();
    const fates = inventory(root, root);
    fates.delete('explainers/draft-one/en.md');
    expect(walk(root, root).filter((file) => !fates.has(file))).toEqual(['explainers/draft-one/en.md']);
  });
});

/** The mixed tree minus what is an error: errors stop the real content API, as they stop `next build`. */
function withoutErrors(root: string): void {
  for (const entry of ['explainers/broken-one', 'explainers/Bad_Name', 'explainers/empty-folder', 'stray.md', 'explainers/published-one/notes.txt', 'style/notes.txt']) {
    fs.rmSync(path.join(root, entry), { recursive: true });
  }
}

describe('drafts in a production build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('the content API leaves drafts out when NODE_ENV is production, as under next build and next start', async () => {
    const root = mixedTree();
    vi.stubEnv('KAISETSU_CONTENT_DIR', root);
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    withoutErrors(root);
    const api = await import('@/lib/content');
    const slugs = api.getAllExplainers().map((explainer) => `${explainer.locale}/${explainer.slug}`);
    expect(slugs).toEqual(['ja/published-one']);
    expect(api.getExplainer('ja', 'draft-one')).toBeUndefined();
    expect(api.getExplainer('en', 'draft-one')).toBeUndefined();
  });

  it('and shows them to editors under next dev', async () => {
    const root = mixedTree();
    vi.stubEnv('KAISETSU_CONTENT_DIR', root);
    vi.stubEnv('NODE_ENV', 'development');
    vi.resetModules();
    withoutErrors(root);
    const api = await import('@/lib/content');
    expect(api.getExplainer('ja', 'draft-one')?.draft).toBe(true);
  });
});
