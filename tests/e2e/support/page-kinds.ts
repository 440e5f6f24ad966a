// One URL of each kind the site answers, for the tests that must cover them all (security headers,
// CSP violations, cookies): pages first, then the files around them.
import { locales } from '@/i18n/locales';
import { feedFormats, feedPath } from '@/lib/seo/feed-links';
import { explainerAllPath, explainerPagePath, homePath, searchPath, topicPath, topicsPath } from '@/lib/site/paths';
import { publishedExplainers, topicPages } from './finding';

export interface UrlKind {
  name: string;
  path: string;
}

/** An explainer with more than one page (page 2 exists), else the first one. */
export const sampleExplainer = publishedExplainers.find((explainer) => explainer.pages.length > 1) ?? publishedExplainers[0];

export function pageKinds(): UrlKind[] {
  const kinds = locales.map((locale) => ({ name: `home ${locale}`, path: homePath(locale) }));
  const sample = sampleExplainer;
  if (sample) {
    kinds.push(
      { name: 'explainer page 1', path: explainerPagePath(sample.locale, sample.slug) },
      { name: 'explainer page 2', path: explainerPagePath(sample.locale, sample.slug, 2) },
      { name: 'one-page view', path: explainerAllPath(sample.locale, sample.slug) },
    );
  }
  const topic = topicPages('ja')[0];
  kinds.push({ name: 'topics', path: topicsPath('ja') });
  if (topic) kinds.push({ name: 'topic', path: topicPath('ja', topic.slug) });
  kinds.push(
    { name: 'search', path: searchPath('en') },
    { name: '404 inside a locale', path: '/en/explainers/no-such-explainer' },
    { name: '404 outside any locale', path: '/ja-JP/nothing/here.html' },
    { name: '404 for a malformed escape', path: '/ja/explainers/%ff' },
  );
  return kinds;
}

export function fileKinds(): UrlKind[] {
  return [
    ...Object.keys(feedFormats).map((format) => ({ name: `feed ${format}`, path: feedPath('ja', format as keyof typeof feedFormats) })),
    { name: 'sitemap', path: '/sitemap.xml' },
    { name: 'robots', path: '/robots.txt' },
    { name: 'icon', path: '/icon.svg' },
    { name: 'favicon', path: '/favicon.ico' },
  ];
}
