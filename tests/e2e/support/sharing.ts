// Shared by the sharing-*.spec.ts files, which test what a link preview (LINE, X, Facebook, Slack,
// Discord) and a search engine see of every prerendered page: the pages the content defines (drafts
// left out), where each exists in the other locale, and a scraper's view of a page's static <head>.
import { createHash } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import ogs from 'open-graph-scraper';
import { type Locale, locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { topicsWithPages } from '@/lib/content/query/topics';
import type { Explainer } from '@/lib/content/types';

// ---- What the site should publish, from the content the build read (drafts left out) ----------

export const { explainers, topics } = loadContent({ includeDrafts: false });

export type Listing = 'topics' | 'topic' | 'search';

export type Expected =
  | { kind: 'home'; path: string; locale: Locale }
  /** Topic index, topic pages and search: they share the edition's home card. */
  | { kind: 'listing'; path: string; locale: Locale; listing: Listing; topic?: string }
  | { kind: 'page'; path: string; locale: Locale; explainer: Explainer; number: number }
  | { kind: 'all'; path: string; locale: Locale; explainer: Explainer };

export function pagePath(locale: Locale, slug: string, number: number): string {
  return number === 1 ? `/${locale}/explainers/${slug}` : `/${locale}/explainers/${slug}/${number}`;
}

export const topicSlugs = topicsWithPages(topics, explainers).map((topic) => topic.slug);

export const expectedPages: Expected[] = [
  ...locales.flatMap((locale): Expected[] => [
    { kind: 'home', path: `/${locale}`, locale },
    { kind: 'listing', path: `/${locale}/topics`, locale, listing: 'topics' },
    ...topicSlugs.map((topic): Expected => ({ kind: 'listing', path: `/${locale}/topics/${topic}`, locale, listing: 'topic', topic })),
    { kind: 'listing', path: `/${locale}/search`, locale, listing: 'search' },
  ]),
  ...explainers.flatMap((explainer): Expected[] => [
    ...explainer.pages.map(
      (page): Expected => ({
        kind: 'page',
        path: pagePath(explainer.locale, explainer.slug, page.number),
        locale: explainer.locale,
        explainer,
        number: page.number,
      }),
    ),
    { kind: 'all', path: `/${explainer.locale}/explainers/${explainer.slug}/all`, locale: explainer.locale, explainer },
  ]),
];

/** Locales that have this page: a translation may be missing or shorter. */
export function localesWith(expected: Expected): Locale[] {
  // Topic pages exist in every edition (lib/content/query/topics.ts), like the home and search.
  if (expected.kind === 'home' || expected.kind === 'listing') return [...locales];
  const { slug } = expected.explainer;
  return locales.filter((locale) =>
    explainers.some(
      (other) => other.slug === slug && other.locale === locale && (expected.kind === 'all' || other.pages.length >= expected.number),
    ),
  );
}

export function pathIn(expected: Expected, locale: Locale): string {
  if (expected.kind === 'home') return `/${locale}`;
  if (expected.kind === 'listing') return expected.path.replace(`/${expected.locale}/`, `/${locale}/`);
  if (expected.kind === 'all') return `/${locale}/explainers/${expected.explainer.slug}/all`;
  return pagePath(locale, expected.explainer.slug, expected.number);
}

export function contentDateTime(date: string): string {
  return `${date}T00:00:00+09:00`;
}

export const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

// ---- Helpers -----------------------------------------------------------------------------------

/** The build wrote absolute URLs with SITE_URL; the test server listens elsewhere. Same path, our origin. */
export function local(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export function pathOfUrl(url: string): string {
  return new URL(url).pathname;
}

export const browserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
export const crawlerAgents = ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 'Twitterbot/1.0', 'Slackbot-LinkExpanding 1.0'];

export const customMetaTags = [
  { multiple: false, property: 'article:published_time', fieldName: 'publishedTime' },
  { multiple: false, property: 'article:modified_time', fieldName: 'modifiedTime' },
  { multiple: false, property: 'twitter:label1', fieldName: 'twitterLabel1' },
  { multiple: false, property: 'twitter:data1', fieldName: 'twitterData1' },
  { multiple: false, property: 'robots', fieldName: 'robots' },
];

export async function fetchHtml(request: APIRequestContext, path: string, userAgent: string): Promise<string> {
  const response = await request.get(path, { headers: { 'user-agent': userAgent } });
  expect(response.status(), `${path} as ${userAgent}`).toBe(200);
  return response.text();
}

/** Only the <head> of the document: crawlers that stop there must still see everything. */
export function headOnly(html: string): { markup: string; head: HTMLElement } {
  const head = parse(html).querySelector('head');
  if (!head) throw new Error('No <head> in the document');
  return { markup: `<!doctype html><html>${head.outerHTML}</html>`, head };
}

export async function scrape(html: string) {
  const { error, result } = await ogs({ html, customMetaTags });
  expect(error).toBe(false);
  return result;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
