// The options of `npm run bench` (bench/run.ts), read once; `--help` prints them.
import { parseArgs } from 'node:util';
import { limits } from './budgets';

export const usage = `npm run bench [-- options]: builds the site and the reference bare Next.js page, then measures
side by side in one run on this machine: page weight, throughput, Lighthouse, build time against
corpus size. Writes bench/results/latest.json, bench/results/build-scaling.svg and the results
part of BENCHMARKS.md; exits 1 when a budget is missed.

  (no option)                   everything, build scaling with 10, 100 and 1,000 synthetic
                                explainers (the 1,000 build alone takes about 6 minutes here)
  --quick                       10 and 100 only; the table keeps the last 1,000-explainer result
                                (bench/results/scaling-full.json) and says from when
  --only weight,throughput,lighthouse,scaling   a part of it (still building what it needs)
  --lighthouse-runs N           runs per Lighthouse row (default ${limits.lighthouseRuns}; the budgets take the median)
  --help                        this text`;

export type Part = 'weight' | 'throughput' | 'lighthouse' | 'scaling';
export const allParts: readonly Part[] = ['weight', 'throughput', 'lighthouse', 'scaling'];

export interface BenchOptions {
  parts: Set<string>;
  full: boolean;
  /** Corpus sizes the scaling part builds. */
  sizes: number[];
  lighthouseRuns: number;
}

/** The options, or undefined after printing the usage for --help. */
export function readOptions(args = process.argv.slice(2)): BenchOptions | undefined {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  const full = !values.quick;
  const lighthouseRuns = Number(values['lighthouse-runs'] ?? limits.lighthouseRuns);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error('--lighthouse-runs takes a whole number ≥ 1');
  return { parts: new Set((values.only ?? allParts.join(',')).split(',')), full, sizes: full ? [10, 100, 1000] : [10, 100], lighthouseRuns };
}
