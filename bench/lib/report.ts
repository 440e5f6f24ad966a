// Writes one run's numbers: bench/results/latest.json (everything), bench/results/scaling-full.json
// (the last run that built 1,000 explainers, kept for quick runs), bench/results/build-scaling.svg,
// and the part of BENCHMARKS.md between the `bench:results` markers. The rest of BENCHMARKS.md
// (budgets, methods, what moved each figure) is written by people.
import fs from 'node:fs';
import path from 'node:path';
import type { Budget } from './budgets';
import type { ScalingRun } from './build-scaling';
import { buildTimeChart } from './chart';
import { categories, type LighthouseRun, type Throttling } from './lighthouse';
import type { PaddedBuild } from './padded-reference';
import type { Weight } from './page-weight';
import type { ThroughputResult } from './throughput';

export interface BenchResults {
  date: string;
  mode: 'full' | 'quick';
  durationSeconds?: number;
  machine: Record<string, string | number | number[]> & { loadAverageAtStart: number[]; loadAverageAtEnd?: number[] };
  weight: (Weight & { id: string; name: string; path: string; total: number; jsRatio: number })[];
  throughput: ThroughputResult[];
  /** `budget`: whether the row is held to the Lighthouse budget (references and diagnostics are not). */
  lighthouse: { id: string; name: string; url: string; budget: boolean; throttling?: Throttling; scriptless?: string; runs: LighthouseRun[]; median: LighthouseRun }[];
  /** The reference app's /padded page: the characters it was built with and the bytes it came to. */
  paddedReference?: PaddedBuild;
  scaling: ScalingRun[];
  /** Parts this run did not measure (`--only`), taken over from the previous run, with that run's date. */
  carriedOver?: Partial<Record<'weight' | 'throughput' | 'lighthouse' | 'scaling', string>>;
  /** In quick mode: the 1,000-explainer build of the last full run, and its date. */
  scalingFromFullRun?: { date: string; runs: ScalingRun[] };
  budgets: Budget[];
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function markdown(results: BenchResults, scaling: ScalingRun[], chartFile: string): string {
  const m = results.machine;
  const lines: string[] = [
    `Last run: ${results.date.slice(0, 16).replace('T', ' ')} UTC, \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`, ${results.durationSeconds ?? '?'} s. ` +
      `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Next ${m.next}, autocannon ${m.autocannon}, Lighthouse ${m.lighthouse}. ` +
      `Load average (1 min) ${m.loadAverageAtStart[0]} at the start, ${m.loadAverageAtEnd?.[0] ?? '?'} at the end: other jobs shared the machine.`,
    ...Object.entries(results.carriedOver ?? {}).map(([part, date]) => `The ${part} figures are from an earlier run (${date.slice(0, 16).replace('T', ' ')} UTC): this one ran \`--only\` other parts.`),
    '',
    '### Budgets',
    '',
    table(
      ['budget', 'limit', 'measured', ''],
      results.budgets.map((b) => [b.label, b.limit, b.measured, b.pass === undefined ? '–' : b.pass ? '✓' : '✗ missed']),
    ),
  ];
  if (results.weight.length > 0) {
    lines.push(
      '',
      '### Page weight (gzip, first load)',
      '',
      table(
        ['page', 'JS KiB', 'CSS KiB', 'HTML KiB', 'data KiB', 'total KiB', 'JS ÷ reference', 'HTML bytes uncompressed'],
        results.weight.map((w) => [`${w.name} \`${w.path}\``, kib(w.js), kib(w.css), kib(w.html), w.data === undefined ? '–' : kib(w.data), kib(w.total), w.jsRatio.toFixed(3), w.htmlRaw?.toLocaleString('en') ?? '–']),
      ),
      '',
      'CSS is inlined into the HTML (`experimental.inlineCss`), so it counts under HTML. Data is the page\'s Next payload, a file the loader fetches after the first paint (the bare page carries it in its HTML).',
    );
  }
  if (results.throughput.length > 0) {
    const padded = results.throughput.find((row) => row.id === 'reference-padded');
    lines.push(
      '',
      '### Throughput (autocannon, 50 connections, median of 3 alternating 10 s runs after a 5 s warm-up)',
      '',
      table(
        ['server, page', 'body bytes', 'req/s', '÷ padded bare page', 'p99 ms', 'errors', 'RSS idle MB', 'RSS after MB'],
        results.throughput.map((row) => [
          `${row.name} \`${new URL(row.url).pathname}\``,
          row.bodyBytes?.toLocaleString('en') ?? '–',
          row.requestsPerSecond,
          padded ? (row.requestsPerSecond / padded.requestsPerSecond).toFixed(2) : '–',
          row.p99Ms,
          row.errors,
          row.rssIdleMb,
          row.rssAfterMb,
        ]),
      ),
    );
  }
  if (results.lighthouse.length > 0) {
    lines.push(
      '',
      `### Lighthouse mobile (median of ${Math.max(...results.lighthouse.map((row) => row.runs.length))}, alternating pages; simulated throttling unless the row says devtools)`,
      '',
      table(
        ['page', ...categories, 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'perf of each run'],
        results.lighthouse.map((row) => [
          row.name,
          ...categories.map((id) => row.median.scores[id]),
          row.median.fcpMs === undefined || Number.isNaN(row.median.fcpMs) ? '–' : Math.round(row.median.fcpMs),
          Math.round(row.median.lcpMs),
          Math.round(row.median.tbtMs),
          row.median.cls.toFixed(3),
          row.runs.map((run) => run.scores.performance).join(', '),
        ]),
      ),
    );
  }
  if (scaling.length > 0) {
    const rows = [...scaling].sort((a, b) => a.explainers - b.explainers);
    lines.push(
      '',
      '### Build time against corpus size (cold `next build`, synthetic explainers: 3 pages × ja + en, an OG image per page)',
      '',
      table(
        ['explainers', 'HTML pages', 'OG images', 'build s', 'growth', 'ms per page', 'CPU s (ms per page)', 'compile s', 'static generation s', 'content reads per file (processes)', 'parse alone ms'],
        rows.map((row, index) => {
          const previous = rows[index - 1];
          return [
            row.explainers.toLocaleString('en'),
            row.htmlPages.toLocaleString('en'),
            row.images.toLocaleString('en'),
            s(row.wallMs),
            previous ? `${(row.wallMs / previous.wallMs).toFixed(2)}× for ${row.explainers / previous.explainers}×` : '–',
            row.msPerPage,
            row.cpuMs === undefined ? '–' : `${s(row.cpuMs)} (${row.cpuMsPerPage})`,
            s(row.compileMs),
            s(row.staticGenerationMs),
            `${row.contentLoads} (${row.contentLoadProcesses})`,
            row.parseMs,
          ];
        }),
      ),
      '',
      results.scalingFromFullRun ? `The 1,000-explainer row is from the last full run (${results.scalingFromFullRun.date.slice(0, 10)}, \`npm run bench\` without --quick).` : '',
      '',
      `![Build time against corpus size](${chartFile})`,
    );
  }
  return lines.filter((line, index, all) => !(line === '' && all[index - 1] === '')).join('\n');
}

/** The previous run's results, if any, to keep the parts a partial run (`--only`) does not measure. */
export function readPreviousResults(root: string): BenchResults | undefined {
  const file = path.join(root, 'bench', 'results', 'latest.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResults) : undefined;
}

export function writeReport(root: string, results: BenchResults): void {
  const dir = path.join(root, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const fullFile = path.join(dir, 'scaling-full.json');
  let scaling = results.scaling;
  if (results.mode === 'full' && !results.carriedOver?.scaling && results.scaling.some((row) => row.explainers >= 1000)) {
    fs.writeFileSync(fullFile, `${JSON.stringify({ date: results.date, runs: results.scaling }, null, 2)}\n`);
  } else if (results.scaling.length > 0 && fs.existsSync(fullFile)) {
    const kept = JSON.parse(fs.readFileSync(fullFile, 'utf8')) as { date: string; runs: ScalingRun[] };
    const missing = kept.runs.filter((row) => !results.scaling.some((own) => own.explainers === row.explainers));
    if (missing.length > 0) {
      results.scalingFromFullRun = { date: kept.date, runs: missing };
      scaling = [...results.scaling, ...missing];
    }
  }
  fs.writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  const chartFile = 'bench/results/build-scaling.svg';
  if (scaling.length > 1) {
    const points = scaling.map((row) => ({
      explainers: row.explainers,
      seconds: row.wallMs / 1000,
      label: `${s(row.wallMs)} s, ${row.htmlPages.toLocaleString('en')} pages`,
    }));
    fs.writeFileSync(path.join(root, chartFile), buildTimeChart(points, `next build time against corpus size — ${results.machine.cores} cores, ${results.date.slice(0, 10)}`));
  }

  const doc = path.join(root, 'BENCHMARKS.md');
  const current = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`BENCHMARKS.md lacks the ${START} … ${END} markers`);
  fs.writeFileSync(doc, `${current.slice(0, start + START.length)}\n${markdown(results, scaling, chartFile)}\n${current.slice(end)}`);
}
