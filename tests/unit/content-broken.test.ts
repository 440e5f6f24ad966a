// Each folder under tests/fixtures/content/broken/ is a small content tree with one mistake an
// editor could make. The checker must report exactly that mistake, at the right line and column.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '@/lib/content/checks/issues';
import { loadContent } from '@/lib/content/load';

const BROKEN = fileURLToPath(new URL('../fixtures/content/broken/', import.meta.url));
const FILE = 'explainers/test-explainer/ja.md';
const EN = 'explainers/test-explainer/en.md';

/** Case folder → every error expected, as `path:line:column  message`. */
const expected: Record<string, string[]> = {
  'yaml-syntax': [`${FILE}:2:8  YAML syntax error: Nested mappings are not allowed in compact mappings`],
  'missing-title': [`${FILE}:2:1  "title" is missing`],
  'empty-lead': [`${FILE}:3:7  "lead" is empty`],
  'unknown-key': [`${FILE}:4:1  unknown field "keypoints"`],
  'impossible-date': [`${FILE}:8:12  "published": 2025-02-30 is not a real date (February 2025 has 28 days)`],
  'date-format': [`${FILE}:8:12  "published": "2026/11/20" is not a date in the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM with an optional zone such as +09:00)`],
  'updated-before-published': [`${FILE}:9:10  "updated": 2026-11-01 is before the publication date 2026-11-20`],
  'two-key-points': [`${FILE}:5:3  there must be exactly three key points, not 2`],
  'draft-not-boolean': [`${FILE}:10:8  "draft" must be true or false`],
  'bad-topic': [`${FILE}:9:19  topic 2 "North Korea" is not a valid topic name`],
  'missing-front-matter': [`${FILE}:1:1  the file has no front matter`],
  'unknown-block': [`${FILE}:16:1  unknown block ":::sidebar"`],
  'unknown-attribute': [`${FILE}:12:1  ::page has no attribute "tilte"`],
  'source-missing-url': [`${FILE}:18:1  :::source needs a "url" attribute`],
  'source-javascript-url': [`${FILE}:18:1  :::source url="javascript:alert(1)" is not an https:// address`],
  'raw-html': [
    `${FILE}:16:4  HTML is not allowed: <b>`,
    `${FILE}:16:9  HTML is not allowed: </b>`,
    `${FILE}:18:1  HTML is not allowed`,
  ],
  'http-link': [`${FILE}:16:5  link "http://example.jp/a" is not an https:// address`],
  'code-block': [`${FILE}:18:1  code blocks are not allowed`],
  'text-directive': [`${EN}:16:7  ":Russia" is read as an inline directive, which is not allowed`],
  'heading-level': [`${FILE}:18:1  a ### heading is not allowed`],
  'text-before-page': [`${FILE}:12:1  the body must start with a ::page line`],
  'qa-not-first': [`${FILE}:18:1  :::qa must come right after the section heading`],
  'unclosed-block': [`${FILE}:21:1  the :::commentary block that starts on line 18 is not closed before this line`],
  'empty-page': [`${FILE}:18:1  page 2 has no section`],
  'empty-section': [`${FILE}:14:1  the section "最初の節" has no text`],
  'single-page': [`${FILE}:12:1  the explainer has only one page`],
  'no-body': [`${FILE}:11:1  the explainer has no pages`],
  'page-missing-teaser': [`${FILE}:12:1  ::page needs a "teaser" attribute`],
  'duplicate-section-ids': [`${FILE}:20:1  the section link "#最初の節" is already used by the heading on line 14`],
  'missing-image': [`${FILE}:18:1  :::source image="images/photo.jpg": the file does not exist`],
  'image-without-credit': [`${FILE}:18:1  :::source: the image has no credit (credit="…")`],
  'not-an-image': ['explainers/test-explainer/images/chart.svg:1:1  not an image the site can show'],
  'locale-fr': ['explainers/test-explainer/fr.md:1:1  "fr" is not a language of the site'],
  'empty-file': [`${FILE}:1:1  the file is empty`],
  'binary-file': [`${FILE}:1:1  this is not a text file (it contains binary data)`],
  'shift-jis': [`${FILE}:1:1  the file is not valid UTF-8 text`],
  'translation-page-count': [`${EN}:24:1  en.md has 3 pages but ja.md has 2`],
  'bad-slug': ['explainers/North_Korea/:1:1  "North_Korea" is not a valid folder name for an explainer'],
  'only-english': ['explainers/test-explainer/:1:1  ja.md is missing'],
  'unexpected-files': [
    'explainers/test-explainer/notes.txt:1:1  unexpected file',
    'foo.md:1:1  unexpected file in content/',
  ],
  'og-missing-glyph': [`${FILE}:2:8  the title has "䴘" (U+4D18), which the share image font cannot draw`],
  'two-broken-files': [
    'explainers/first-explainer/ja.md:8:12  "published": 2026-13-01 is not a real date (there is no month 13)',
    'explainers/second-explainer/ja.md:16:1  unknown block ":::sidenote"',
  ],
};

function check(name: string) {
  const root = path.join(BROKEN, name);
  return loadContent({ contentDir: root, baseDir: root, includeDrafts: true });
}

describe('broken content fixtures', () => {
  it('has a test for every fixture folder, and at least 20 of them', () => {
    const folders = fs.readdirSync(BROKEN).sort();
    expect(folders).toEqual(Object.keys(expected).sort());
    expect(folders.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.entries(expected))('%s: reports the mistake where it is', (name, errors) => {
    const { issues, explainers } = check(name);
    const found = issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.path}:${issue.line}:${issue.column}  ${issue.message}`);
    expect(found).toEqual(errors);
    // Nothing broken reaches the site: no file in error, nor any file of a folder in error.
    const brokenPaths = new Set(issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path));
    for (const explainer of explainers) {
      expect(brokenPaths.has(explainer.sourcePath)).toBe(false);
      expect(brokenPaths.has(`explainers/${explainer.slug}/`)).toBe(false);
    }
  });

  it('reports problems in two files in one run', () => {
    const output = formatIssues(check('two-broken-files').issues).split('\n');
    expect(output.some((line) => line.startsWith('explainers/first-explainer/ja.md:8:12  '))).toBe(true);
    expect(output.some((line) => line.startsWith('explainers/second-explainer/ja.md:16:1  '))).toBe(true);
  });

  it('gives every problem a plain-English hint, without library jargon', () => {
    for (const name of Object.keys(expected)) {
      for (const issue of check(name).issues) {
        expect(issue.hint.length).toBeGreaterThan(10);
        expect(`${issue.message} ${issue.hint}`).not.toMatch(/undefined|null|zod|mdast|Invalid input|expected string/i);
      }
    }
  });

  it('suggests the intended name for a misspelt field or attribute', () => {
    const [field] = check('unknown-key').issues.filter((issue) => issue.severity === 'error');
    expect(field?.hint).toContain('did you mean keyPoints?');
    const [attribute] = check('unknown-attribute').issues.filter((issue) => issue.severity === 'error');
    expect(attribute?.hint).toContain('did you mean title?');
  });

  it('prints issues as path:line:column  message  (hint)', () => {
    const output = formatIssues(check('impossible-date').issues);
    expect(output).toBe(
      `${FILE}:8:12  "published": 2025-02-30 is not a real date (February 2025 has 28 days)  (write the date as YYYY-MM-DD, e.g. 2026-02-28)`,
    );
  });
});
