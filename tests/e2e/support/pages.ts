import type { Locale } from '@/i18n/locales';
import { allPagesPath, explainerPath, firstExplainer } from './content';

/** The pages every reader meets in one edition: home, each page of the first explainer, the all-pages view, a 404. */
export function readerPages(locale: Locale) {
  const explainer = firstExplainer(locale);
  return [
    { name: 'home', path: `/${locale}`, status: 200 },
    ...explainer.pages.map((page) => ({ name: `explainer page ${page.number}`, path: explainerPath(explainer, page.number), status: 200 })),
    { name: 'all-pages view', path: allPagesPath(explainer), status: 200 },
    { name: '404', path: `/${locale}/explainers/no-such-explainer`, status: 404 },
  ];
}
