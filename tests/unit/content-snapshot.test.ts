// lib/content/snapshot/index.ts: the one parse of content/ that every `next build` worker reads instead of
// parsing the files again (next.config.ts writes it before the workers start).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/checks/issues';
import { loadContent } from '@/lib/content/load';
import { readContentSnapshot, SNAPSHOT_ENV, writeContentSnapshot } from '@/lib/content/snapshot';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));
let dir = '';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-snapshot-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('content snapshot', () => {
  it('holds exactly what loadContent gives the site, explainers and topics alike', () => {
    const contentDir = path.join(fixtures, 'japanese-only');
    const file = path.join(dir, 'content.json');
    writeContentSnapshot(file, { contentDir, includeDrafts: false });
    const loaded = loadContent({ contentDir, includeDrafts: false });
    expect(loaded.explainers.length).toBeGreaterThan(0);
    expect(loaded.topics.length).toBeGreaterThan(0);
    expect(readContentSnapshot(file)).toEqual({ explainers: loaded.explainers, topics: loaded.topics });
  });

  it('refuses content with errors, with the checker list, and writes no file', () => {
    const file = path.join(dir, 'content.json');
    const write = () => writeContentSnapshot(file, { contentDir: path.join(fixtures, 'broken', 'two-broken-files'), includeDrafts: false });
    expect(write).toThrow(ContentError);
    expect(write).toThrow(/Content has 2 errors/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('is what the site reads during next build, without touching content/', async () => {
    const file = path.join(dir, 'content.json');
    const snapshot = writeContentSnapshot(file, { contentDir: path.join(fixtures, 'valid'), includeDrafts: false });
    // Point the content folder at nothing: a read of content/ would fail the test.
    vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(dir, 'missing'));
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    vi.stubEnv(SNAPSHOT_ENV, file);
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kaisetsu.content-index')];
    const api = await import('@/lib/content');
    expect(api.getAllExplainers().map((e) => `${e.locale}/${e.slug}`)).toEqual(snapshot.explainers.map((e) => `${e.locale}/${e.slug}`));
    expect(api.getExplainerPage('ja', 'city-library-move', 2)?.page.title).toBe('何が変わるのか');
    expect(api.getExplainer('ja', 'river-cleanup-draft')).toBeUndefined();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('kaisetsu.content-index')];
  });

  it('is not used outside next build: next dev and next start read content/ itself', async () => {
    const file = path.join(dir, 'content.json');
    fs.writeFileSync(file, JSON.stringify({ explainers: [], topics: [] }));
    vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(fixtures, 'valid'));
    vi.stubEnv(SNAPSHOT_ENV, file);
    vi.stubEnv('NEXT_PHASE', 'phase-production-server');
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const api = await import('@/lib/content');
    expect(api.listExplainers('ja').map((e) => e.slug)).toEqual(['city-library-move']);
  });
});
