// scripts/html-check/vnu.ts: how `npm run test:html` sorts the Nu HTML Checker's messages. Only
// the listed false positives are set aside, each counted; everything else stays an error.
import { describe, expect, it } from 'vitest';
import { sortMessages, type VnuMessage } from '@/scripts/html-check/vnu';
import { KNOWN_FALSE_POSITIVES } from '@/scripts/html-check/known-false-positives';

const error = (message: string): VnuMessage => ({ type: 'error', url: 'file:/x/ja.html', message });

describe('sorting vnu messages', () => {
  it('sets aside each known CSS false positive, and counts it under its rule', () => {
    const css = [
      'CSS: Unrecognized at-rule “@property”',
      'CSS: “margin-trim”: Property “margin-trim” doesn\'t exist.',
      'CSS: “position-area”: Property “position-area” doesn\'t exist.',
      'CSS: “position-try-fallbacks”: Property “position-try-fallbacks” doesn\'t exist.',
    ].map(error);
    const sorted = sortMessages(css);
    expect(sorted.errors).toEqual([]);
    expect(sorted.ignored.map(({ messages }) => messages.length)).toEqual(KNOWN_FALSE_POSITIVES.map(() => 1));
  });

  it('keeps markup errors, other CSS errors and unreadable files as errors', () => {
    const real = [
      error('The “aria-labelledby” attribute must not be specified on any “div” element unless the element has a “role” value other than “caption”, “code”, “deletion”, “emphasis”, “generic”, “insertion”, “paragraph”, “presentation”, “strong”, “subscript”, or “superscript”.'),
      error('CSS: “colour”: Property “colour” doesn\'t exist.'),
      error('Duplicate ID “term-1-kim-jong-un”.'),
      { type: 'non-document-error', url: 'file:/x/missing.html', message: 'File not found.' } satisfies VnuMessage,
    ];
    const sorted = sortMessages(real);
    expect(sorted.errors).toEqual(real);
    expect(sorted.ignored.every(({ messages }) => messages.length === 0)).toBe(true);
  });

  it('reports warnings apart, without failing on them', () => {
    const warning: VnuMessage = { type: 'info', subType: 'warning', message: 'Consider adding a “lang” attribute to the “html” start tag.' };
    expect(sortMessages([warning])).toMatchObject({ errors: [], warnings: [warning] });
  });
});
