// content/topics.yaml and what hangs on it: the file's own checks, topics used by explainers, the
// scaffold's placeholder, the same source twice, and the lists readers see (topic pages, related
// explainers), on small content trees written by each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locales, type Locale } from '@/i18n/locales';
import { formatIssue } from '@/lib/content/checks/issues';
import { loadContent } from '@/lib/content/load';
import { frontMatter } from './support/one-explainer';
import { editionOf, explainersByTopic, localizeTopic, relatedExplainers, topicsWithPages } from '@/lib/content/query/topics';

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-topics-'));
  fs.mkdirSync(path.join(root, 'explainers'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

interface ExplainerSpec {
  topics: string;
  published?: string;
  draft?: boolean;
  sources?: string[];
}

/** A minimal valid explainer file (front matter from support/one-explainer.ts); `topics` is written as is (YAML flow list). */
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

/** The same explainer in every locale, so that no "missing translation" warning gets in the way. */
function writeEverywhere(slug: string, spec: ExplainerSpec) {
  for (const locale of locales) writeExplainer(slug, locale, spec);
}

function writeTopics(text: string) {
  fs.writeFileSync(path.join(root, 'topics.yaml'), text);
}

const TOPICS = `# test topics
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

function load() {
  return loadContent({ contentDir: root, baseDir: root, includeDrafts: true });
}

/** `path:line:column  message` of every issue (warnings marked), without hints. */
function lines(issues: ReturnType<typeof load>['issues']) {
  return issues.map((issue) => formatIssue(issue).split('  (')[0]);
}

describe('the topics file', () => {
  it('is read in its own order, with names in every locale and optional descriptions', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, libraries, environment]' });
    writeExplainer('library', 'en', { topics: '[city-life, libraries, environment]' });
    const { issues, topics } = load();
    expect(lines(issues)).toEqual([]);
    expect(topics.map((topic) => topic.slug)).toEqual(['city-life', 'libraries', 'environment']);
    const [cityLife] = topics;
    expect(cityLife && localizeTopic(cityLife, 'ja')).toEqual({ slug: 'city-life', locale: 'ja', name: '暮らし', description: '街の暮らしの話題。' });
    expect(cityLife && localizeTopic(cityLife, 'en')).toEqual({ slug: 'city-life', locale: 'en', name: 'City life' });
  });

  it('reports each mistake at its line: missing or empty name, unknown field, bad or reserved name, wrong shape', () => {
    writeTopics(`city-life:
  ja: 暮らし
libraries:
  ja: 図書館
  jp: 図書館
  en: Libraries
North Korea:
  ja: 北朝鮮
  en: North Korea
todo:
  ja: 未定
  en: To do
environment: 環境
transport:
  ja: 交通
  en:
  description: 交通の話題
`);
    writeEverywhere('library', { topics: '[city-life, libraries, environment, transport]' });
    const { issues, topics } = load();
    expect(lines(issues)).toEqual([
      'topics.yaml:2:3  topic "city-life" has no English name',
      'topics.yaml:5:3  unknown field "jp" in topic "libraries"',
      'topics.yaml:7:1  "North Korea" is not a valid topic name',
      'topics.yaml:10:1  "todo" is reserved for drafts that have no topic yet',
      'topics.yaml:13:14  topic "environment" must list its names by language',
      'topics.yaml:16:6  the English name of topic "transport" is empty',
      'topics.yaml:17:16  the description of topic "transport" must list one text per language',
    ]);
    // A topic written with a mistake is not also "unknown" in the explainers that list it.
    expect(issues.every((issue) => issue.path === 'topics.yaml')).toBe(true);
    expect(topics).toEqual([]);
  });

  it('suggests the right field for a misspelt one', () => {
    writeTopics('libraries:\n  ja: 図書館\n  en: Libraries\n  descripton:\n    ja: 本の話題。\n');
    writeEverywhere('library', { topics: '[libraries]' });
    const [issue] = load().issues;
    expect(issue?.message).toBe('unknown field "descripton" in topic "libraries"');
    expect(issue?.hint).toContain('did you mean description?');
  });

  it('reports YAML syntax errors and an empty file', () => {
    writeTopics('libraries:\n  ja: 図書館\n  en: Libraries\nlibraries:\n  ja: 本\n  en: Books\n');
    expect(lines(load().issues)).toEqual(['topics.yaml:4:1  YAML syntax error: Map keys must be unique']);
    writeTopics('\n');
    expect(lines(load().issues)).toEqual(['topics.yaml:1:1  the topics file is empty']);
  });

  it('must be named topics.yaml', () => {
    fs.writeFileSync(path.join(root, 'topics.yml'), TOPICS);
    const [issue] = load().issues;
    expect(`${issue?.path}  ${issue?.message}`).toBe('topics.yml  unexpected file in content/');
    expect(issue?.hint).toBe('the topic list is content/topics.yaml (this exact name)');
  });
});

describe('topics listed by explainers', () => {
  it('are errors when the file does not define them, with the closest name as a hint', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, librares, weather]' });
    const { issues, explainers } = load();
    expect(lines(issues)).toEqual([
      'explainers/library/ja.md:1:1  warning: no English translation (en.md) yet',
      'explainers/library/ja.md:9:21  unknown topic "librares"',
      'explainers/library/ja.md:9:31  unknown topic "weather"',
      // "librares" does not count as a use of "libraries".
      'topics.yaml:7:1  warning: topic "libraries" is not used by any explainer',
      'topics.yaml:10:1  warning: topic "environment" is not used by any explainer',
    ]);
    expect(issues.find((issue) => issue.message.includes('librares'))?.hint).toBe('did you mean libraries? The topics are defined in content/topics.yaml');
    expect(issues.find((issue) => issue.message.includes('weather'))?.hint).toBe(
      'add it to content/topics.yaml with its name in every language, or use one of: city-life, libraries, environment',
    );
    // The file in error is not published.
    expect(explainers).toEqual([]);
  });

  it('accept the scaffold placeholder in drafts only', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, libraries, environment]' });
    writeExplainer('library', 'en', { topics: '[city-life, libraries, environment]' });
    writeExplainer('new-draft', 'ja', { topics: '[todo]', draft: true });
    writeExplainer('forgotten', 'ja', { topics: '[city-life, todo]' });
    const issues = load().issues.filter((issue) => issue.severity === 'error');
    expect(lines(issues)).toEqual(['explainers/forgotten/ja.md:9:21  "todo" is a placeholder, not a topic']);
    expect(issues[0]?.hint).toBe('replace it with topics from content/topics.yaml: city-life, libraries, environment');
  });

  it('are not checked against a list when there is no topics file (fixtures, benchmark corpora)', () => {
    writeExplainer('library', 'ja', { topics: '[anything]' });
    writeExplainer('library', 'en', { topics: '[anything]' });
    expect(load().issues).toEqual([]);
  });

  it('warn when a translation lists other topics than the original', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, libraries, environment]' });
    writeExplainer('library', 'en', { topics: '[libraries, city-life]' });
    expect(lines(load().issues)).toEqual([
      'explainers/library/en.md:9:9  warning: the topics differ from those of ja.md (city-life, libraries, environment)',
    ]);
  });
});

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

describe('what readers find', () => {
  // library (ja+en, 11-20), river (ja only, 12-01), bus (ja+en, 10-01), draft (ja, draft).
  function site() {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life, libraries]', published: '2026-11-20' });
    writeExplainer('library', 'en', { topics: '[city-life, libraries]', published: '2026-11-20' });
    writeExplainer('river', 'ja', { topics: '[environment, city-life]', published: '2026-12-01' });
    writeExplainer('bus', 'ja', { topics: '[city-life]', published: '2026-10-01' });
    writeExplainer('bus', 'en', { topics: '[city-life]', published: '2026-10-01' });
    writeExplainer('draft', 'ja', { topics: '[libraries]', published: '2026-12-24', draft: true });
    const loaded = loadContent({ contentDir: root, baseDir: root, includeDrafts: false });
    expect(loaded.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    return loaded;
  }
  const keys = (list: { locale: string; slug: string }[]) => list.map((explainer) => `${explainer.locale}/${explainer.slug}`);

  it('each edition: its own explainers plus untranslated originals, newest first', () => {
    const { explainers } = site();
    expect(keys(editionOf(explainers, 'ja'))).toEqual(['ja/river', 'ja/library', 'ja/bus']);
    expect(keys(editionOf(explainers, 'en'))).toEqual(['ja/river', 'en/library', 'en/bus']);
  });

  it('gives every locale the same topic pages, also for a topic whose explainers exist only in Japanese', () => {
    const { explainers, topics } = site();
    // "environment" is used by river (ja only). An empty list for one locale would drop the topic
    // route for every locale (vercel/next.js#95166), so the list must not depend on the locale.
    const pages = topicsWithPages(topics, explainers).map((topic) => topic.slug);
    expect(pages).toEqual(['city-life', 'libraries', 'environment']);
    for (const locale of locales) {
      for (const slug of pages) expect(explainersByTopic(editionOf(explainers, locale), slug).length, `${locale}/${slug}`).toBeGreaterThan(0);
    }
    expect(keys(explainersByTopic(editionOf(explainers, 'en'), 'environment'))).toEqual(['ja/river']);
    expect(keys(explainersByTopic(editionOf(explainers, 'ja'), 'city-life'))).toEqual(['ja/river', 'ja/library', 'ja/bus']);
  });

  it('leaves out topics that only drafts use', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[city-life]' });
    writeExplainer('library', 'en', { topics: '[city-life]' });
    writeExplainer('draft', 'ja', { topics: '[libraries, environment]', draft: true });
    const { explainers, topics, issues } = loadContent({ contentDir: root, baseDir: root, includeDrafts: false });
    // Used by a draft: not unused, but no page yet.
    expect(issues).toEqual([]);
    expect(topicsWithPages(topics, explainers).map((topic) => topic.slug)).toEqual(['city-life']);
  });

  it('related explainers share a topic, newest first, without the explainer itself', () => {
    const { explainers } = site();
    const find = (locale: Locale, slug: string) => {
      const found = explainers.find((explainer) => explainer.locale === locale && explainer.slug === slug);
      if (!found) throw new Error(`${locale}/${slug}`);
      return found;
    };
    expect(keys(relatedExplainers(find('ja', 'library'), editionOf(explainers, 'ja'), 5))).toEqual(['ja/river', 'ja/bus']);
    expect(keys(relatedExplainers(find('en', 'library'), editionOf(explainers, 'en'), 5))).toEqual(['ja/river', 'en/bus']);
    expect(keys(relatedExplainers(find('ja', 'library'), editionOf(explainers, 'ja'), 1))).toEqual(['ja/river']);
    // river shares only city-life with the others.
    expect(keys(relatedExplainers(find('ja', 'river'), editionOf(explainers, 'ja'), 5))).toEqual(['ja/library', 'ja/bus']);
  });

  it('related explainers are empty when no other explainer shares a topic', () => {
    writeTopics(TOPICS);
    writeExplainer('library', 'ja', { topics: '[libraries]' });
    writeExplainer('river', 'ja', { topics: '[environment, city-life]' });
    const { explainers } = loadContent({ contentDir: root, baseDir: root, includeDrafts: false });
    const library = explainers.find((explainer) => explainer.slug === 'library');
    expect(library && relatedExplainers(library, editionOf(explainers, 'ja'), 5)).toEqual([]);
  });
});
