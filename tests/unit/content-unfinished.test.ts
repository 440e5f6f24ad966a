// Nothing unfinished is published (lib/content/checks/unfinished.ts): one fixture per message, the
// same text as a draft passes, and the real scaffold is caught on every marker it writes.
import { describe, expect, it } from 'vitest';
import { isReservedHost } from '@/lib/content/checks/unfinished';
import { PLACEHOLDER_SOURCE_URL, SAMPLE_CORRECTION, TO_FILL } from '@/lib/content/config';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { scaffoldDraft } from '@/lib/editor-tools/scaffold';
import { BASE, changed, FILE, issuesOf } from './support/one-explainer';

const MARKER = `"${TO_FILL}" marks a text still to be written (put there by npm run new or npm run import)`;

const cases: Record<string, { text: string; expected: string[] }> = {
  'marker in the title': {
    text: changed('title: テストの解説', `title: ${TO_FILL}テストの解説`),
    expected: [`${FILE}:2:8  ${MARKER}`],
  },
  'marker twice in a body line': {
    text: changed('本文です。詳しくは', `${TO_FILL}本文です。${TO_FILL}詳しくは`),
    expected: [`${FILE}:21:1  ${MARKER}`, `${FILE}:21:11  ${MARKER}`],
  },
  'the scaffold address': {
    text: changed('https://www.asahi.com/a', PLACEHOLDER_SOURCE_URL),
    expected: [`${FILE}:23:26  "${PLACEHOLDER_SOURCE_URL}" is the scaffold's example address, not a source`],
  },
  'a reserved domain in a link': {
    text: changed('https://www.nhk.or.jp/a', 'https://news.example.org/a'),
    expected: [`${FILE}:21:15  "https://news.example.org/a" is on news.example.org, a reserved example domain that no real source uses`],
  },
  'a .test domain in a source': {
    text: changed('https://www.asahi.com/a', 'https://paper.test/a'),
    expected: [`${FILE}:23:26  "https://paper.test/a" is on paper.test, a reserved example domain that no real source uses`],
  },
  'the sample correction': {
    text: changed('draft: false', `draft: false\ncorrections:\n  - date: ${SAMPLE_CORRECTION.date}\n    text: ${SAMPLE_CORRECTION.text}`),
    expected: [`${FILE}:13:11  this correction is the example from the scaffold's comment`],
  },
};

describe('unfinished content in a published explainer', () => {
  for (const [name, { text, expected }] of Object.entries(cases)) {
    it(`reports ${name}`, () => {
      expect(issuesOf({ [FILE]: text })).toEqual(expected);
    });
    it(`accepts ${name} in a draft`, () => {
      expect(issuesOf({ [FILE]: text.replace('draft: false', 'draft: true') })).toEqual([]);
    });
  }

  it('has no complaint about the base fixture', () => {
    expect(issuesOf({ [FILE]: BASE })).toEqual([]);
  });

  it('catches every marker the real scaffold writes, and nothing in its comments', () => {
    const draft = scaffoldDraft('2026-02-28');
    const markdown = draftToMarkdown({ ...draft, frontMatter: { ...draft.frontMatter, draft: false, topics: ['testing'] } });
    const issues = issuesOf({ [FILE]: markdown });
    // The header comment (line 2) mentions the marker too; readers never see it.
    expect(markdown.split('\n')[1]).toContain(`# 下書きです。${TO_FILL}`);
    const markers = markdown.split(TO_FILL).length - 2;
    expect(markers).toBeGreaterThan(10);
    expect(issues.filter((issue) => issue.endsWith(MARKER))).toHaveLength(markers);
    expect(issues.some((issue) => issue.includes(`"${PLACEHOLDER_SOURCE_URL}" is the scaffold's example address`))).toBe(true);
  });

  it('knows the reserved names and their subdomains, and nothing else', () => {
    for (const host of ['example.com', 'a.example.net', 'EXAMPLE.ORG.', 'site.example', 'x.test', 'y.invalid', 'localhost', 'app.localhost']) {
      expect(isReservedHost(host), host).toBe(true);
    }
    for (const host of ['example.jp', 'myexample.com', 'example.com.au', 'testing.jp', 'www3.nhk.or.jp']) {
      expect(isReservedHost(host), host).toBe(false);
    }
  });
});
