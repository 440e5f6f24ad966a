// Lighthouse mobile, pages alternating round by round (so that a busy minute hits every page
// alike), with the median and each run's figures. For a quick comparison outside `npm run bench`.
// Usage: tsx bench/lighthouse-alternating.ts [--runs 5] [--devtools] label=URL …
import os from 'node:os';
import { parseArgs } from 'node:util';
import { lighthouseOnce, medianRun, type LighthouseRun } from './lib/lighthouse';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' }, devtools: { type: 'boolean', default: false } } });
const targets = positionals.map((arg) => {
  const at = arg.indexOf('=');
  if (at <= 0) throw new Error(`expected label=URL, got ${arg}`);
  return { label: arg.slice(0, at), url: arg.slice(at + 1) };
});
if (targets.length === 0) throw new Error('usage: tsx bench/lighthouse-alternating.ts [--runs 5] [--devtools] label=URL …');
const rounds = Number(values.runs);
const throttling = values.devtools ? 'devtools' : 'simulate';

async function main(): Promise<void> {
  console.log(`Lighthouse mobile, ${throttling} throttling, ${rounds} alternating rounds; load average at start ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const runs: LighthouseRun[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, target] of targets.entries()) {
      const result = await lighthouseOnce(target.url, 3, throttling);
      runs[index]?.push(result);
      console.log(`${round + 1}/${rounds} ${target.label.padEnd(28)} perf ${result.scores.performance}  FCP ${Math.round(result.fcpMs ?? 0)}  LCP ${Math.round(result.lcpMs)}  TBT ${Math.round(result.tbtMs)}`);
    }
  }
  console.log(`load average at end ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log('| page | perf (median) | a11y / best / SEO | FCP ms | LCP ms | TBT ms | perf of each run |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [index, target] of targets.entries()) {
    const own = runs[index] ?? [];
    const { scores, fcpMs, lcpMs, tbtMs } = medianRun(own);
    console.log(
      `| ${target.label} | ${scores.performance} | ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo} | ${Math.round(fcpMs ?? 0)} | ${Math.round(lcpMs)} | ${Math.round(tbtMs)} | ${own.map((run) => run.scores.performance).join(', ')} |`,
    );
  }
}

void main();
