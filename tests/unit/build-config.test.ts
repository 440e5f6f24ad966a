// next.config.ts in the build phase: the content is parsed once, by a child process, before Next
// starts its generation workers; they inherit the snapshot and render with one worker per core.
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readContentSnapshot } from '@/lib/content/snapshot';
import { SNAPSHOT_ENV, SNAPSHOT_OWNER_ENV } from '@/lib/content/snapshot-env';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

async function buildConfig(phase: string) {
  vi.resetModules();
  const { default: config } = await import('@/next.config');
  return config(phase);
}

beforeEach(() => {
  // Stubbed so that whatever the config sets is undone after each test.
  vi.stubEnv(SNAPSHOT_ENV, '');
  vi.stubEnv(SNAPSHOT_OWNER_ENV, '');
  vi.stubEnv('IS_NEXT_WORKER', '');
  vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(fixtures, 'valid'));
});
afterEach(() => {
  // The config removes its snapshot when the process exits, which a test worker may not get to.
  const written = process.env[SNAPSHOT_ENV];
  if (written?.includes('kaisetsu-content-')) fs.rmSync(written, { force: true });
  vi.unstubAllEnvs();
});

describe('next.config.ts, content parsed once per build', () => {
  it('writes the snapshot of the published content and uses every core', async () => {
    const config = await buildConfig(PHASE_PRODUCTION_BUILD);
    const file = process.env[SNAPSHOT_ENV] ?? '';
    expect(fs.existsSync(file)).toBe(true);
    // Drafts are never part of a production build.
    expect(readContentSnapshot(file).explainers.map((e) => `${e.locale}/${e.slug}`)).toEqual(['en/city-library-move', 'ja/city-library-move']);
    expect(config.experimental?.cpus).toBe(availableParallelism());
  }, 30_000);

  it('reuses its own snapshot when loaded again, and a worker reuses the one it inherited', async () => {
    await buildConfig(PHASE_PRODUCTION_BUILD);
    const first = process.env[SNAPSHOT_ENV];
    await buildConfig(PHASE_PRODUCTION_BUILD);
    expect(process.env[SNAPSHOT_ENV]).toBe(first);
    vi.stubEnv(SNAPSHOT_OWNER_ENV, 'another process');
    vi.stubEnv('IS_NEXT_WORKER', 'true');
    await buildConfig(PHASE_PRODUCTION_BUILD);
    expect(process.env[SNAPSHOT_ENV]).toBe(first);
  }, 30_000);

  it('never trusts a snapshot named by another process: a new build parses again', async () => {
    const stale = path.join(fixtures, 'no-such-snapshot.json');
    vi.stubEnv(SNAPSHOT_ENV, stale);
    vi.stubEnv(SNAPSHOT_OWNER_ENV, '1');
    await buildConfig(PHASE_PRODUCTION_BUILD);
    expect(process.env[SNAPSHOT_ENV]).not.toBe(stale);
    expect(fs.existsSync(process.env[SNAPSHOT_ENV] ?? '')).toBe(true);
  }, 30_000);

  it('stops on a content error, after the script listed it (in the test output above)', async () => {
    vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(fixtures, 'broken', 'two-broken-files'));
    await expect(buildConfig(PHASE_PRODUCTION_BUILD)).rejects.toThrow(/content\/ has errors/);
    expect(process.env[SNAPSHOT_ENV]).toBe('');
  }, 30_000);

  it('does nothing of the kind for next start', async () => {
    const config = await buildConfig(PHASE_PRODUCTION_SERVER);
    expect(process.env[SNAPSHOT_ENV]).toBe('');
    expect(config.experimental?.cpus).toBeUndefined();
  });
});
