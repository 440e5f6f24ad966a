// A scheduled explainer (`published:` after the build's clock; lib/content/publication.ts) is absent
// from every output of the production build: no page, card, feed entry, sitemap URL, topic page,
// home link or search-index record, and no file of the build that names it. The fixture content
// has one dated 2099 (tests/fixtures/content/site/explainers/harbor-festival-scheduled/).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { explainerCardId, explainerCardProps } from '@/lib/og/cards';
import { feedFormats, feedPath } from '@/lib/seo/feed-links';
import { explainerAllPath, explainerPagePath, homePath, topicPath, topicsPath } from '@/lib/site/paths';
import { translator } from './support/messages';

const everything = loadContent({ includeDrafts: true });
const published = loadContent({ includeDrafts: false }).explainers;
const scheduled = everything.explainers.filter((explainer) => explainer.scheduled);
/** What would name a scheduled explainer in any output: its address and its title. */
const traces = [...new Set(scheduled.flatMap((explainer) => [explainer.slug, explainer.title]))];

/** Build outputs of `next build` that `next start` and the standalone server serve (public/pagefind: the search index). */
const outputDirs = ['.next/server/app', '.next/static', 'public/pagefind'];

function* filesUnder(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

/** A file's text: Pagefind's index and fragments are gzip-compressed; binary files (PNG, wasm) have no text to search. */
function textOf(file: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return zlib.gunzipSync(bytes).toString('utf8');
  return bytes.includes(0) ? '' : bytes.toString('utf8');
}

test.beforeAll(() => {
  expect(scheduled.length, 'the build under test has no scheduled explainer: build it with npm run build:e2e').toBeGreaterThan(0);
});

test('no page, one-page view or share image of a scheduled explainer is served', async ({ request }) => {
  for (const explainer of scheduled) {
    const site = translator(explainer.locale)('Site.name');
    for (const page of explainer.pages) {
      const url = explainerPagePath(explainer.locale, explainer.slug, page.number);
      expect((await request.get(url)).status(), url).toBe(404);
      const card = `/og/opengraph-image/${explainerCardId(explainer.slug, explainerCardProps(explainer, page, site))}`;
      expect((await request.get(card)).status(), card).toBe(404);
    }
    const all = explainerAllPath(explainer.locale, explainer.slug);
    expect((await request.get(all)).status(), all).toBe(404);
  }
});

test('homes, topic pages, feeds and the sitemap never name a scheduled explainer', async ({ request }) => {
  const topics = new Set(scheduled.flatMap((explainer) => explainer.topics));
  const urls = ['/sitemap.xml', ...locales.flatMap((locale) => [
    homePath(locale),
    topicsPath(locale),
    ...Object.keys(feedFormats).map((format) => feedPath(locale, format as keyof typeof feedFormats)),
  ])];
  for (const topic of topics) {
    const public_ = published.some((explainer) => explainer.topics.includes(topic));
    for (const locale of locales) {
      const url = topicPath(locale, topic);
      // A topic only a scheduled explainer uses has no page yet; a shared one must not list it.
      if (public_) urls.push(url);
      else expect((await request.get(url)).status(), url).toBe(404);
    }
  }
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const body = await response.text();
    for (const trace of traces) expect(body, `${url} names "${trace}"`).not.toContain(trace);
  }
});

test('no file of the build (HTML, RSC payloads, feeds, sitemap, share images, search index) names a scheduled explainer', () => {
  let files = 0;
  let fragments = 0;
  for (const dir of outputDirs) {
    for (const file of filesUnder(dir)) {
      files += 1;
      if (file.includes(`${path.sep}fragment${path.sep}`)) fragments += 1;
      for (const trace of traces) {
        expect(path.relative(dir, file), `a file named after "${trace}"`).not.toContain(trace);
      }
      const text = textOf(file);
      for (const trace of traces) expect(text.includes(trace), `${file} contains "${trace}"`).toBe(false);
    }
  }
  // The walk saw a real build: pages and the search index with one fragment per published page.
  expect(files).toBeGreaterThan(50);
  expect(fragments).toBeGreaterThan(0);
  // …and the same walk finds a published explainer, so a miss is not a blind spot.
  const visible = published[0]!;
  const found = [...filesUnder('.next/server/app')].some((file) => textOf(file).includes(visible.title));
  expect(found, `the walk finds ${visible.title}`).toBe(true);
});
