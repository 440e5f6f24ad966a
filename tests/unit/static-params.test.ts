import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The explainer routes' prerendered params for a corpus whose only explainer is Japanese. Next
// drops a whole route when one locale's params are empty (vercel/next.js#95166), so English must
// get the placeholder, and Japanese its real pages.
const fixture = fileURLToPath(new URL('../fixtures/content/japanese-only/', import.meta.url));

async function loadParams() {
  vi.resetModules(); // the content layer reads its folder once per process
  return import('@/lib/site/static-params');
}

describe('explainer static params with a Japanese-only explainer', { timeout: 60_000 }, () => {
  beforeEach(() => vi.stubEnv('KAISETSU_CONTENT_DIR', path.resolve(fixture)));
  afterEach(() => vi.unstubAllEnvs());

  it('lists the Japanese pages', async () => {
    const { explainerSlugParams, explainerPageParams } = await loadParams();
    expect(explainerSlugParams('ja')).toEqual([{ slug: 'only-in-japanese' }]);
    expect(explainerPageParams('ja')).toEqual([
      { slug: 'only-in-japanese', page: [] },
      { slug: 'only-in-japanese', page: ['2'] },
      { slug: 'only-in-japanese', page: ['3'] },
    ]);
  });

  it('gives English one placeholder that no slug can be, never an empty list', async () => {
    const { explainerSlugParams, explainerPageParams, placeholderSlug } = await loadParams();
    expect(explainerSlugParams('en')).toEqual([{ slug: placeholderSlug }]);
    expect(explainerPageParams('en')).toEqual([{ slug: placeholderSlug, page: [] }]);
    expect(placeholderSlug).not.toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
