// `npm run bench`: builds the site and the reference bare Next.js page, then measures side by side
// in one run on this machine: page weight, throughput (with a plain Node file server and nginx as
// ceilings), Lighthouse, and build time against corpus size. Writes bench/results/latest.json,
// bench/results/build-scaling.svg and the results part of BENCHMARKS.md; exits 1 when a budget is
// missed. Absolute numbers move with the machine's load; the ratios are measured alternately.
//
//   npm run bench                 everything, build scaling with 10, 100 and 1,000 synthetic
//                                 explainers (the 1,000 build alone takes about 6 minutes here)
//   npm run bench -- --quick      10 and 100 only; the table keeps the last 1,000-explainer result
//                                 (bench/results/scaling-full.json) and says from when
//   --only weight,throughput,lighthouse,scaling   a part of it (still building what it needs)
//   --lighthouse-runs N           runs per Lighthouse row (default 5; the budgets take the median)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'node-html-parser';
import { securityHeaders } from '@/lib/security/headers';
import { startNginx } from '@/scripts/nginx-static';
import { type Budget, limits } from './lib/budgets';
import { copyWorkingTree, measureBuild, type ScalingRun } from './lib/build-scaling';
import { categories, lighthouseOnce, medianRun, type LighthouseRun, type Throttling } from './lib/lighthouse';
import { buildPaddedReference, PADDED_PATH } from './lib/padded-reference';
import { totalOf, weighBuiltPage, weighExportedPage, type Weight } from './lib/page-weight';
import { startServer, waitForUrl, type Server } from './lib/processes';
import { readPreviousResults, writeReport, type BenchResults } from './lib/report';
import { samplePages } from './lib/sample-pages';
import { measureThroughput } from './lib/throughput';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
  },
});
const parts = new Set((values.only ?? 'weight,throughput,lighthouse,scaling').split(','));
const full = !values.quick;
const sizes = full ? [10, 100, 1000] : [10, 100];
const lighthouseRuns = Number(values['lighthouse-runs'] ?? limits.lighthouseRuns);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error('--lighthouse-runs takes a whole number ≥ 1');

const root = process.cwd();
const referenceDir = path.join(root, 'bench', 'reference-app');
const resultsDir = path.join(root, 'bench', 'results');
const logDir = path.join(resultsDir, 'tmp');
const ports = { app: 3321, reference: 3322, files: 3323, nginx: 3324 };
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

const started = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);

async function run(name: string, command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  fs.mkdirSync(logDir, { recursive: true });
  const file = path.join(logDir, `${name}.log`);
  const out = fs.openSync(file, 'w');
  const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', out, out] });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  fs.closeSync(out);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}); see ${path.relative(root, file)}`);
}

function machine() {
  const cpus = os.cpus();
  const version = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: version(path.join(root, 'node_modules', 'next', 'package.json')),
    autocannon: version(path.join(root, 'node_modules', 'autocannon', 'package.json')),
    lighthouse: version(path.join(root, 'node_modules', 'lighthouse', 'package.json')),
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 10) / 10),
  };
}

interface LighthouseTarget {
  id: string;
  name: string;
  url: string;
  /** Held to the budgets (the reference and the scriptless diagnostics are not). */
  budget: boolean;
  throttling: Throttling;
  /** The id of the same page's row without scripts, which its LCP is compared with. */
  scriptless?: string;
}

interface WeightRow extends Weight {
  id: string;
  name: string;
  path: string;
  total: number;
  jsRatio: number;
}

/** The parts a partial run takes over from the previous one (which must have rows with ids). */
const previous = readPreviousResults(root);
const carriedParts = (['weight', 'throughput', 'lighthouse', 'scaling'] as const).filter((part) => !parts.has(part) && previous && previous[part].length > 0);

async function main(): Promise<number> {
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
    machine: machine(),
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
    const targetBytes = fs.readFileSync(path.join(root, '.next', 'server', 'app', pages.explainer.htmlFile)).length;
    log(`build: reference app, ${PADDED_PATH} padded to ${targetBytes} bytes (explainer page 1) …`);
    results.paddedReference = await buildPaddedReference(referenceDir, targetBytes, (characters) =>
      run('build-reference', process.execPath, [nextBin, 'build'], referenceDir, { BENCH_PADDING_CHARACTERS: String(characters) }),
    );
    log(`build: reference app done, ${PADDED_PATH} is ${results.paddedReference.bytes} bytes (${results.paddedReference.builds} builds)`);
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
    const servers: Server[] = [];
    let nginx: { child: ChildProcess; cleanUp: () => void } | undefined;
    try {
      servers.push(
        await startServer('site (next start)', ports.app, process.execPath, [nextBin, 'start', '-p', String(ports.app), '-H', '127.0.0.1'], { cwd: root, readyPath: pages.explainer.path }),
        await startServer('reference (next start)', ports.reference, process.execPath, [nextBin, 'start', '-p', String(ports.reference), '-H', '127.0.0.1'], { cwd: referenceDir, readyPath: '/' }),
        await startServer(
          'Node file server (same HTML)',
          ports.files,
          process.execPath,
          [path.join(root, 'bench', 'lib', 'static-file-server.mjs'), path.join(root, '.next', 'server', 'app'), String(ports.files), JSON.stringify(securityHeaders.map(({ key, value }) => [key, value]))],
          { cwd: root, readyPath: pages.explainer.path },
        ),
      );
      // One worker: the same one core a Node server uses, so that the ratio compares servers and
      // not core counts. The load generator needs the other core.
      nginx = startNginx({ port: ports.nginx, root: path.join(root, 'out'), workers: '1' }, root);
      const nginxChild = nginx.child;
      await waitForUrl(`http://127.0.0.1:${ports.nginx}${pages.explainer.path}`, 30_000, nginxChild);
      servers.push({
        name: 'nginx (static build, out/)',
        origin: `http://127.0.0.1:${ports.nginx}`,
        pid: nginxChild.pid as number,
        stop: async () => {
          nginxChild.kill('SIGQUIT');
          await new Promise((resolve) => nginxChild.once('exit', resolve));
        },
      });
      const [app, reference, files, staticSite] = servers as [Server, Server, Server, Server];

      // Each server must answer the page being measured, and the three copies must be the same page.
      const heading = async (server: Server) => parse(await (await fetch(`${server.origin}${pages.explainer.path}`)).text()).querySelector('h1')?.text;
      const expected = await heading(app);
      for (const server of [files, staticSite]) {
        if (!expected || (await heading(server)) !== expected) throw new Error(`${server.name} does not serve the same explainer page as next start`);
      }

      if (parts.has('throughput')) {
        log('throughput: 50 connections, 5 s warm-up, 3 alternating rounds of 10 s …');
        results.throughput = await measureThroughput(
          [
            { id: 'explainer-next-start', server: app, path: pages.explainer.path },
            { id: 'reference', server: reference, path: '/' },
            { id: 'reference-padded', server: reference, path: PADDED_PATH, name: 'reference padded to the same HTML bytes (next start)' },
            { id: 'explainer-file-server', server: files, path: pages.explainer.path },
            { id: 'explainer-nginx', server: staticSite, path: pages.explainer.path },
          ],
          { connections: 50, warmupSeconds: 5, seconds: 10, rounds: 3 },
          log,
        );
      }

      if (parts.has('lighthouse')) {
        // Each budget page on both servers, with the same page without any script (the file
        // server's ?without-scripts: what our HTML, CSS and fonts cost a browser), and the bare
        // page as the reference. Two more rows with devtools throttling, which slows the load
        // itself down and times it, instead of Lantern's simulation from one fast load.
        const targets: LighthouseTarget[] = [
          { id: 'reference', name: 'reference (bare Next page)', url: `${reference.origin}/`, budget: false, throttling: 'simulate' },
          ...[pages.explainer, pages.later, pages.home, pages.topic].flatMap((page): LighthouseTarget[] => [
            { id: `${page.id}-next-start`, name: `${page.name} (next start)`, url: `${app.origin}${page.path}`, budget: true, throttling: 'simulate', scriptless: `${page.id}-scriptless` },
            { id: `${page.id}-nginx`, name: `${page.name} (nginx, out/)`, url: `${staticSite.origin}${page.path}`, budget: true, throttling: 'simulate', scriptless: `${page.id}-scriptless` },
            { id: `${page.id}-scriptless`, name: `diagnostic: ${page.name} without its scripts (file server)`, url: `${files.origin}${page.path}?without-scripts`, budget: false, throttling: 'simulate' },
          ]),
          { id: 'reference-devtools', name: 'reference (bare Next page), devtools throttling', url: `${reference.origin}/`, budget: false, throttling: 'devtools' },
          { id: 'explainer-1-next-start-devtools', name: 'explainer page 1 (next start), devtools throttling', url: `${app.origin}${pages.explainer.path}`, budget: true, throttling: 'devtools' },
        ];
        log(`lighthouse: ${targets.length} rows × ${lighthouseRuns} runs, alternating (the order rotates each round) …`);
        const runs: LighthouseRun[][] = targets.map(() => []);
        for (let round = 0; round < lighthouseRuns; round++) {
          for (let step = 0; step < targets.length; step++) {
            const index = (step + round) % targets.length;
            const target = targets[index] as LighthouseTarget;
            const result = await lighthouseOnce(target.url, 3, target.throttling);
            runs[index]?.push(result);
            log(
              `lighthouse ${round + 1}/${lighthouseRuns} ${target.name.slice(0, 48).padEnd(48)} perf ${result.scores.performance}  FCP ${Math.round(result.fcpMs ?? 0)}  LCP ${Math.round(result.lcpMs)}  TBT ${Math.round(result.tbtMs)} ms`,
            );
          }
        }
        results.lighthouse = targets.map((target, index) => ({ ...target, runs: runs[index] ?? [], median: medianRun(runs[index] ?? []) }));
      }
    } finally {
      for (const server of servers) await server.stop();
      nginx?.cleanUp();
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

function evaluate(results: BenchResults): Budget[] {
  const budgets: Budget[] = [];
  const explainer = results.weight.find((row) => row.id === 'explainer-1');
  if (explainer) {
    budgets.push(
      { id: 'js-ratio', label: 'Explainer first-load JS ÷ bare Next page', limit: `≤ ${limits.jsRatio}×`, measured: `${explainer.jsRatio}×`, pass: explainer.jsRatio <= limits.jsRatio },
      {
        id: 'transfer',
        label: 'Explainer HTML + CSS + JS (gzip)',
        limit: `≤ ${limits.transferKiB} KiB`,
        measured: `${(explainer.total / 1024).toFixed(1)} KiB`,
        pass: explainer.total / 1024 <= limits.transferKiB,
      },
    );
  }
  if (explainer?.htmlRaw !== undefined) {
    budgets.push({
      id: 'html-bytes',
      label: 'Explainer page 1 HTML, raw / gzip (tracked)',
      limit: 'no limit',
      measured: `${explainer.htmlRaw.toLocaleString('en')} B / ${explainer.html.toLocaleString('en')} B`,
      pass: undefined,
    });
  }
  const site = results.throughput.find((row) => row.id === 'explainer-next-start');
  const padded = results.throughput.find((row) => row.id === 'reference-padded');
  if (site && padded) {
    const ratio = site.requestsPerSecond / padded.requestsPerSecond;
    budgets.push({
      id: 'throughput',
      label: 'next start: explainer req/s ÷ bare Next page padded to the same HTML bytes, no errors on any server',
      limit: `≥ ${limits.throughputRatio}×, 0 errors`,
      measured: `${ratio.toFixed(2)}× (${site.requestsPerSecond} ÷ ${padded.requestsPerSecond}), ${results.throughput.reduce((sum, row) => sum + row.errors, 0)} errors`,
      pass: ratio >= limits.throughputRatio && results.throughput.every((row) => row.errors === 0),
    });
  }
  budgets.push(...lighthouseBudgets(results.lighthouse));
  const at = (size: number) => results.scaling.find((row) => row.explainers === size);
  const t100 = at(100);
  const t1000 = at(1000);
  budgets.push({
    id: 'build-growth',
    label: 'Build time t(1,000) ÷ t(100)',
    limit: `≤ ${limits.buildGrowth}`,
    measured: t100 && t1000 ? `${(t1000.wallMs / t100.wallMs).toFixed(2)}` : 'not measured (--quick)',
    pass: t100 && t1000 ? t1000.wallMs / t100.wallMs <= limits.buildGrowth : undefined,
  });
  const largest = results.scaling.at(-1);
  if (largest) {
    budgets.push({
      id: 'ms-per-page',
      label: `Build time per page at ${largest.explainers.toLocaleString('en')} explainers (incl. its OG image)`,
      limit: `< ${limits.msPerPage} ms`,
      measured: `${largest.msPerPage} ms`,
      pass: largest.msPerPage < limits.msPerPage,
    });
    const loads = new Set(results.scaling.map((row) => row.contentLoads));
    budgets.push({
      id: 'parsed-once',
      label: 'Content parsed once per build process, at every corpus size',
      limit: 'reads per file = build processes that read, same at every size',
      measured: results.scaling.map((row) => `${row.explainers}: ${row.contentLoads}× in ${row.contentLoadProcesses}`).join('; '),
      pass: loads.size === 1 && results.scaling.every((row) => row.contentLoads <= row.contentLoadProcesses),
    });
  }
  return budgets;
}

/**
 * Issue 13's relative budgets, each against rows of the same run: performance ≥ the bare page's
 * median, 100 in the other categories; LCP ≤ the page's own FCP + 150 ms and ≤ the same page
 * without scripts + 150 ms; TBT ≤ the bare page's + 50 ms; with devtools throttling, LCP ≤ 1.2×
 * the bare page's.
 */
function lighthouseBudgets(rows: BenchResults['lighthouse']): Budget[] {
  const byId = new Map(rows.map((row) => [row.id, row.median]));
  const bare = byId.get('reference');
  const bareDevtools = byId.get('reference-devtools');
  const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '?' : String(Math.round(value)));
  const budgets: Budget[] = [];
  for (const row of rows.filter((candidate) => candidate.budget)) {
    const { scores, fcpMs, lcpMs, tbtMs } = row.median;
    if (row.throttling === 'devtools') {
      const pass = bareDevtools ? lcpMs <= limits.devtoolsLcpRatio * bareDevtools.lcpMs : undefined;
      budgets.push({
        id: `lighthouse:${row.id}`,
        label: `Lighthouse mobile, ${row.name}: LCP ÷ bare page's (devtools)`,
        limit: `≤ ${limits.devtoolsLcpRatio}×`,
        measured: bareDevtools ? `${(lcpMs / bareDevtools.lcpMs).toFixed(2)}× (${ms(lcpMs)} ÷ ${ms(bareDevtools.lcpMs)} ms)` : 'no reference row',
        pass,
      });
      continue;
    }
    const scriptless = row.scriptless ? byId.get(row.scriptless) : undefined;
    const others = categories.filter((id) => id !== 'performance');
    const checks = bare && scriptless && fcpMs !== undefined && scriptless.lcpMs !== undefined;
    budgets.push({
      id: `lighthouse:${row.id}`,
      label: `Lighthouse mobile, ${row.name}`,
      limit: `perf ≥ bare (${bare?.scores.performance ?? '?'}), ${others.map(() => limits.lighthouseScore).join('/')}; LCP ≤ FCP + ${limits.lcpOverFcpMs} and ≤ scriptless (${ms(scriptless?.lcpMs)}) + ${limits.lcpOverScriptlessMs}; TBT ≤ bare (${ms(bare?.tbtMs)}) + ${limits.tbtOverReferenceMs} ms`,
      measured: `perf ${scores.performance}, ${others.map((id) => scores[id]).join('/')}; LCP ${ms(lcpMs)} (FCP ${ms(fcpMs)}); TBT ${ms(tbtMs)} ms`,
      pass: checks
        ? scores.performance >= bare.scores.performance &&
          others.every((id) => scores[id] >= limits.lighthouseScore) &&
          lcpMs <= (fcpMs as number) + limits.lcpOverFcpMs &&
          lcpMs <= scriptless.lcpMs + limits.lcpOverScriptlessMs &&
          tbtMs <= bare.tbtMs + limits.tbtOverReferenceMs
        : undefined,
    });
  }
  return budgets;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
