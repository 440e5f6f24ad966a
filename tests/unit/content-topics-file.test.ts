// content/topics.yaml: the file's own checks (names in every locale, fields, reserved and invalid
// names, YAML errors, its file name) and the topics explainers list (unknown ones, the scaffold's
// placeholder, a translation that differs), on small content trees written by each test.
import { describe, expect, it } from 'vitest';
import { lines, TOPICS, scratchTopicsTree } from './support/topics-tree';
import { localizeTopic } from '@/lib/content/query/topics';

const { writeExplainer, writeEverywhere, writeTopics, writeFile, load } = scratchTopicsTree();

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
    writeFile('topics.yml', TOPICS);
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
