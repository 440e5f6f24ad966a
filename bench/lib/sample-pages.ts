// The pages every benchmark measures, picked from the published content (never a hard-coded slug):
// the Japanese home page and the newest explainer with more than one page.
import { loadContent } from '@/lib/content/load';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';

export interface SamplePage {
  /** What the budgets and the report find the row by; `name` is only shown. */
  id: string;
  name: string;
  /** URL path, e.g. `/ja/explainers/x`. */
  path: string;
  /** Prerendered file, relative to `.next/server/app/` or `out/`: `ja/explainers/x.html`. */
  htmlFile: string;
}

export function samplePages(contentDir?: string): { explainer: SamplePage; home: SamplePage; others: SamplePage[] } {
  const { explainers } = loadContent({ includeDrafts: false, ...(contentDir ? { contentDir } : {}) });
  const sample = explainers.find((candidate) => candidate.locale === 'ja' && candidate.pages.length > 1);
  if (!sample) throw new Error('The benchmarks need a published ja explainer with at least two pages');
  const page = (id: string, name: string, urlPath: string): SamplePage => ({ id, name, path: urlPath, htmlFile: `${urlPath.slice(1)}.html` });
  return {
    explainer: page('explainer-1', 'explainer page 1', explainerPagePath('ja', sample.slug)),
    home: page('home', 'home', homePath('ja')),
    others: [page('explainer-2', 'explainer page 2', explainerPagePath('ja', sample.slug, 2)), page('all-pages', 'all-pages view', explainerAllPath('ja', sample.slug))],
  };
}
