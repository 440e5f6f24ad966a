// next.config.ts in the build phase: the content is parsed once, by a child process, after Next
// compiles and before it starts its generation workers; they inherit the snapshot and render with
// one worker per core. Loading the config alone does nothing (`next typegen` loads it too).
import fs from 'node:fs';
import os, { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readContentSnapshot } from '@/lib/content/snapshot';
import { BUILT_CONTENT_RECORD, SNAPSHOT_ENV } from '@/lib/content/snapshot/env';

const fixtures = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

async function buildConfig(phase: string): Promise<NextConfig> {
  vi.resetModules();
  const { default: config } = await import('@/next.config');
  return config(phase);
}

/** What `next build` does between compiling and rendering, with its output in `distDir`. */
async function afterCompile(config: NextConfig, distDir = path.join(os.tmpdir(), `kaisetsu-dist-${process.pid}`)): Promise<void> {
  await config.compiler?.runAfterProductionCompile?.({ projectDir: process.cwd(), distDir });
}

beforeEach(() => {
  // Stubbed so that whatever the config sets is undone after each test.
  vi.stubEnv(SNAPSHOT_ENV, '');
  vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(fixtures, 'valid'));
});
afterEach(() => {
  // The config removes its snapshot when the process exits, which a test worker may not get to.
  const written = process.env[SNAPSHOT_ENV];
  if (written?.includes('kaisetsu-content-')) fs.rmSync(written, { force: true });
  vi.unstubAllEnvs();
});

describe('next.config.ts, content parsed once per build', () => {
  it('does nothing when the config is only loaded, as next typegen does', async () => {
    const config = await buildConfig(PHASE_PRODUCTION_BUILD);
    expect(process.env[SNAPSHOT_ENV]).toBe('');
    expect(config.experimental?.cpus).toBe(availableParallelism());
  });

  it('writes the snapshot of the published content after compiling, for the workers to inherit', async () => {
    await afterCompile(await buildConfig(PHASE_PRODUCTION_BUILD));
    const file = process.env[SNAPSHOT_ENV] ?? '';
    expect(fs.existsSync(file)).toBe(true);
    // Drafts are never part of a production build.
    expect(readContentSnapshot(file).explainers.map((e) => `${e.locale}/${e.slug}`)).toEqual(['en/city-library-move', 'ja/city-library-move']);
  });

  it('records in the build output which content folder the build was made from', async () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-dist-'));
    await afterCompile(await buildConfig(PHASE_PRODUCTION_BUILD), distDir);
    expect(fs.readFileSync(path.join(distDir, BUILT_CONTENT_RECORD), 'utf8').trim()).toBe(path.join(fixtures, 'valid'));
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('never reuses a snapshot named in the environment before the build', async () => {
    const stale = path.join(fixtures, 'no-such-snapshot.json');
    vi.stubEnv(SNAPSHOT_ENV, stale);
    await afterCompile(await buildConfig(PHASE_PRODUCTION_BUILD));
    expect(process.env[SNAPSHOT_ENV]).not.toBe(stale);
    expect(fs.existsSync(process.env[SNAPSHOT_ENV] ?? '')).toBe(true);
  });

  it('stops the build on a content error, after the script listed it (in the test output above)', async () => {
    vi.stubEnv('KAISETSU_CONTENT_DIR', path.join(fixtures, 'broken', 'two-broken-files'));
    await expect(afterCompile(await buildConfig(PHASE_PRODUCTION_BUILD))).rejects.toThrow(/content\/ has errors/);
    expect(process.env[SNAPSHOT_ENV]).toBe('');
  });

  it('does nothing of the kind for next start', async () => {
    const config = await buildConfig(PHASE_PRODUCTION_SERVER);
    expect(config.compiler?.runAfterProductionCompile).toBeUndefined();
    expect(config.experimental?.cpus).toBeUndefined();
  });
});
