// Lighthouse mobile runs (the npm `lighthouse` CLI with its default mobile throttling) in Debian's
// Chromium, and the median of several runs.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  fcpMs?: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/**
 * Lighthouse's default 'simulate' (Lantern models a slow phone from one fast load) or 'devtools'
 * (the load itself is slowed down and timed as it happens).
 */
export type Throttling = 'simulate' | 'devtools';

/**
 * One run, tried again up to twice: on a busy machine Lighthouse now and then loses the trace of
 * the load ("NO_NAVSTART") and exits without a report. A run that fails three times throws.
 */
export async function lighthouseOnce(url: string, attempts = 3, throttling: Throttling = 'simulate'): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseAttempt(url, throttling);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`lighthouse: ${url} failed (${String(error).split('\n')[0]}), trying again`);
    }
  }
}

async function lighthouseAttempt(url: string, throttling: Throttling): Promise<LighthouseRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lh-'));
  try {
    const out = path.join(dir, 'report.json');
    await run(
      'npx',
      ['lighthouse', url, '--quiet', `--chrome-flags=${chromeFlags}`, '--output=json', `--output-path=${out}`, '--form-factor=mobile', `--throttling-method=${throttling}`],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const score = (id: Category) => Math.round(report.categories[id].score * 100);
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      fcpMs: report.audits['first-contentful-paint'].numericValue,
      lcpMs: report.audits['largest-contentful-paint'].numericValue,
      tbtMs: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lower middle for an even count: never a value no run produced. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** Each figure's own median over the runs (the runs that gave the median score may differ). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const scores = Object.fromEntries(categories.map((id) => [id, median(runs.map((r) => r.scores[id]))])) as Record<Category, number>;
  return { scores, fcpMs: median(runs.map((r) => r.fcpMs ?? Number.NaN)), lcpMs: median(runs.map((r) => r.lcpMs)), tbtMs: median(runs.map((r) => r.tbtMs)), cls: median(runs.map((r) => r.cls)) };
}
