// Shared by the content-topics-*.test.ts files: a small content tree per test (a topics file and
// two-page explainers whose topics and source cards each test chooses), loaded as the site loads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { formatIssue } from '@/lib/content/checks/issues';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { frontMatter } from './one-explainer';

export interface ExplainerSpec {
  topics: string;
  published?: string;
  draft?: boolean;
  sources?: string[];
}

export const TOPICS = `# test topics
city-life:
  ja: 暮らし
  en: City life
  description:
    ja: 街の暮らしの話題。
libraries:
  ja: 図書館
  en: Libraries
environment:
  ja: 環境
  en: Environment
`;

/** `path:line:column  message` of every issue (warnings marked), without hints. */
export function lines(issues: LoadedContent['issues']) {
  return issues.map((issue) => formatIssue(issue).split('  (')[0]);
}

/** A fresh content tree for each test of the calling file, removed after it. */
export function scratchTopicsTree() {
  let root = '';
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-topics-'));
    fs.mkdirSync(path.join(root, 'explainers'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** A minimal valid explainer file (front matter from one-explainer.ts); `topics` is written as is (YAML flow list). */
  function writeExplainer(slug: string, locale: Locale, spec: ExplainerSpec) {
    const dir = path.join(root, 'explainers', slug);
    fs.mkdirSync(dir, { recursive: true });
    const cards = (spec.sources ?? [])
      .map((url) => `:::source{name="出典" url="${url}"}\n- 要点。\n:::\n`)
      .join('\n');
    const text = `${frontMatter(spec)}
::page{title="一ページ目" teaser="次は二ページ目。"}

## 最初の節

本文です。

${cards}
::page{title="二ページ目" teaser="おわり。"}

## 次の節

本文です。
`;
    fs.writeFileSync(path.join(dir, `${locale}.md`), text);
  }

  return {
    writeExplainer,
    /** The same explainer in every locale, so that no "missing translation" warning gets in the way. */
    writeEverywhere(slug: string, spec: ExplainerSpec) {
      for (const locale of locales) writeExplainer(slug, locale, spec);
    },
    writeTopics(text: string) {
      fs.writeFileSync(path.join(root, 'topics.yaml'), text);
    },
    /** Writes any other file at the tree's top (e.g. a misnamed topics file). */
    writeFile(name: string, text: string) {
      fs.writeFileSync(path.join(root, name), text);
    },
    load(options: { includeDrafts: boolean } = { includeDrafts: true }) {
      return loadContent({ contentDir: root, baseDir: root, ...options });
    },
  };
}
