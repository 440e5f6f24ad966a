// The content API of the site. Reads and validates content/ once per process; any content error
// stops the render (and so `next build`) with the same list `npm run check:content` prints.
//
// The rooms of lib/content, in the order data flows through them:
//   parse/     read content/ (scan, front matter, body, directives, markdown, inline, topics file)
//   checks/    the issue type and the checks run over the parsed corpus (validators, safety, URLs)
//   load.ts    plain-Node loader: scan → parse → check → assemble (scripts and tests use it)
//   snapshot/  the build's one parse, shared with the build workers
//   query/     pure functions over loaded explainers (topics, editions, pager)
//   index.ts   this file: the site's only door (server-only), types included; within lib/, types.ts
//              and config.ts are shared
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { ContentError, hasErrors } from './checks/issues';
import { loadContent } from './load';
import { readContentSnapshot, SNAPSHOT_ENV, type ContentSnapshot } from './snapshot';
import { editionOf, explainersByTopic, localizeTopic, relatedExplainers, topicsWithPages } from './query/topics';
import type { TopicDefinition } from './parse/topics-file';
import type { ContentIssue, Explainer, ExplainerPage, Topic } from './types';

export { getPageNeighbours } from './query/pager';
export { pageHasReadings, pageTerms } from './query/glossary';
// Every content type, for components and routes: a type import is erased at compile time, so it
// never loads this server-only module, and even a client component may import its types here.
export type * from './types';

interface ContentIndex {
  all: readonly Explainer[];
  byLocale: ReadonlyMap<Locale, readonly Explainer[]>;
  byKey: ReadonlyMap<string, Explainer>;
  /** Every topic of content/topics.yaml, in its order. */
  topics: ReadonlyMap<string, TopicDefinition>;
  /** The topics that have pages (used by a visible explainer). */
  topicPages: readonly TopicDefinition[];
  /** The checker's warnings and information (none from a build's snapshot, which holds no issues). */
  issues: readonly ContentIssue[];
}

/**
 * Where the parsed content is kept: a module variable, except during `next build`. The build
 * bundles this module into more than one server bundle (pages, route handlers); they run in the
 * same worker process but do not share module state, so a module variable meant parsing
 * everything once per bundle (`npm run bench` counts the content reads of every build process).
 * There the one copy lives on globalThis. Next sets NEXT_PHASE for the build (the string of
 * `PHASE_PRODUCTION_BUILD` from next/constants; this module stays free of Next imports).
 */
const memoKey: unique symbol = Symbol.for('kaisetsu.content-index');
const store: { [memoKey]?: ContentIndex } =
  process.env.NEXT_PHASE === 'phase-production-build' ? (globalThis as { [memoKey]?: ContentIndex }) : {};

function key(locale: Locale, slug: string): string {
  return `${locale}/${slug}`;
}

/**
 * What the site renders: during `next build`, the snapshot parsed once for every build process
 * (lib/content/snapshot/index.ts); otherwise content/ itself.
 */
function load(): ContentSnapshot & { issues?: readonly ContentIssue[] } {
  const snapshot = process.env.NEXT_PHASE === 'phase-production-build' ? process.env[SNAPSHOT_ENV] : undefined;
  if (snapshot) return readContentSnapshot(snapshot);
  // `next dev` shows drafts; `next build` and `next start` run with NODE_ENV=production and do not.
  const loaded = loadContent({ includeDrafts: process.env.NODE_ENV !== 'production' });
  // Not memoised on failure, so that a dev server picks up the editor's fix on the next request.
  if (hasErrors(loaded.issues)) throw new ContentError(loaded.issues);
  return loaded;
}

function content(): ContentIndex {
  const memo = store[memoKey];
  if (memo) return memo;
  const loaded = load();
  const all = loaded.explainers.map(deepFreeze);
  const byLocale = new Map<Locale, Explainer[]>();
  const byKey = new Map<string, Explainer>();
  for (const explainer of all) {
    byLocale.set(explainer.locale, [...(byLocale.get(explainer.locale) ?? []), explainer]);
    byKey.set(key(explainer.locale, explainer.slug), explainer);
  }
  const topics = new Map(loaded.topics.map((topic) => [topic.slug, deepFreeze(topic)]));
  const index: ContentIndex = { all, byLocale, byKey, topics, topicPages: topicsWithPages(loaded.topics, all), issues: deepFreeze(loaded.issues ?? []) };
  store[memoKey] = index;
  return index;
}

// The same objects serve every render of the process; freezing turns an accidental mutation in a
// component into an error instead of a change that leaks into other pages.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Explainers of one locale, newest first (by published date, then slug). */
export function listExplainers(locale: Locale): Explainer[] {
  return [...(content().byLocale.get(locale) ?? [])];
}

export function getExplainer(locale: Locale, slug: string): Explainer | undefined {
  return content().byKey.get(key(locale, slug));
}

/** One page (1-based) of an explainer, or undefined when the explainer or the page does not exist. */
export function getExplainerPage(
  locale: Locale,
  slug: string,
  pageNumber: number,
): { explainer: Explainer; page: ExplainerPage } | undefined {
  const explainer = getExplainer(locale, slug);
  const page = Number.isInteger(pageNumber) ? explainer?.pages[pageNumber - 1] : undefined;
  return explainer && page ? { explainer, page } : undefined;
}

/** Every visible explainer in every locale (sitemaps, static params), newest first. */
export function getAllExplainers(): Explainer[] {
  return [...content().all];
}

/**
 * What a reader of one edition can read, newest first: the locale's explainers plus originals not
 * translated into it (labelled on the page). The home, topic pages and related lists use this set.
 */
export function listEdition(locale: Locale): Explainer[] {
  return editionOf(content().all, locale);
}

/** A topic of content/topics.yaml in one locale, or undefined for a name the file does not define. */
export function getTopic(locale: Locale, slug: string): Topic | undefined {
  const definition = content().topics.get(slug);
  return definition && localizeTopic(definition, locale);
}

/** Topics that have a page (listed by a visible explainer), in the order of content/topics.yaml. */
export function listTopics(locale: Locale): Topic[] {
  return content().topicPages.map((definition) => localizeTopic(definition, locale));
}

/** The explainers a reader of `locale` finds under a topic, newest first. */
export function listExplainersByTopic(locale: Locale, slug: string): Explainer[] {
  return explainersByTopic(listEdition(locale), slug);
}

/** Up to `limit` explainers of the same edition sharing a topic with this one, newest first. */
export function getRelatedExplainers(explainer: Explainer, limit = 5): Explainer[] {
  return relatedExplainers(explainer, listEdition(explainer.locale), limit);
}

/**
 * What `npm run check:content` says about one explainer's folder (warnings, information): for the
 * editors' preview of `npm run dev`. Errors never get here, since they stop the site from loading.
 */
export function listContentIssues(explainer: Explainer): ContentIssue[] {
  const folder = explainer.sourcePath.slice(0, explainer.sourcePath.lastIndexOf('/') + 1);
  return content().issues.filter((issue) => issue.path.startsWith(folder));
}
