// lib/content/index.ts: the site's API over the content folder (read once, drafts by NODE_ENV,
// errors stop the render with the checker's list).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

async function freshApi(contentDir: string, nodeEnv: string) {
  vi.stubEnv('KAISETSU_CONTENT_DIR', contentDir);
  vi.stubEnv('NODE_ENV', nodeEnv);
  vi.resetModules();
  return import('@/lib/content');
}

beforeEach(() => vi.restoreAllMocks());
afterEach(() => vi.unstubAllEnvs());

describe('content API', () => {
  it('lists explainers of one locale, newest first, and finds one by slug', async () => {
    const api = await freshApi(path.join(fixtures, 'valid'), 'development');
    expect(api.listExplainers('ja').map((e) => e.slug)).toEqual(['river-cleanup-draft', 'city-library-move']);
    expect(api.listExplainers('en').map((e) => e.slug)).toEqual(['city-library-move']);
    expect(api.getExplainer('en', 'city-library-move')?.title).toBe('Why is the city library moving next to the station?');
    expect(api.getExplainer('en', 'river-cleanup-draft')).toBeUndefined();
    expect(api.getExplainer('ja', 'no-such-slug')).toBeUndefined();
    expect(api.getAllExplainers().map((e) => `${e.locale}/${e.slug}`)).toEqual([
      'ja/river-cleanup-draft',
      'en/city-library-move',
      'ja/city-library-move',
    ]);
  });

  it('returns one page with its explainer, or undefined outside 1..N', async () => {
    const api = await freshApi(path.join(fixtures, 'valid'), 'development');
    const found = api.getExplainerPage('ja', 'city-library-move', 2);
    expect(found?.page.title).toBe('何が変わるのか');
    expect(found?.explainer.slug).toBe('city-library-move');
    for (const number of [0, 4, -1, 1.5]) expect(api.getExplainerPage('ja', 'city-library-move', number)).toBeUndefined();
    expect(api.getExplainerPage('ja', 'no-such-slug', 1)).toBeUndefined();
    expect(api.getPageNeighbours(found?.explainer ?? { pages: [] }, 2).next?.title).toBe('これからの課題');
  });

  it('leaves drafts out in production (next build / next start)', async () => {
    const api = await freshApi(path.join(fixtures, 'valid'), 'production');
    expect(api.listExplainers('ja').map((e) => e.slug)).toEqual(['city-library-move']);
    expect(api.getExplainer('ja', 'river-cleanup-draft')).toBeUndefined();
  });

  it('reads the content folder once per process, not once per call', async () => {
    const api = await freshApi(path.join(fixtures, 'valid'), 'production');
    const reads = vi.spyOn(fs, 'readFileSync');
    const listings = vi.spyOn(fs, 'readdirSync');
    api.listExplainers('ja');
    const afterFirst = reads.mock.calls.length + listings.mock.calls.length;
    expect(afterFirst).toBeGreaterThan(0);
    api.listExplainers('en');
    api.getExplainerPage('ja', 'city-library-move', 3);
    api.getAllExplainers();
    expect(reads.mock.calls.length + listings.mock.calls.length).toBe(afterFirst);
  });

  it('hands out frozen data, so that a render cannot change what the next one sees', async () => {
    const api = await freshApi(path.join(fixtures, 'valid'), 'production');
    const firstPage = api.getExplainer('ja', 'city-library-move')?.pages[0];
    expect(firstPage).toBeDefined();
    expect(() => {
      if (firstPage) firstPage.title = 'changed';
    }).toThrow(TypeError);
    expect(api.getExplainer('ja', 'city-library-move')?.pages[0]?.title).toBe('駅前移転のあらまし');
  });

  it('throws every content error, in the checker format, so that the build fails', async () => {
    const broken = path.join(fixtures, 'broken', 'two-broken-files');
    const api = await freshApi(broken, 'production');
    const relative = path.relative(process.cwd(), broken).split(path.sep).join('/');
    let message = '';
    try {
      api.listExplainers('ja');
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('Content has 2 errors');
    expect(message).toContain(`${relative}/explainers/first-explainer/ja.md:8:12  "published": 2026-13-01 is not a real date`);
    expect(message).toContain(`${relative}/explainers/second-explainer/ja.md:16:1  unknown block ":::sidenote"`);
    // Warnings do not stop the build and are not part of the error.
    expect(message).not.toContain('warning:');
  });

  it('defaults to <cwd>/content', async () => {
    vi.stubEnv('KAISETSU_CONTENT_DIR', '');
    vi.resetModules();
    const { defaultContentDir } = await import('@/lib/content/config');
    expect(defaultContentDir()).toBe(path.join(process.cwd(), 'content'));
  });
});
