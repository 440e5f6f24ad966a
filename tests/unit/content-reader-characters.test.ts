// Invisible characters in the text readers see: one fixture per message (tests/fixtures/invisible).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

const fixtures = path.join(__dirname, '../fixtures');
const issuesOf = (dir: string) =>
  loadContent({ includeDrafts: true, contentDir: path.join(fixtures, dir), baseDir: path.join(fixtures, dir) })
    .issues.filter((issue) => issue.message !== 'no English translation (en.md) yet')
    .map((issue) => `${issue.path}:${issue.line}:${issue.column} ${issue.severity} ${issue.message}`);

describe('invisible characters in reader text', () => {
  it('reports each with file:line:column; emoji joiners and a full-width space inside prose pass', () => {
    expect(issuesOf('invisible')).toEqual([
      'explainers/direction-mark/ja.md:17:3 warning invisible character U+200E LEFT-TO-RIGHT MARK in the text',
      'explainers/heading-edge/ja.md:19:1 warning the heading ends with U+00A0 NO-BREAK SPACE',
      'explainers/joiner/ja.md:17:18 error invisible character U+200D ZERO WIDTH JOINER in the text',
      'explainers/soft-hyphen/ja.md:17:10 error invisible character U+00AD SOFT HYPHEN in the text',
      'explainers/teaser-edge/ja.md:13:30 warning the "teaser" of ::page starts with U+00A0 NO-BREAK SPACE',
      'explainers/title-edge/ja.md:2:8 warning "title" ends with U+3000 IDEOGRAPHIC SPACE',
      'explainers/zero-width/ja.md:17:3 error invisible character U+200B ZERO WIDTH SPACE in the text',
    ]);
  });

  it('finds nothing in the explainer published today', () => {
    const { issues } = loadContent({ includeDrafts: true, contentDir: path.join(__dirname, '../../content') });
    expect(issues).toEqual([]);
  });
});
