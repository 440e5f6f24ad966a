// Translations kept in step (lib/content/checks/translation.ts): one fixture per message in
// tests/fixtures/content/translation/explainers/<name>/. Each en.md was marked with
// `npm run translation:mark` against the same ja.md; then that ja.md was changed as the name says.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { markTranslations, withMark } from '@/lib/editor-tools/translation-mark';
import { EditorToolError } from '@/lib/editor-tools/write-explainer';

const fixtures = path.join(__dirname, '../fixtures/content/translation');
const issues = loadContent({ includeDrafts: true, contentDir: fixtures, baseDir: path.join(fixtures, 'explainers') }).issues;
const of = (fixture: string) =>
  issues.filter((issue) => issue.path.startsWith(`${fixture}/`)).map((issue) => `${issue.path}:${issue.line}:${issue.column} ${issue.severity} ${issue.message}`);
const stale = (fixture: string, changes: string) =>
  `${fixture}/en.md:11:3 warning en.md may be out of date: ja.md has changed since the version of 2026-12-01 it translates (${changes})`;

describe('a translation out of step with ja.md', () => {
  it('says nothing while ja.md is as it was marked, or when the translation names no revision', () => {
    expect(of('in-step')).toEqual([]);
    expect(of('unmarked')).toEqual([]);
  });

  it.each([
    ['section-changed', 'page 1: the section 「移転の決定」'],
    ['title-changed', 'the title, lead, key points, updates, corrections or terms'],
    ['opener-changed', 'page 1: its title, teaser or opener'],
    ['section-added', 'page 2: the section 「費用」'],
    ['section-removed', 'page 1: a section was removed'],
  ])('%s: names what changed', (fixture, changes) => {
    expect(of(fixture)).toEqual([stale(fixture, changes)]);
  });

  it('page-added: names the new page, beside the error about the page count', () => {
    expect(of('page-added')).toEqual([stale('page-added', 'page 3 (new)'), 'page-added/en.md:27:1 error en.md has 2 pages but ja.md has 3']);
  });

  it('bad-revision: a revision edited by hand is an error', () => {
    expect(of('bad-revision')).toEqual(['bad-revision/en.md:12:13 error "translatedFrom.revision": is not a revision written by npm run translation:mark']);
  });

  it('the hint names the command with the slug', () => {
    expect(issues.find((issue) => issue.path.startsWith('section-changed/'))?.hint).toContain('npm run translation:mark -- section-changed');
  });
});

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

function copyOf(fixture: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-translation-'));
  temporary.push(root);
  fs.cpSync(path.join(fixtures, 'explainers', fixture), path.join(root, 'explainers', fixture), { recursive: true });
  return root;
}

describe('npm run translation:mark', () => {
  it('brings a stale translation back in step, touching only its field', () => {
    const root = copyOf('section-changed');
    const file = path.join(root, 'explainers/section-changed/en.md');
    const before = fs.readFileSync(file, 'utf8');
    expect(markTranslations({ contentDir: root, slug: 'section-changed', date: '2026-12-03', baseDir: root })).toEqual([
      { locale: 'en', path: 'explainers/section-changed/en.md', changed: true },
    ]);
    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain('translatedFrom:\n  date: 2026-12-03\n  revision: "');
    const withoutField = (text: string) => text.replace(/translatedFrom:\n(?: {2}.*\n)+/, '');
    expect(withoutField(after)).toBe(withoutField(before));
    expect(loadContent({ includeDrafts: true, contentDir: root, baseDir: root }).issues).toEqual([]);
  });

  it('leaves a translation already in step as it was, date included', () => {
    const root = copyOf('in-step');
    const file = path.join(root, 'explainers/in-step/en.md');
    const before = fs.readFileSync(file, 'utf8');
    expect(markTranslations({ contentDir: root, slug: 'in-step', date: '2026-12-09', baseDir: root })[0]?.changed).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('adds the field as the last one of a translation that has none', () => {
    const root = copyOf('unmarked');
    markTranslations({ contentDir: root, slug: 'unmarked', date: '2026-12-03', baseDir: root });
    const text = fs.readFileSync(path.join(root, 'explainers/unmarked/en.md'), 'utf8');
    expect(text).toMatch(/topics: \[testing\]\ntranslatedFrom:\n {2}date: 2026-12-03\n {2}revision: "[0-9a-f. ]+"\n---\n/);
  });

  it('refuses an unknown slug, a folder without translation, a file without front matter', () => {
    const root = copyOf('unmarked');
    expect(() => markTranslations({ contentDir: root, slug: 'Nope', date: '2026-12-03' })).toThrow(EditorToolError);
    expect(() => markTranslations({ contentDir: root, slug: 'missing', date: '2026-12-03' })).toThrow(/does not exist/);
    fs.rmSync(path.join(root, 'explainers/unmarked/en.md'));
    expect(() => markTranslations({ contentDir: root, slug: 'unmarked', date: '2026-12-03' })).toThrow(/no translation yet/);
    expect(() => withMark('title: x\n', '2026-12-03', 'abcdef', 'en.md')).toThrow(/no front matter/);
  });
});

describe('the explainer published today', () => {
  it('its translation names the current revision of ja.md', () => {
    const contentDir = path.join(__dirname, '../../content');
    const en = fs.readFileSync(path.join(contentDir, 'explainers/north-korea-russia-china/en.md'), 'utf8');
    expect(en).toMatch(/^translatedFrom:$/m);
    expect(loadContent({ includeDrafts: true, contentDir }).issues).toEqual([]);
  });
});
