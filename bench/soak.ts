// Soak test: `next start` on 127.0.0.1 under 50 connections for about a minute, with the mix of
// requests a news site gets (pages, OG cards, feeds, the sitemap, 404s). Prints errors and the
// status breakdown, requests per second, latency percentiles, and the server's memory. Exits 1 on
// any connection error or timeout, any 5xx, an unexpected status, or a live heap that grows.
//
// How memory is judged (BENCHMARKS.md, "Soak"): the soak runs in rounds; after the warm-up and
// after each round the traffic stops and the server itself (bench/lib/heap-probe.mjs) runs a full
// garbage collection and reports what is still alive. A leak is what survives collection and
// grows with the traffic: the live heap's least-squares slope over the rounds, times the rounds,
// must stay within 10% of the live heap after the warm-up. The resident set is printed too (under
// load and after each collection) but not judged: it counts the garbage V8 has not collected yet,
// a sawtooth of 100 MB and more under this load, so a single reading at each end of the soak
// (what it used to compare) read anything from −35% to +51% while the live heap stayed flat.
//
// Usage: npm run build, then npm run bench:soak [-- --duration 60 --rounds 6 --warmup 30
//   --connections 50 --port 3400 --dir <a built app, default .> --paths /,/ja (instead of the
//   site's mix) --snapshots <dir> (a heap snapshot at every probe)]
import { readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { startServer, treeRssKb } from './lib/processes';
import { loadContent } from '@/lib/content/load';
import { feedPath } from '@/lib/seo/feed-links';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function option(name: string, fallback: number): number {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const duration = option('duration', 60);
const rounds = Math.round(option('rounds', 6));
// Long enough for every URL of the mix to be served many times, so that Next's caches (the
// 50 MB response cache, compiled routes, React's module cache) are full before the first probe.
const warmup = option('warmup', 30);
const connections = option('connections', 50);
const port = option('port', 3400);
const appDir = path.resolve(argument('dir') ?? '.');
const snapshotDir = argument('snapshots');
const base = `http://127.0.0.1:${port}`;
/** Allowed growth of the live heap over the soak, as a share of the live heap after the warm-up. */
const liveGrowthLimit = 0.1;

/** The request mix: every kind of URL the site serves, weighted roughly like real traffic. */
async function siteMix(): Promise<string[]> {
  const explainers = loadContent({ includeDrafts: false }).explainers;
  const paths: string[] = [homePath('ja'), homePath('ja'), homePath('en')];
  for (const explainer of explainers) {
    for (const page of explainer.pages) paths.push(explainerPagePath(explainer.locale, explainer.slug, page.number));
    paths.push(explainerAllPath(explainer.locale, explainer.slug));
  }
  paths.push(feedPath('ja', 'rss'), feedPath('en', 'atom'), feedPath('ja', 'json'), '/sitemap.xml', '/robots.txt', '/icon.svg');
  paths.push('/ja/explainers/no-such-explainer', '/en/explainers/no-such-explainer/9', '/ja/explainers/%ff', '/favicon.ico');
  // OG cards, as link previews fetch them: the URLs the pages announce.
  for (const page of [homePath('ja'), explainers[0] ? explainerPagePath(explainers[0].locale, explainers[0].slug) : homePath('en')]) {
    const html = await (await fetch(base + page)).text();
    const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (card) paths.push(new URL(card).pathname);
  }
  return paths;
}

/** What each URL answers now, so that the soak can tell an expected 404 from a new failure. */
async function withStatuses(paths: string[]): Promise<{ path: string; status: number }[]> {
  return Promise.all(paths.map(async (each) => {
    const response = await fetch(base + each, { redirect: 'manual' });
    await response.arrayBuffer();
    return { path: each, status: response.status };
  }));
}

interface Probe {
  probe: number;
  rss: number;
  heapUsed: number;
  external: number;
  /** Resident set just before the collection, under the traffic's garbage. */
  rssBefore: number;
}

/** Asks the server for a full collection and waits for its report (bench/lib/heap-probe.mjs). */
async function probe(pid: number, log: string, count: number): Promise<Probe> {
  const rssBefore = treeRssKb(pid) * 1024;
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 120_000; waited += 100) {
    await sleep(100);
    const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
    const line = lines[count - 1];
    if (line !== undefined) return { ...(JSON.parse(line) as Omit<Probe, 'rssBefore'>), rssBefore };
  }
  throw new Error('the server did not answer the heap probe within 120 s (started without bench/lib/heap-probe.mjs?)');
}

/** Least-squares slope of `values` against their index. */
function slope(values: number[]): number {
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let numerator = 0;
  let denominator = 0;
  values.forEach((value, index) => {
    numerator += (index - meanX) * (value - meanY);
    denominator += (index - meanX) ** 2;
  });
  return denominator === 0 ? 0 : numerator / denominator;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function percent(share: number): string {
  return `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
}

async function main(): Promise<number> {
  const work = path.join(tmpdir(), `kaisetsu-soak-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const log = path.join(work, 'probes.jsonl');
  if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
  const nextBin = path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next');
  const heapProbe = pathToFileURL(path.join(import.meta.dirname, 'lib', 'heap-probe.mjs')).href;
  const explicitPaths = argument('paths')?.split(',');
  const server = await startServer('next start', port, process.execPath, ['--expose-gc', '--import', heapProbe, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: {
      NODE_ENV: 'production',
      KAISETSU_HEAP_PROBE: log,
      ...(snapshotDir ? { KAISETSU_HEAP_SNAPSHOT_DIR: path.resolve(snapshotDir) } : {}),
    },
    readyPath: explicitPaths?.[0] ?? '/ja',
  });
  try {
    const mix = await withStatuses(explicitPaths ?? (await siteMix()));
    const expected = new Map<number, number>();
    for (const { status } of mix) expected.set(status, (expected.get(status) ?? 0) + 1);
    console.log(`mix: ${mix.length} URLs (${[...expected].map(([status, count]) => `${count}× ${status}`).join(', ')})`);
    const requests = mix.map(({ path: each }) => ({ method: 'GET' as const, path: each }));
    const run = (seconds: number) => autocannon({ url: base, connections, duration: seconds, requests, timeout: 10 });

    await run(warmup);
    const probes = [await probe(server.pid, log, 1)];
    // Resident memory under traffic, every 5 s: the figure the soak used to judge, kept to show.
    const underLoad: number[] = [];
    const sampler = setInterval(() => underLoad.push(treeRssKb(server.pid) * 1024), 5_000);
    const results: autocannon.Result[] = [];
    for (let round = 1; round <= rounds; round++) {
      results.push(await run(duration / rounds));
      probes.push(await probe(server.pid, log, round + 1));
    }
    clearInterval(sampler);

    const total = (pick: (result: autocannon.Result) => number) => results.reduce((sum, result) => sum + pick(result), 0);
    const requestsTotal = total((result) => result.requests.total);
    const statusCounts = new Map<string, number>();
    for (const result of results) {
      for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
        const count = typeof stats === 'object' && stats !== null && 'count' in stats ? Number(stats.count) : 0;
        statusCounts.set(code, (statusCounts.get(code) ?? 0) + count);
      }
    }
    const latency = (pick: (result: autocannon.Result) => number) => Math.max(...results.map(pick));
    const live = probes.map((each) => each.heapUsed + each.external);
    const [liveWarm = 1, rssWarm = 1] = [live[0], probes[0]?.rss];
    const liveGrowth = (slope(live) * rounds) / liveWarm;
    const rssGrowth = (slope(probes.map((each) => each.rss)) * rounds) / rssWarm;
    console.log(`soak: ${duration} s in ${rounds} rounds, ${connections} connections, ${requestsTotal} requests (warm-up ${warmup} s)`);
    console.log(`  errors ${total((result) => result.errors)}, timeouts ${total((result) => result.timeouts)}, non-2xx ${total((result) => result.non2xx)} (${[...statusCounts].map(([code, count]) => `${code}: ${count}`).join(', ')})`);
    console.log(`  ${(requestsTotal / duration).toFixed(0)} req/s; latency p50 ${Math.round(results.reduce((sum, result) => sum + result.latency.p50, 0) / results.length)} ms (mean of rounds), p99 ${latency((result) => result.latency.p99)} ms, max ${latency((result) => result.latency.max)} ms (worst round)`);
    console.log(`  live heap after a full GC (heapUsed + external), warm-up then each round: ${live.map(megabytes).join(', ')}`);
    console.log(`    fitted growth over the soak ${percent(liveGrowth)} (limit +${liveGrowthLimit * 100}%)`);
    console.log(`  resident set after each GC: ${probes.map((each) => megabytes(each.rss)).join(', ')} (fitted ${percent(rssGrowth)}, not judged)`);
    console.log(`  resident set before each GC: ${probes.map((each) => megabytes(each.rssBefore)).join(', ')}`);
    console.log(`  resident set under traffic every 5 s: ${underLoad.map(megabytes).join(', ')}`);
    if (snapshotDir) console.log(`  heap snapshots in ${path.resolve(snapshotDir)}`);

    const problems: string[] = [];
    if (total((result) => result.errors) > 0 || total((result) => result.timeouts) > 0) problems.push('connection errors or timeouts');
    const statuses = [...statusCounts.keys()].map(Number);
    if (statuses.some((status) => status >= 500)) problems.push('5xx answers');
    if (statuses.some((status) => !expected.has(status))) problems.push(`statuses outside the mix (${statuses.join(', ')})`);
    if (liveGrowth > liveGrowthLimit) problems.push(`the live heap grew ${percent(liveGrowth)} over the soak`);
    for (const problem of problems) console.error(`FAIL: ${problem}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
