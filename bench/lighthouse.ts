// Lighthouse mobile scores, median of three runs per page, in Debian's Chromium.
// Usage: start the site (npm run build && npm start), then: npm run bench:lighthouse [-- URL…]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const base = process.env.BENCH_URL ?? 'http://localhost:3000';
const args = process.argv.slice(2);
const urls = args.length > 0 ? args : [`${base}/ja`, `${base}/ja/explainers/north-korea-russia-china`, `${base}/en/explainers/north-korea-russia-china/2`];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

interface Run {
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
}

function runOnce(url: string): Run {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'lh-')), 'report.json');
  execFileSync(
    'npx',
    ['lighthouse', url, '--quiet', `--chrome-flags=${chromeFlags}`, '--output=json', `--output-path=${out}`, '--form-factor=mobile'],
    { stdio: 'ignore', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const scores: Record<string, number> = {};
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) scores[id] = Math.round(report.categories[id].score * 100);
  return {
    scores,
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

console.log(`Lighthouse ${runs}× mobile (median)   perf  a11y  best   seo    LCP ms  TBT ms    CLS`);
for (const url of urls) {
  const results = Array.from({ length: runs }, () => runOnce(url));
  const score = (id: string) => String(median(results.map((result) => result.scores[id] ?? NaN))).padStart(5);
  console.log(
    `${new URL(url).pathname.slice(0, 34).padEnd(34)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}` +
      ` ${String(Math.round(median(results.map((r) => r.lcp)))).padStart(9)} ${String(Math.round(median(results.map((r) => r.tbt)))).padStart(7)}` +
      ` ${median(results.map((r) => r.cls)).toFixed(3).padStart(6)}`,
  );
}
