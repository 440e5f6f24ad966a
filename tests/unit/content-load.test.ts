// The content layer on a good fixture and on the real content/ folder.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import type { Explainer } from '@/lib/content/types';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
const VALID = path.join(fixtures, 'valid');

function find(explainers: Explainer[], locale: string, slug: string): Explainer {
  const found = explainers.find((explainer) => explainer.locale === locale && explainer.slug === slug);
  if (!found) throw new Error(`no ${locale}/${slug}`);
  return found;
}

describe('a valid content tree', () => {
  const published = loadContent({ contentDir: VALID, baseDir: VALID, includeDrafts: false });
  const withDrafts = loadContent({ contentDir: VALID, baseDir: VALID, includeDrafts: true });

  it('has no issue at all', () => {
    expect(published.issues).toEqual([]);
    expect(published.stats).toEqual({ files: 3, published: 2, scheduled: 0, drafts: 1, images: 1 });
  });

  it('leaves drafts out unless asked, and sorts newest first, then by slug', () => {
    expect(published.explainers.map((e) => `${e.locale}/${e.slug}`)).toEqual(['en/city-library-move', 'ja/city-library-move']);
    expect(withDrafts.explainers.map((e) => `${e.locale}/${e.slug}/${e.published}`)).toEqual([
      'ja/river-cleanup-draft/2026-12-01',
      'en/city-library-move/2026-11-21',
      'ja/city-library-move/2026-11-20',
    ]);
    expect(find(withDrafts.explainers, 'ja', 'river-cleanup-draft').draft).toBe(true);
  });

  it('lists the locales in which a slug is visible', () => {
    expect(find(published.explainers, 'ja', 'city-library-move').translations).toEqual(['ja', 'en']);
    expect(find(withDrafts.explainers, 'ja', 'river-cleanup-draft').translations).toEqual(['ja']);
  });

  it('reads the front matter into typed fields', () => {
    const ja = find(published.explainers, 'ja', 'city-library-move');
    expect(ja).toMatchObject({
      title: '市立図書館はなぜ駅前に移るの?',
      published: '2026-11-20',
      updated: '2026-11-25',
      topics: ['city-life', 'libraries'],
      author: '解説編集部',
      draft: false,
      corrections: [{ date: '2026-11-22', text: '初出時、移転先の階数を誤って記載していました。' }],
      sourcePath: 'explainers/city-library-move/ja.md',
    });
    expect(ja.keyPoints).toHaveLength(3);
    const en = find(published.explainers, 'en', 'city-library-move');
    expect('updated' in en).toBe(false);
    expect('author' in en).toBe(false);
    expect(en.corrections).toEqual([]);
  });

  it('splits the body into pages, sections and blocks in the editor order', () => {
    const ja = find(published.explainers, 'ja', 'city-library-move');
    expect(ja.pages.map((page) => [page.number, page.title, page.teaser])).toEqual([
      [1, '駅前移転のあらまし', '開館時間と席数はどう変わるのか。'],
      [2, '何が変わるのか', '旧館の跡地はどうなるのか。'],
      [3, 'これからの課題', '残る論点を整理する。'],
    ]);
    const [first, second] = ja.pages;
    // The opener was wrapped over two lines; between Japanese characters the break disappears.
    expect(first?.intro).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: '市立図書館の移転について、まず全体像を見ます。' }] }]);
    const section = first?.sections[0];
    expect(section?.id).toBe('移転の決定');
    expect(section?.qa).toEqual({ question: '図書館はいつ移るの?', answer: [{ type: 'text', value: '2027年の春です。' }] });
    expect(section?.blocks.map((block) => block.type)).toEqual(['paragraph', 'source', 'commentary', 'voice']);
    expect(section?.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: '市議会は移転の予算を' },
        { type: 'strong', children: [{ type: 'text', value: '賛成多数' }] },
        { type: 'text', value: 'で可決しました。' },
      ],
    });
    expect(section?.blocks[1]).toEqual({
      type: 'source',
      name: '市の広報',
      url: 'https://example.jp/news/library',
      points: [[{ type: 'text', value: '移転先は駅前ビルの3〜5階。' }], [{ type: 'text', value: '総事業費は約40億円。' }]],
      image: { src: '/content-images/city-library-move/library-front.png', alt: '駅前ビルの完成予想図', credit: '市の広報資料' },
    });
    expect(second?.sections[0]?.blocks.map((block) => block.type)).toEqual(['list', 'quote', 'paragraph']);
    expect(second?.sections[0]?.blocks[0]).toMatchObject({ type: 'list', ordered: true });
    expect(second?.sections[0]?.blocks[2]).toMatchObject({
      children: [{ type: 'text', value: '詳しくは' }, { type: 'link', url: 'https://example.jp/library/plan' }, { type: 'text', value: 'を参照してください。' }],
    });
  });

  it('joins wrapped English lines with a space', () => {
    const en = find(published.explainers, 'en', 'city-library-move');
    expect(en.pages[0]?.intro).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'First, the overall picture.' }] }]);
  });

  it('counts the reader-visible characters', () => {
    // Counted by hand from river-cleanup-draft/ja.md: title 14, lead 9, key points 4+4+4,
    // page titles 4+3, headings 5+6, paragraphs 3+3.
    expect(find(withDrafts.explainers, 'ja', 'river-cleanup-draft').characterCount).toBe(59);
  });
});

describe('warnings', () => {
  const root = path.join(fixtures, 'warnings');
  const { issues, explainers } = loadContent({ contentDir: root, baseDir: root, includeDrafts: false });

  it('warns without failing: missing translation, unused image, hidden file, translation of a draft', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(issues.map((issue) => `${issue.path}:${issue.line}:${issue.column}  ${issue.message}`)).toEqual([
      'explainers/.gitkeep:1:1  hidden file ignored',
      'explainers/draft-original/en.md:2:1  en.md is published but ja.md is a draft',
      'explainers/warned-explainer/images/unused.png:1:1  this image is not used by any source card',
      'explainers/warned-explainer/ja.md:1:1  no English translation (en.md) yet',
    ]);
    expect(explainers.map((e) => `${e.locale}/${e.slug}`)).toEqual(['en/draft-original', 'ja/warned-explainer']);
  });
});

describe('the real content folder', () => {
  const contentDir = path.resolve('content');
  const { issues, explainers } = loadContent({ contentDir, includeDrafts: true });
  const folders = fs.existsSync(path.join(contentDir, 'explainers')) ? fs.readdirSync(path.join(contentDir, 'explainers')) : [];

  it('passes the check', () => {
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('publishes every explainer folder in Japanese, with translations of the same length', () => {
    for (const slug of folders) {
      const original = explainers.find((e) => e.slug === slug && e.locale === defaultLocale);
      expect(original, slug).toBeDefined();
      for (const translation of explainers.filter((e) => e.slug === slug)) {
        expect(translation.pages.length).toBe(original?.pages.length);
        expect(translation.translations).toEqual(locales.filter((locale) => explainers.some((e) => e.slug === slug && e.locale === locale)));
        expect(translation.sourcePath).toBe(`content/explainers/${slug}/${translation.locale}.md`);
      }
    }
  });

  it('gives every explainer at least two pages with sections, unique section ids and a reading length', () => {
    for (const explainer of explainers) {
      expect(explainer.pages.length).toBeGreaterThanOrEqual(2);
      const ids = explainer.pages.flatMap((page) => page.sections.map((section) => section.id));
      expect(new Set(ids).size).toBe(ids.length);
      for (const page of explainer.pages) expect(page.sections.length).toBeGreaterThan(0);
      expect(explainer.characterCount).toBeGreaterThan(500);
      for (const source of explainer.pages.flatMap((page) => page.sections.flatMap((section) => section.blocks))) {
        if (source.type === 'source') expect(source.url.startsWith('https://')).toBe(true);
      }
    }
  });

  it.runIf(folders.includes('north-korea-russia-china'))('has the first explainer in Japanese and English', () => {
    const slugs = explainers.filter((e) => e.slug === 'north-korea-russia-china').map((e) => e.locale);
    expect(slugs).toEqual(['ja', 'en']);
  });
});
