// CPU time per request of `next start` (README of bench: BENCHMARKS.md, "CPU per request"): the
// server's user + system time over a fixed number of requests ÷ those requests, for explainer
// page 1 of the site and for the reference app's /padded (the bare page padded to the same HTML
// bytes) and /. Unlike requests per second, it hardly moves with the load other jobs put on the
// machine, so two builds can be compared on a busy machine. Needs both apps built:
//   npm run build && npx tsx bench/cpu-per-request.ts --build-reference
// Options: --requests N (per run, 3000), --rounds N (3, alternating), --connections N (10),
// --site DIR (another build of the site to measure, default this tree), --paths /a,/b (more site
// paths), --profile DIR (then one more run per target under the V8 profiler, summarised),
// --reference-html FILE (the reference app's /ja answers FILE instead and is measured too, e.g.
// the site's own page: the same HTML with none of the site's routes, headers or proxy; the file
// is put back afterwards).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { summarizeProfile, type CpuProfile } from './lib/cpu-profile-summary';
import { buildPaddedReference, PADDED_PATH, paddingEnv, pageSize } from './lib/padded-reference';
import { processTree, treeCpuSeconds } from './lib/process-cpu';
import { startServer, type Server } from './lib/processes';
import { samplePages } from './lib/sample-pages';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    site: { type: 'string' },
    paths: { type: 'string' },
    profile: { type: 'string' },
    'build-reference': { type: 'boolean', default: false },
    port: { type: 'string', default: '3131' },
    json: { type: 'string' },
    'reference-html': { type: 'string' },
  },
});

const root = process.cwd();
const siteDir = path.resolve(values.site ?? root);
const referenceDir = path.join(root, 'bench', 'reference-app');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const port = Number(values.port);
const profileDir = values.profile ? path.resolve(values.profile) : undefined;
const hook = path.join(root, 'bench', 'lib', 'cpu-profile-on-signal.mjs');
/** The reference app's page that --reference-html replaces (its one-sentence page, no row of its own). */
const SWAPPED_PATH = '/ja';

interface Target {
  name: string;
  server: Server;
  path: string;
}

interface Run {
  cpuUsPerRequest: number;
  requestsPerSecond: number;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)] ?? Number.NaN;

async function load(target: Target, amount: number): Promise<{ ok: number; requestsPerSecond: number }> {
  const result = await autocannon({ url: `${target.server.origin}${target.path}`, connections, amount, pipelining: 1 });
  if (result.errors + result.non2xx > 0) throw new Error(`${target.name} ${target.path}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { ok: result['2xx'], requestsPerSecond: result.requests.average };
}

async function measure(target: Target): Promise<Run> {
  const before = treeCpuSeconds(target.server.pid);
  const { ok, requestsPerSecond } = await load(target, requests);
  const cpu = treeCpuSeconds(target.server.pid) - before;
  return { cpuUsPerRequest: (cpu * 1e6) / ok, requestsPerSecond };
}

async function waitForProfiles(since: Set<string>): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const fresh = fs.readdirSync(profileDir as string).filter((file) => file.endsWith('.cpuprofile') && !since.has(file));
    if (fresh.length > 0) return fresh;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no .cpuprofile appeared in ${profileDir}`);
}

/** One more run under the profiler; prints where the busiest process of the server spent its time. */
async function profile(target: Target): Promise<void> {
  const since = new Set(fs.readdirSync(profileDir as string));
  const members = processTree(target.server.pid);
  const signal = () => members.forEach((pid) => process.kill(pid, 'SIGUSR2'));
  signal();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { ok } = await load(target, requests);
  signal();
  const files = await waitForProfiles(since);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const summaries = files.map((file) => ({ file, summary: summarizeProfile(JSON.parse(fs.readFileSync(path.join(profileDir as string, file), 'utf8')) as CpuProfile) }));
  const { file, summary } = summaries.sort((a, b) => b.summary.busyMs - a.summary.busyMs)[0] as (typeof summaries)[number];
  const perRequest = (ms: number) => ((ms * 1000) / ok).toFixed(1).padStart(7);
  console.log(`\nprofile ${target.name} ${target.path}: ${file}, ${summary.busyMs.toFixed(0)} ms busy over ${ok} requests (${perRequest(summary.busyMs).trim()} µs each)`);
  console.log('  self µs/req  total µs/req  module');
  for (const row of summary.modules.slice(0, 15)) console.log(`  ${perRequest(row.selfMs)}      ${perRequest(row.totalMs)}  ${row.name}`);
  console.log('  self µs/req  total µs/req  function');
  for (const row of summary.functions.slice(0, 30)) console.log(`  ${perRequest(row.selfMs)}      ${perRequest(row.totalMs)}  ${row.name}`);
}

async function main(): Promise<void> {
  const pages = samplePages();
  if (values['build-reference']) {
    const target = pageSize(path.join(siteDir, '.next', 'server', 'app', pages.explainer.htmlFile));
    const built = await buildPaddedReference(referenceDir, target, async (padding) => {
      const child = spawn(process.execPath, [nextBin, 'build'], { cwd: referenceDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...paddingEnv(padding) }, stdio: 'ignore' });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      if (code !== 0) throw new Error(`reference app build failed (exit ${code})`);
    });
    console.log(`reference app: ${PADDED_PATH} is ${built.bytes} bytes and ${built.length} characters for explainer page 1's ${target.bytes} and ${target.length} (${built.builds} builds)`);
  }
  const restore = values['reference-html'] ? swapReferenceHtml(path.resolve(values['reference-html'])) : () => {};
  try {
    await measureAll(pages.explainer.path);
  } finally {
    restore();
  }
}

/**
 * Next 16.4 copies a prerendered page into .next/server/route-cache/ on its first request and
 * answers from there afterwards, so the copy is removed along with the file being replaced.
 */
function swapReferenceHtml(file: string): () => void {
  const serverDir = path.join(referenceDir, '.next', 'server');
  const target = path.join(serverDir, 'app', `${SWAPPED_PATH.slice(1)}.html`);
  const original = fs.readFileSync(target);
  fs.rmSync(path.join(serverDir, 'route-cache'), { recursive: true, force: true });
  fs.copyFileSync(file, target);
  return () => {
    fs.writeFileSync(target, original);
    fs.rmSync(path.join(serverDir, 'route-cache'), { recursive: true, force: true });
  };
}

async function measureAll(explainerPath: string): Promise<void> {
  if (profileDir) fs.mkdirSync(profileDir, { recursive: true });
  const env: Record<string, string> = profileDir ? { KAISETSU_CPU_PROFILE_DIR: profileDir, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${hook}`.trim() } : {};
  const start = (name: string, cwd: string, at: number, readyPath: string) =>
    startServer(name, at, process.execPath, [nextBin, 'start', '-p', String(at), '-H', '127.0.0.1'], { cwd, env, readyPath });
  const site = await start('site', siteDir, port, explainerPath);
  const reference = await start('reference', referenceDir, port + 1, '/');
  try {
    const targets: Target[] = [
      { name: 'site', server: site, path: explainerPath },
      ...(values.paths ? values.paths.split(',').map((extra) => ({ name: 'site', server: site, path: extra })) : []),
      { name: 'reference', server: reference, path: PADDED_PATH },
      ...(values['reference-html'] ? [{ name: 'reference', server: reference, path: SWAPPED_PATH }] : []),
      { name: 'reference', server: reference, path: '/' },
    ];
    const bytes: number[] = [];
    for (const target of targets) {
      const response = await fetch(`${target.server.origin}${target.path}`);
      bytes.push((await response.arrayBuffer()).byteLength);
      if (!response.ok) throw new Error(`${target.path}: ${response.status}`);
      await load(target, Math.min(requests, 1000));
    }
    const runs: Run[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < targets.length; step++) {
        const index = (step + round) % targets.length;
        const target = targets[index] as Target;
        const run = await measure(target);
        runs[index]?.push(run);
        console.log(`round ${round + 1} ${target.name.padEnd(9)} ${target.path.padEnd(48)} ${run.cpuUsPerRequest.toFixed(0).padStart(6)} µs CPU/request  ${run.requestsPerSecond.toFixed(0).padStart(5)} req/s`);
      }
    }
    const paddedIndex = targets.findIndex((target) => target.path === PADDED_PATH);
    const paddedCpu = median(runs[paddedIndex]?.map((run) => run.cpuUsPerRequest) ?? []);
    console.log(`\nmedian of ${rounds} runs of ${requests} requests, ${connections} connections`);
    const rows = targets.map((target, index) => {
      const cpu = median(runs[index]?.map((run) => run.cpuUsPerRequest) ?? []);
      const row = { name: target.name, path: target.path, bytes: bytes[index], cpuUsPerRequest: Math.round(cpu), paddedOverThis: Math.round((paddedCpu / cpu) * 100) / 100, runs: runs[index] };
      console.log(`${target.name.padEnd(9)} ${target.path.padEnd(48)} ${String(bytes[index]).padStart(7)} B  ${String(row.cpuUsPerRequest).padStart(6)} µs CPU/request  /padded's ÷ this ${row.paddedOverThis.toFixed(2)}`);
      return row;
    });
    if (values.json) fs.writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), requests, rounds, connections, rows }, null, 2)}\n`);
    if (profileDir) for (const target of targets) await profile(target);
  } finally {
    await site.stop();
    await reference.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
