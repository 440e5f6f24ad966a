// A small valid explainer written to a temporary content folder, for checks tested one message at a
// time: each test changes one line of BASE and looks for exactly the issue that change causes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatIssue } from '@/lib/content/checks/issues';
import { loadContent } from '@/lib/content/load';

export const FILE = 'explainers/test-explainer/ja.md';

/** The front matter of a minimal valid explainer, with the fields tests vary. */
export function frontMatter(fields: { published?: string; topics?: string; draft?: boolean } = {}): string {
  return `---
title: テストの解説
lead: テスト用の短いリード文です。
keyPoints:
  - 一つ目の要点。
  - 二つ目の要点。
  - 三つ目の要点。
published: ${fields.published ?? '2026-11-20'}
topics: ${fields.topics ?? '[testing]'}
draft: ${fields.draft ?? false}
---
`;
}

export const BASE = `${frontMatter()}
::page{title="一ページ目" teaser="次は二ページ目。"}

## 最初の節

:::qa{question="何が起きた？"}
会談が開かれた。
:::

本文です。詳しくは[記事](https://www.nhk.or.jp/a)を参照。

:::source{name="新聞" url="https://www.asahi.com/a"}
- 要点だ。
:::

::page{title="二ページ目" teaser="おわり。"}

## 次の節

本文です。
`;

/** Loads `files` (content-relative path → text) and returns its issues as `path:line:column  message`. */
export function issuesOf(files: Record<string, string>, options: { includeDrafts?: boolean; env?: NodeJS.ProcessEnv } = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-check-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const { issues } = loadContent({ contentDir: dir, baseDir: dir, includeDrafts: options.includeDrafts ?? true });
    return issues.filter((issue) => !issue.message.startsWith('no English translation')).map((issue) => formatIssue(issue).replace(/ {2}\(.*\)$/, ''));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** BASE with `from` replaced by `to` (which must occur). */
export function changed(from: string, to: string, base = BASE): string {
  if (!base.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return base.replace(from, to);
}
