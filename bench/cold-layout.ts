// What a page costs a browser that has never drawn it: each load in a new Chromium with an empty
// profile (as Lighthouse starts it), JavaScript off, on Lighthouse's phone screen (412×823 at
// 1.75×). Prints the medians of Chromium's own counters: time in layout, in style, in all tasks,
// and the first contentful paint. Pages are loaded in turn, round after round, so that a busy
// minute touches all of them alike; compare pages of one run, not runs.
//
// Why it exists: the first layout that uses a CJK font pays for loading the font (Debian's and
// Android's Noto Sans CJK), and Lighthouse multiplies that time by 4 into LCP and TBT. Use it to
// weigh a change of fonts, weights or emoji before spending Lighthouse runs on it.
//
// Usage: npm run bench:cold-layout -- URL… [--rounds 5]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { median } from './lib/lighthouse';

const { values, positionals: urls } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
if (urls.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npm run bench:cold-layout -- URL… [--rounds N]');
  process.exit(2);
}

interface Sample {
  layoutMs: number;
  styleMs: number;
  taskMs: number;
  fcpMs: number;
}

async function coldLoad(url: string): Promise<Sample> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cold-layout-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    javaScriptEnabled: false,
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // Room for the frames after load, where the rest of a long page is laid out, and for the
    // first contentful paint, which a long page may report only after its load event.
    await page.waitForTimeout(200);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 2000 }).catch(() => undefined);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000;
    const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
    return { layoutMs: metric('LayoutDuration'), styleMs: metric('RecalcStyleDuration'), taskMs: metric('TaskDuration'), fcpMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const samples = new Map<string, Sample[]>(urls.map((url) => [url, []]));
  for (let round = 0; round < rounds; round++) {
    for (const url of urls) samples.get(url)?.push(await coldLoad(url));
  }
  const label = (url: string) => {
    const { port, pathname } = new URL(url);
    return `:${port}${pathname}`.slice(0, 40).padEnd(40);
  };
  console.log(`${`cold loads, median of ${rounds}`.padEnd(40)} layout ms  style ms  tasks ms    FCP ms   layout of each load`);
  for (const [url, runs] of samples) {
    const column = (key: keyof Sample) => String(Math.round(median(runs.map((run) => run[key])))).padStart(9);
    console.log(`${label(url)} ${column('layoutMs')} ${column('styleMs')} ${column('taskMs')} ${column('fcpMs')}   ${runs.map((run) => Math.round(run.layoutMs)).join(', ')}`);
  }
}

void main();
