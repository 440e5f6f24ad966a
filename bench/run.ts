// `npm run bench`: builds the site and the reference bare Next.js page, then measures them side by
// side in one run on this machine, its parts in the order they run here: page weight, throughput
// (with a plain Node file server and nginx as ceilings, bench/lib/bench-servers.ts), Lighthouse
// (bench/lib/lighthouse-rows.ts), and build time against corpus size (bench/lib/build-scaling.ts).
// The budgets are checked in bench/lib/verdicts.ts; the options are in bench/lib/cli.ts (--help).
// Absolute numbers move with the machine's load; the ratios are measured alternately.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBenchServers } from './lib/bench-servers';
import { copyWorkingTree, measureBuild, type ScalingRun } from './lib/build-scaling';
import { allParts, readOptions } from './lib/cli';
import { lighthouseTargets, measureLighthouse } from './lib/lighthouse-rows';
import { machine } from './lib/machine';
import { buildPaddedReference, PADDED_PATH, paddingEnv, pageSize } from './lib/padded-reference';
import { totalOf, weighBuiltPage, weighExportedPage, type Weight } from './lib/page-weight';
import { readPreviousResults, writeReport, type BenchResults } from './lib/report';
import { log, runLogged as run, started } from './lib/run-log';
import { samplePages } from './lib/sample-pages';
import { measureThroughput } from './lib/throughput';
import { evaluate } from './lib/verdicts';

const root = process.cwd();
const referenceDir = path.join(root, 'bench', 'reference-app');
const resultsDir = path.join(root, 'bench', 'results');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

interface WeightRow extends Weight {
  id: string;
  name: string;
  path: string;
  total: number;
  jsRatio: number;
}

async function main(): Promise<number> {
  const options = readOptions();
  if (!options) return 0;
  const { parts, full, sizes, lighthouseRuns } = options;
  /** The parts a partial run takes over from the previous one (which must have rows with ids). */
  const previous = readPreviousResults(root);
  const carriedParts = allParts.filter((part) => !parts.has(part) && previous && previous[part].length > 0);
  for (const part of carriedParts) {
    // Rows are found by id; a row from before ids existed would silently drop its budget.
    if (part !== 'scaling' && previous?.[part].some((row) => !('id' in row) || !row.id)) {
      throw new Error(`bench/results/latest.json: its ${part} rows have no ids (measured before rows had them): run that part again (--only ${part})`);
    }
  }
  const pages = samplePages();
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: full ? 'full' : 'quick',
    machine: machine(root),
    weight: [],
    throughput: [],
    lighthouse: [],
    scaling: [],
    budgets: [],
  };

  // Builds. The static export first: it reuses .next/, which the normal build then replaces. The
  // reference app last: its padded page is grown to the size of the explainer page just built.
  if (parts.has('weight') || parts.has('throughput') || parts.has('lighthouse')) {
    log('build: static export (npm run build:static) …');
    await run('build-static', 'npm', ['run', 'build:static'], root);
    log('build: the site (next build) …');
    await run('build', 'npm', ['run', 'build'], root);
    const target = pageSize(path.join(root, '.next', 'server', 'app', pages.explainer.htmlFile));
    log(`build: reference app, ${PADDED_PATH} padded to ${target.bytes} bytes and ${target.length} characters (explainer page 1) …`);
    results.paddedReference = await buildPaddedReference(referenceDir, target, (padding) =>
      run('build-reference', process.execPath, [nextBin, 'build'], referenceDir, paddingEnv(padding)),
    );
    const padded = results.paddedReference;
    log(`build: reference app done, ${PADDED_PATH} is ${padded.bytes} bytes and ${padded.length} characters (${padded.builds} builds)`);
  }

  if (parts.has('weight')) {
    const reference = weighBuiltPage(path.join(referenceDir, '.next'), 'index.html');
    const row = (id: string, name: string, urlPath: string, weight: Weight): WeightRow => ({
      id,
      name,
      path: urlPath,
      ...weight,
      total: totalOf(weight),
      jsRatio: Math.round((weight.js / reference.js) * 1000) / 1000,
    });
    results.weight = [
      row('reference', 'reference (bare Next page)', '/', reference),
      ...[pages.explainer, pages.home, pages.topic, ...pages.others].map((page) => row(page.id, page.name, page.path, weighBuiltPage(path.join(root, '.next'), page.htmlFile))),
      row('explainer-1-static', 'explainer page 1, static build (out/)', pages.explainer.path, weighExportedPage(path.join(root, 'out'), pages.explainer.htmlFile)),
    ];
    for (const weight of results.weight) {
      log(`weight: ${weight.name.padEnd(40)} JS ${(weight.js / 1024).toFixed(1)} KiB (${weight.jsRatio}×)  total ${(weight.total / 1024).toFixed(1)} KiB`);
    }
  }

  if (parts.has('throughput') || parts.has('lighthouse')) {
    const servers = await startBenchServers(root, referenceDir, pages);
    const { app, reference, files, staticSite } = servers;
    try {
      if (parts.has('throughput')) {
        log('throughput: 50 connections, 5 s warm-up, 3 alternating rounds of 10 s …');
        results.throughput = await measureThroughput(
          [
            { id: 'explainer-next-start', server: app, path: pages.explainer.path },
            { id: 'reference', server: reference, path: '/' },
            { id: 'reference-padded', server: reference, path: PADDED_PATH, name: 'reference padded to the same HTML bytes and length (next start)' },
            { id: 'explainer-file-server', server: files, path: pages.explainer.path },
            { id: 'explainer-nginx', server: staticSite, path: pages.explainer.path },
          ],
          { connections: 50, warmupSeconds: 5, seconds: 10, rounds: 3 },
          log,
        );
      }

      if (parts.has('lighthouse')) results.lighthouse = await measureLighthouse(lighthouseTargets(pages, servers), lighthouseRuns);
    } finally {
      await servers.stop();
    }
  }

  if (parts.has('scaling')) {
    log(`scaling: cold builds of ${sizes.join(', ')} synthetic explainers in a copy of this tree …`);
    const workspace = copyWorkingTree(root);
    try {
      for (const size of sizes) {
        const result: ScalingRun = await measureBuild(workspace, size, log);
        results.scaling.push(result);
        log(
          `scaling: ${size} explainers → ${result.htmlPages} pages, ${result.images} images in ${(result.wallMs / 1000).toFixed(1)} s ` +
            `(${result.msPerPage} ms/page; static generation ${(result.staticGenerationMs / 1000).toFixed(1)} s; content read ${result.contentLoads}× by ${result.contentLoadProcesses} processes; parse alone ${result.parseMs} ms)`,
        );
      }
    } finally {
      workspace.remove();
    }
  }

  // A partial run keeps the other parts of the previous one, marked as such, so that the report
  // and the budgets stay whole (checked before measuring, in main()).
  for (const part of carriedParts) {
    if (!previous) continue;
    Object.assign(results, { [part]: previous[part] });
    results.carriedOver = { ...results.carriedOver, [part]: previous.carriedOver?.[part] ?? previous.date };
    if (part === 'scaling') results.mode = previous.mode;
  }
  results.budgets = evaluate(results);
  results.machine.loadAverageAtEnd = os.loadavg().map((value) => Math.round(value * 10) / 10);
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  writeReport(root, results);
  log(`wrote ${path.relative(root, path.join(resultsDir, 'latest.json'))} and BENCHMARKS.md`);
  for (const budget of results.budgets) {
    log(`budget ${budget.pass === undefined ? '–' : budget.pass ? '✓' : '✗'} ${budget.label}: ${budget.measured} (limit ${budget.limit})`);
  }
  return results.budgets.some((budget) => budget.pass === false) ? 1 : 0;
}


main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
