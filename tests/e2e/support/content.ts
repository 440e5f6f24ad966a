import type { Locale } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import type { Explainer, ExplainerPage } from '@/lib/content/types';
import { translator } from './messages';

// The published content as the production build under test sees it: `next build` leaves drafts
// out. The folder is the one the build was made from (playwright.config.ts sets
// KAISETSU_CONTENT_DIR from the build's record): the fixture tests/fixtures/content/site/ for
// `npm run build:e2e`. Read through the content layer's plain-Node loader (not
// lib/content/index.ts, which is server-only).
const { explainers } = loadContent({ includeDrafts: false });

/** The explainer the home page of `locale` lists first: the newest in that locale's own language. */
export function firstExplainer(locale: Locale): Explainer {
  const explainer = explainers.find((candidate) => candidate.locale === locale);
  if (!explainer) throw new Error(`No published ${locale} explainer: the browser tests need one`);
  return explainer;
}

export function pageOf(explainer: Explainer, number: number): ExplainerPage {
  const page = explainer.pages[number - 1];
  if (!page) throw new Error(`${explainer.sourcePath} has no page ${number}`);
  return page;
}

/** URL of page `number` of an explainer; page 1 is the explainer's own URL. */
export function explainerPath(explainer: Explainer, number = 1): string {
  const base = `/${explainer.locale}/explainers/${explainer.slug}`;
  return number === 1 ? base : `${base}/${number}`;
}

export function allPagesPath(explainer: Explainer): string {
  return `/${explainer.locale}/explainers/${explainer.slug}/all`;
}

/** The <title> the site gives a page: page title (after page 1), explainer title, site name. */
export function explainerDocumentTitle(explainer: Explainer, number: number): string {
  const site = translator(explainer.locale)('Site.name');
  const parts = number === 1 ? [explainer.title] : [pageOf(explainer, number).title, explainer.title];
  return [...parts, site].join(' | ');
}
