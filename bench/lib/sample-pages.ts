// The pages every benchmark measures, picked from the published content (never a hard-coded slug):
// the Japanese home page, the newest explainer with more than one page, and its first topic's page.
import { loadContent } from '@/lib/content/load';
import { explainerAllPath, explainerPagePath, homePath, topicPath } from '@/lib/site/paths';

export interface SamplePage {
  /** What the budgets and the report find the row by; `name` is only shown. */
  id: string;
  name: string;
  /** URL path, e.g. `/ja/explainers/x`. */
  path: string;
  /** Prerendered file, relative to `.next/server/app/` or `out/`: `ja/explainers/x.html`. */
  htmlFile: string;
}

export interface SamplePages {
  explainer: SamplePage;
  /** Page 2 of the same explainer: a later page. */
  later: SamplePage;
  home: SamplePage;
  topic: SamplePage;
  /** Weighed too, not held to the Lighthouse budgets: page 2 and the all-pages view. */
  others: SamplePage[];
}

export function samplePages(contentDir?: string): SamplePages {
  const { explainers } = loadContent({ includeDrafts: false, ...(contentDir ? { contentDir } : {}) });
  const sample = explainers.find((candidate) => candidate.locale === 'ja' && candidate.pages.length > 1);
  if (!sample) throw new Error('The benchmarks need a published ja explainer with at least two pages');
  const firstTopic = sample.topics[0];
  if (!firstTopic) throw new Error(`The benchmarks need a topic on ${sample.slug}`);
  const page = (id: string, name: string, urlPath: string): SamplePage => ({ id, name, path: urlPath, htmlFile: `${urlPath.slice(1)}.html` });
  const later = page('explainer-2', 'explainer page 2', explainerPagePath('ja', sample.slug, 2));
  return {
    explainer: page('explainer-1', 'explainer page 1', explainerPagePath('ja', sample.slug)),
    later,
    home: page('home', 'home', homePath('ja')),
    topic: page('topic', 'topic page', topicPath('ja', firstTopic)),
    others: [later, page('all-pages', 'all-pages view', explainerAllPath('ja', sample.slug))],
  };
}
