// Search against the production build with its Pagefind index (npm run build writes it to
// public/pagefind/): Japanese found inside a sentence, each edition searching its own language,
// ?q= links, the page without JavaScript, the search page's policy, and no search code anywhere else.
import type { APIRequestContext, Page, Request } from '@playwright/test';
import { scriptSourcesOf } from '@/lib/paint-first/rewrite';
import { locales, type Locale } from '@/i18n/locales';
import { explainerAllPath, homePath, searchPath, topicPath, topicsPath } from '@/lib/site/paths';
import { explainerPath, firstExplainer } from './support/content';
import { expect, test } from './support/fixtures';
import { topicPages } from './support/finding';
import { translator } from './support/messages';

// In the middle of a sentence of the fixture's Japanese-only explainer (tests/fixtures/content/site/
// explainers/bus-route-review/ja.md: 利用者の減った市営バス路線を…), in no English page.
const PHRASE = 'バス路線';
const PHRASE_WORDS = ['バス', '路線'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types a query into the search page (once its script has run) and waits for the outcome. */
async function search(page: Page, locale: Locale, query: string) {
  const t = translator(locale);
  const input = page.getByRole('searchbox', { name: t('Search.label') });
  await input.fill(query);
  await input.press('Enter');
  const outcomes = [t('Search.resultCount'), t('Search.noResults'), t('Search.unavailable')].map(escapeRegExp);
  await expect(page.locator('.search__status')).toHaveText(new RegExp(`^(?:${outcomes.join('|')})`));
  await expect(page.locator('.search__status')).not.toHaveText(t('Search.unavailable'));
}

function results(page: Page) {
  return page.locator('.search-results__item');
}

test.describe('search', () => {
  test(`ja: ${PHRASE} is found in the middle of a sentence, marked in the excerpt`, async ({ page }) => {
    await page.goto(searchPath('ja'));
    await search(page, 'ja', PHRASE);
    const t = translator('ja');
    await expect(page.getByRole('status').filter({ hasText: t('Search.resultCount') })).toBeVisible();
    const excerpts = page.locator('.search-results__excerpt');
    expect(await excerpts.count()).toBeGreaterThan(0);
    // Japanese has no spaces: the phrase must be found where other characters run straight into it
    // (…市営バス路線を…), not only where it starts a paragraph.
    const texts = await excerpts.allTextContents();
    const inside = texts.filter((text) => new RegExp(`[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]${PHRASE}`, 'u').test(text));
    expect(inside.length, texts.join('\n')).toBeGreaterThan(0);
    const marked = (await page.locator('.search-results__excerpt mark').allTextContents()).join('');
    for (const word of PHRASE_WORDS) expect(marked).toContain(word);

    // Every result is a Japanese explainer page that contains the phrase.
    const hrefs = await page.locator('.search-results__link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/ja\/explainers\//);
    const match = results(page).filter({ hasText: inside[0]?.slice(0, 20) ?? PHRASE }).first().locator('.search-results__link');
    const href = (await match.getAttribute('href')) ?? '';
    await match.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator('article')).toContainText(PHRASE);
  });

  test('en: the English edition searches English pages only', async ({ page }) => {
    await page.goto(searchPath('en'));
    await search(page, 'en', 'library');
    const hrefs = await page.locator('.search-results__link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/explainers\//);
    // The Japanese phrase is not in the English index.
    await search(page, 'en', PHRASE);
    await expect(page.getByRole('status')).toHaveText(translator('en')('Search.noResults'));
    await expect(results(page)).toHaveCount(0);
  });

  test('a search is a link: ?q= fills the form and searches on load', async ({ page }) => {
    await page.goto(`${searchPath('ja')}?q=${encodeURIComponent(PHRASE)}`);
    await expect(page.getByRole('searchbox')).toHaveValue(PHRASE);
    await expect(results(page).first()).toBeVisible();
    // Typing keeps the address in step, so that reload and back show the same search.
    await search(page, 'ja', '図書館');
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent('図書館')}$`));
  });

  test('nothing found says so', async ({ page }) => {
    await page.goto(searchPath('ja'));
    await search(page, 'ja', 'zzzzqqqq');
    await expect(page.getByRole('status')).toHaveText(translator('ja')('Search.noResults'));
    await expect(results(page)).toHaveCount(0);
  });

  test('Pagefind loads on the first search, not with the page, and runs under the search page policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
    });
    const response = await page.goto(searchPath('ja'));
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("worker-src 'none'");
    await page.waitForLoadState('networkidle');
    expect(pagefind).toEqual([]);
    await search(page, 'ja', PHRASE);
    expect(pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(results(page).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`${locale}: the search page says search needs JavaScript and links to the topics`, async ({ page }) => {
      const t = translator(locale);
      await page.goto(searchPath(locale));
      await expect(page.getByText(t('Search.noScript'))).toBeVisible();
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      const topics = page.getByRole('link', { name: t('Search.browseTopics') });
      await expect(topics).toHaveAttribute('href', topicsPath(locale));
      await topics.click();
      await expect(page.locator('.topic-index__item')).toHaveCount(topicPages(locale).length);
    });
  }
});

test.describe('no search code outside the search page', () => {
  const explainer = firstExplainer('ja');
  const paths = [
    homePath('ja'),
    homePath('en'),
    ...explainer.pages.map((each) => explainerPath(explainer, each.number)),
    explainerAllPath('ja', explainer.slug),
    explainerPath(firstExplainer('en'), 2),
    topicsPath('ja'),
    topicPath('en', explainer.topics[0] ?? ''),
  ];
  for (const path of paths) {
    test(`${path} neither references nor loads Pagefind or the search form`, async ({ page, request }) => {
      // The article text is marked data-pagefind-body for the indexer; no Pagefind file is referenced.
      const html = await (await request.get(path)).text();
      expect(html).not.toContain('/pagefind/');
      const requests: Request[] = [];
      page.on('request', (each) => requests.push(each));
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(requests.map((each) => each.url()).filter((url) => url.includes('pagefind'))).toEqual([]);
      await expect(page.getByRole('searchbox')).toHaveCount(0);
      // The search page's chunk is not among the page's scripts either.
      const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''));
      const searchOnly = await searchPageOnlyScripts(request);
      expect(scripts.filter((src) => searchOnly.has(src))).toEqual([]);
    });
  }
});

let searchOnlyScripts: Promise<Set<string>> | undefined;

/** Scripts the search page loads that the home page does not: the search form's own chunk. */
function searchPageOnlyScripts(request: APIRequestContext): Promise<Set<string>> {
  searchOnlyScripts ??= (async () => {
    const sources = async (path: string) =>
new Set(scriptSourcesOf(await (await request.get(path)).text()));
    const [searchScripts, homeScripts] = await Promise.all([sources(searchPath('ja')), sources(homePath('ja'))]);
    const only = new Set([...searchScripts].filter((src) => !homeScripts.has(src)));
    if (only.size === 0) throw new Error('the search page has no script of its own: the check below would prove nothing');
    return only;
  })();
  return searchOnlyScripts;
}
