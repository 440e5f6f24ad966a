// lib/search/build-index.ts: which prerendered pages go into the Pagefind index and under which
// URL, and a real index built by Pagefind's binary from small pages in both languages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, pagesToIndex } from '@/lib/search/build-index';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-search-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function page(file: string, lang: string, canonical: string | undefined, body: string, indexed = true) {
  const absolute = path.join(dir, 'html', file);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const link = canonical ? `<link rel="canonical" href="${canonical}"/>` : '';
  const article = indexed ? `<div data-pagefind-body="">${body}</div>` : `<div>${body}</div>`;
  fs.writeFileSync(
    absolute,
    `<!DOCTYPE html><html lang="${lang}"><head>${link}</head><body><header>サイト名 Site name</header><h1 data-pagefind-meta="title">見出し</h1>${article}</body></html>`,
  );
}

describe('pagesToIndex', () => {
  it('takes the pages with data-pagefind-body, under the path of their canonical URL', () => {
    page('ja/explainers/a.html', 'ja', 'https://kaisetsu.example/ja/explainers/a', '<p>本文</p>');
    page('ja/explainers/a/2/index.html', 'ja', 'https://kaisetsu.example/ja/explainers/a/2', '<p>本文</p>');
    page('ja.html', 'ja', 'https://kaisetsu.example/ja', '<p>ホーム</p>', false);
    page('_not-found.html', 'en', undefined, '<p>404</p>', false);
    expect(pagesToIndex(path.join(dir, 'html')).map(({ url, language, file }) => ({ url, language, file }))).toEqual([
      { url: '/ja/explainers/a', language: 'ja', file: 'ja/explainers/a.html' },
      { url: '/ja/explainers/a/2', language: 'ja', file: path.join('ja/explainers/a/2/index.html') },
    ]);
  });

  it('refuses an indexed page without a canonical URL', () => {
    page('ja/explainers/a.html', 'ja', undefined, '<p>本文</p>');
    expect(() => pagesToIndex(path.join(dir, 'html'))).toThrow('needs <link rel="canonical">');
  });
});

describe('buildSearchIndex', () => {
  it('writes one index per language with only the files the search page uses', async () => {
    page('ja/explainers/a.html', 'ja', 'https://kaisetsu.example/ja/explainers/a', '<p>停滞が目立っていた中朝関係に、動きがありました。</p>');
    page('en/explainers/a.html', 'en', 'https://kaisetsu.example/en/explainers/a', '<p>Ties between the two had stalled.</p>');
    const outputDir = path.join(dir, 'pagefind');
    fs.mkdirSync(outputDir);
    fs.writeFileSync(path.join(outputDir, 'stale.txt'), 'from an earlier build');
    const result = await buildSearchIndex({ htmlDir: path.join(dir, 'html'), outputDir });
    expect(result.languages).toEqual({ ja: 1, en: 1 });
    const files = fs.readdirSync(outputDir);
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files).not.toContain('stale.txt');
    expect(files.filter((file) => file.includes('-ui') || file.includes('worker'))).toEqual([]);
    const entry: unknown = JSON.parse(fs.readFileSync(path.join(outputDir, 'pagefind-entry.json'), 'utf8'));
    expect(entry).toMatchObject({ languages: { ja: { page_count: 1 }, en: { page_count: 1 } } });
  });

  it('fails when no page is marked for indexing (a layout that lost data-pagefind-body)', async () => {
    page('ja/explainers/a.html', 'ja', 'https://kaisetsu.example/ja/explainers/a', '<p>本文</p>', false);
    await expect(buildSearchIndex({ htmlDir: path.join(dir, 'html'), outputDir: path.join(dir, 'out') })).rejects.toThrow('no page marked');
  });
});
