// Lighthouse mobile scores, median of five runs per page (LIGHTHOUSE_RUNS), in Debian's Chromium.
// Usage: start the site (npm run build && npm start), then: npm run bench:lighthouse [-- URL…]
// `npm run bench` runs the same measurement, alternating with the reference page (bench/run.ts).
import { limits } from './lib/budgets';
import { lighthouseOnce, medianRun, type LighthouseRun } from './lib/lighthouse';
import { samplePages } from './lib/sample-pages';

const base = process.env.BENCH_URL ?? 'http://localhost:3000';
const args = process.argv.slice(2);
const { home, explainer, others } = samplePages();
const urls = args.length > 0 ? args : [home, explainer, ...others.slice(0, 1)].map((page) => `${base}${page.path}`);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? limits.lighthouseRuns);

async function main(): Promise<void> {
  console.log(`Lighthouse ${runs}× mobile (median)   perf  a11y  best   seo    LCP ms  TBT ms    CLS`);
  for (const url of urls) {
    const results: LighthouseRun[] = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url));
    const { scores, lcpMs, tbtMs, cls } = medianRun(results);
    console.log(
      `${new URL(url).pathname.slice(0, 34).padEnd(34)} ${String(scores.performance).padStart(5)} ${String(scores.accessibility).padStart(5)} ${String(scores['best-practices']).padStart(5)} ${String(scores.seo).padStart(5)}` +
        ` ${String(Math.round(lcpMs)).padStart(9)} ${String(Math.round(tbtMs)).padStart(7)} ${cls.toFixed(3).padStart(6)}`,
    );
  }
}

void main();
