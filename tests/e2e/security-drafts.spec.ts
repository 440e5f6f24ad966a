// The production build publishes exactly the finished explainers: the sitemap lists every page of
// every published explainer and nothing else, and no draft page, feed entry or card is served.
import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { feedPath } from '@/lib/seo/feed-links';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';

const everything = loadContent({ includeDrafts: true }).explainers;
const published = loadContent({ includeDrafts: false }).explainers;
const drafts = everything.filter((explainer) => explainer.draft);

function pathsOf(explainer: (typeof everything)[number]): string[] {
  return [
    ...explainer.pages.map((page) => explainerPagePath(explainer.locale, explainer.slug, page.number)),
    explainerAllPath(explainer.locale, explainer.slug),
  ];
}

test('the sitemap lists every page of every published explainer, and no other explainer page', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = new XMLParser().parse(await response.text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
  const entries = Array.isArray(xml.urlset.url) ? xml.urlset.url : [xml.urlset.url];
  const listed = entries.map((entry) => new URL(entry.loc).pathname);
  // Explainer URLs only: homes, topic and other pages come and go with other features.
  const explainerUrls = listed.filter((path) => locales.some((locale) => path.startsWith(`${homePath(locale)}/explainers/`))).sort();
  expect(explainerUrls).toEqual(published.flatMap(pathsOf).sort());
  // None of a draft's URLs may be listed.
  for (const draft of drafts) for (const path of pathsOf(draft)) expect(listed, `draft ${draft.sourcePath}`).not.toContain(path);
});

test('no draft is served, fed or listed on a home page', async ({ request }) => {
  // The fixture content the browser tests are built from has a draft (tests/fixtures/content/site/).
  expect(drafts.length, 'the build under test has no draft: build it with npm run build:e2e').toBeGreaterThan(0);
  for (const draft of drafts) {
    for (const path of pathsOf(draft)) expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const locale of locales) {
    const home = await (await request.get(homePath(locale))).text();
    const feed = await (await request.get(feedPath(locale, 'json'))).text();
    for (const draft of drafts) {
      const path = explainerPagePath(draft.locale, draft.slug);
      expect(home, `home ${locale} links ${path}`).not.toContain(`href="${path}"`);
      expect(feed, `feed ${locale} mentions ${path}`).not.toContain(path);
    }
  }
});
