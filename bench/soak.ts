// Soak test: `next start` on 127.0.0.1 under 50 connections for about a minute, with the mix of
// requests a news site gets (pages, OG cards, feeds, the sitemap, 404s). Prints errors and the
// status breakdown, requests per second, latency percentiles, and the server's memory after a
// warm-up and after the soak. Exits 1 on any connection error or timeout, any 5xx, an unexpected
// status, or memory grown by more than 10%.
// Usage: npm run build, then npm run bench:soak [-- --duration 60 --connections 50 --port 3400]
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { loadContent } from '@/lib/content/load';
import { feedPath } from '@/lib/seo/feed-links';
import { explainerAllPath, explainerPagePath, homePath } from '@/lib/site/paths';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const duration = option('duration', 60);
// Long enough for V8 to size its heap for this load: RSS after a short warm-up is not yet the
// plateau, and its later growth would read as a leak.
const warmup = option('warmup', 30);
const connections = option('connections', 50);
const port = option('port', 3400);
const base = `http://127.0.0.1:${port}`;

/** Resident memory of a process and its descendants, from /proc (Linux), in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() ?? 0;
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function waitUntilUp(server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/ja`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(500);
  }
  throw new Error('next start did not answer within 60 s');
}

/** The request mix: every kind of URL the site serves, weighted roughly like real traffic. */
async function requestMix(): Promise<{ path: string; status: number }[]> {
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
  // What each answers now, so that the soak can tell an expected 404 from a new failure.
  return Promise.all(paths.map(async (each) => ({ path: each, status: (await fetch(base + each, { redirect: 'manual' })).status })));
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = server.pid;
  if (pid === undefined) throw new Error('could not start next');
  try {
    await waitUntilUp(server);
    const mix = await requestMix();
    const expected = new Map<number, number>();
    for (const { status } of mix) expected.set(status, (expected.get(status) ?? 0) + 1);
    console.log(`mix: ${mix.length} URLs (${[...expected].map(([status, count]) => `${count}× ${status}`).join(', ')})`);
    const requests = mix.map(({ path: each }) => ({ method: 'GET' as const, path: each }));
    const run = (seconds: number) => autocannon({ url: base, connections, duration: seconds, requests, timeout: 10 });

    await run(warmup);
    await sleep(2000);
    const rssWarm = treeRss(pid);
    // A leak climbs steadily; a heap settling in rises once and flattens. The timeline tells which.
    const timeline: number[] = [];
    const sampler = setInterval(() => timeline.push(treeRss(pid)), 10_000);
    const result = await run(duration);
    clearInterval(sampler);
    await sleep(2000);
    const rssAfter = treeRss(pid);

    const codes = Object.entries(result.statusCodeStats ?? {})
      .map(([code, stats]) => `${code}: ${typeof stats === 'object' && stats !== null && 'count' in stats ? String(stats.count) : '0'}`)
      .join(', ');
    const growth = (rssAfter - rssWarm) / rssWarm;
    console.log(`soak: ${duration} s, ${connections} connections, ${result.requests.total} requests`);
    console.log(`  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} (${codes})`);
    console.log(`  ${result.requests.average.toFixed(0)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`  server memory: ${megabytes(rssWarm)} after warm-up, ${megabytes(rssAfter)} after soak (${(growth * 100).toFixed(1)}%)`);
    console.log(`  memory every 10 s during the soak: ${timeline.map(megabytes).join(', ')}`);

    const problems: string[] = [];
    if (result.errors > 0 || result.timeouts > 0) problems.push('connection errors or timeouts');
    const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number);
    if (statuses.some((status) => status >= 500)) problems.push('5xx answers');
    if (statuses.some((status) => !expected.has(status))) problems.push(`statuses outside the mix (${statuses.join(', ')})`);
    if (growth > 0.1) problems.push('memory grew by more than 10%');
    for (const problem of problems) console.error(`FAIL: ${problem}`);
    return problems.length > 0 ? 1 : 0;
  } finally {
    server.kill('SIGTERM');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
