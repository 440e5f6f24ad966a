// `npm run new`: the scaffold has every field and block, passes the real content check as a draft,
// and the writer refuses a bad slug or an existing folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRONT_MATTER_FIELDS } from '@/lib/content/parse/front-matter-schema';
import { loadContent } from '@/lib/content/load';
import { parseMarkdown } from '@/lib/content/parse/markdown';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { localDate } from '@/lib/editor-tools/local-date';
import { scaffoldDraft } from '@/lib/editor-tools/scaffold';
import { EditorToolError, writeNewExplainer } from '@/lib/editor-tools/write-explainer';
import { parse as parseYaml } from 'yaml';

let contentDir: string;

beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-scaffold-'));
  fs.mkdirSync(path.join(contentDir, 'explainers'));
});

afterEach(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});

const TODAY = '2026-02-28';
const scaffold = () => draftToMarkdown(scaffoldDraft(TODAY));

describe('localDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('is the calendar day where the editor is, not the UTC day', () => {
    // 00:30 in Tokyo is still the previous day in UTC; toISOString() would say 2026-01-04.
    process.env.TZ = 'Asia/Tokyo';
    expect(localDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    // 23:30 on New Year's Eve in Los Angeles is already the next year in UTC.
    process.env.TZ = 'America/Los_Angeles';
    expect(localDate(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });

  it('pads month and day', () => {
    expect(localDate(new Date(2027, 2, 9, 12))).toBe('2027-03-09');
  });
});

describe('the scaffold', () => {
  it('writes every front-matter field, with draft: true and the given date', () => {
    const root = parseMarkdown(scaffold());
    const yaml = root.children[0];
    expect(yaml?.type).toBe('yaml');
    const fields = parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Record<string, unknown>;
    // The newer optional fields are written commented out, with the optional blocks, to copy in.
    const commentedOut = ['status', 'updates', 'terms'];
    // translatedFrom belongs in translations only (npm run translation:mark writes it).
    const translationsOnly = ['translatedFrom'];
    expect(Object.keys(fields)).toEqual(FRONT_MATTER_FIELDS.filter((field) => !commentedOut.includes(field) && !translationsOnly.includes(field)));
    for (const part of ['# status: developing', '# updates:', '# terms:', '# :::timeline', '# :::known', '# :::unknown', '# :::view{', '# 本文の中の用語：:term[']) {
      expect(scaffold()).toContain(part);
    }
    expect(fields).toMatchObject({ draft: true, published: TODAY, updated: TODAY, corrections: [] });
    expect(fields.keyPoints).toHaveLength(3);
  });

  it('passes the content check in a content folder, as a draft, with every block in place', () => {
    const { absolute } = writeNewExplainer({ contentDir, slug: 'new-story', markdown: scaffold() });
    expect(absolute).toBe(path.join(contentDir, 'explainers', 'new-story', 'ja.md'));

    const loaded = loadContent({ contentDir, baseDir: contentDir, includeDrafts: true });
    expect(loaded.issues).toEqual([]);
    expect(loaded.stats).toMatchObject({ files: 1, drafts: 1, published: 0 });
    const [explainer] = loaded.explainers;
    expect(explainer).toMatchObject({ slug: 'new-story', locale: 'ja', draft: true, published: TODAY });

    const [page1, page2] = explainer!.pages;
    expect(explainer!.pages).toHaveLength(2);
    expect(page1!.intro).toHaveLength(1);
    const [section] = page1!.sections;
    expect(section?.qa?.question).toBeTruthy();
    expect(section?.blocks.map((block) => block.type)).toEqual(['paragraph', 'source', 'commentary', 'voice']);
    const source = section?.blocks.find((block) => block.type === 'source');
    expect(source?.type === 'source' && source.url.startsWith('https://')).toBe(true);
    expect(page2!.sections[0]?.blocks.length).toBeGreaterThan(0);

    // Drafts are left out of the published site.
    expect(loadContent({ contentDir, includeDrafts: false }).explainers).toEqual([]);
  });

  it('uses ::page lines with title and teaser for both pages', () => {
    const pages = parseMarkdown(scaffold()).children.filter((node) => node.type === 'leafDirective' && node.name === 'page');
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.type === 'leafDirective' && Object.keys(page.attributes ?? {}).sort()).toEqual(['teaser', 'title']);
    }
  });
});

describe('writeNewExplainer refuses', () => {
  it.each(['Bad-Slug', 'north_korea', 'two--hyphens', '-leading', 'trailing-', 'has space', '', 'ｋａｉｓｅｔｓｕ', '../escape'])(
    'the invalid slug %j, and writes nothing',
    (slug) => {
      expect(() => writeNewExplainer({ contentDir, slug, markdown: scaffold() })).toThrow(EditorToolError);
      expect(() => writeNewExplainer({ contentDir, slug, markdown: scaffold() })).toThrow(/not a valid slug/);
      expect(fs.readdirSync(path.join(contentDir, 'explainers'))).toEqual([]);
    },
  );

  it('an existing folder, leaving its file untouched', () => {
    const folder = path.join(contentDir, 'explainers', 'taken');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'ja.md'), 'original');
    expect(() => writeNewExplainer({ contentDir, slug: 'taken', markdown: scaffold() })).toThrow(/already exists/);
    expect(fs.readFileSync(path.join(folder, 'ja.md'), 'utf8')).toBe('original');
  });

  it('an existing empty folder too', () => {
    fs.mkdirSync(path.join(contentDir, 'explainers', 'empty'));
    expect(() => writeNewExplainer({ contentDir, slug: 'empty', markdown: scaffold() })).toThrow(/already exists/);
  });

  it('a content folder that does not exist', () => {
    const missing = path.join(contentDir, 'nope');
    expect(() => writeNewExplainer({ contentDir: missing, slug: 'fine', markdown: scaffold() })).toThrow(/does not exist/);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('a file that would not pass the content check', () => {
    const broken = scaffold().replace('draft: true', 'draft: maybe');
    expect(() => writeNewExplainer({ contentDir, slug: 'broken', markdown: broken })).toThrow(/"draft" must be true or false/);
    expect(fs.existsSync(path.join(contentDir, 'explainers', 'broken'))).toBe(false);
  });
});
