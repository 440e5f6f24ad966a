// Source cards across one explainer file: the same address cited twice is a warning, an address
// that is not https an error.
import { describe, expect, it } from 'vitest';
import { lines, scratchTopicsTree } from './support/topics-tree';

const { writeExplainer, load } = scratchTopicsTree();

describe('source cards', () => {
  it('warn when one file cites the same address twice (fragment and trailing slash aside)', () => {
    writeExplainer('library', 'ja', {
      topics: '[city-life]',
      sources: ['https://example.jp/a', 'https://example.jp/b', 'https://example.jp/a/#part', 'https://example.jp/b?page=2'],
    });
    writeExplainer('library', 'en', { topics: '[city-life]', sources: ['https://example.jp/a'] });
    const issues = load().issues;
    expect(lines(issues)).toEqual([
      'explainers/library/ja.md:27:1  warning: this source card cites the same address as the card on line 19: https://example.jp/a/#part',
    ]);
    expect(issues[0]?.severity).toBe('warning');
  });

  it('refuse an address that is not https (an error, as before)', () => {
    writeExplainer('library', 'ja', { topics: '[city-life]', sources: ['http://example.jp/a'] });
    const errors = load().issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => issue.message)).toEqual([':::source url="http://example.jp/a" is not an https:// address']);
  });
});
