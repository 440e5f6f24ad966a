// Requests per second and latency with autocannon: 50 connections, a warm-up whose numbers are
// thrown away, then measured runs that alternate between the servers so that a machine getting
// busier or quieter (other jobs, CPU boost, caches) touches every server alike.
import autocannon from 'autocannon';
import { treeRssKb, type Server } from './processes';

export interface ThroughputTarget {
  /** What the budgets and the report find the row by. */
  id: string;
  server: Server;
  path: string;
  /** Shown instead of the server's name (one server may answer two pages). */
  name?: string;
}

export interface RunResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors (timeouts included) and non-2xx answers. */
  errors: number;
  requests: number;
}

export interface ThroughputResult {
  id: string;
  name: string;
  url: string;
  /** Bytes of the answer's body, uncompressed (autocannon asks for no compression). */
  bodyBytes: number;
  runs: RunResult[];
  /** Medians over the runs. */
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  rssIdleMb: number;
  rssAfterMb: number;
}

export interface ThroughputOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
  rounds: number;
}

async function load(url: string, connections: number, seconds: number): Promise<RunResult> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    requests: result.requests.total,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
const mb = (kb: number) => Math.round(kb / 102.4) / 10;

export async function measureThroughput(
  targets: ThroughputTarget[],
  options: ThroughputOptions,
  log: (line: string) => void,
): Promise<ThroughputResult[]> {
  const idle = targets.map((target) => treeRssKb(target.server.pid));
  const bodyBytes: number[] = [];
  for (const target of targets) {
    const response = await fetch(`${target.server.origin}${target.path}`, { headers: { 'Accept-Encoding': 'identity' } });
    bodyBytes.push((await response.arrayBuffer()).byteLength);
  }
  const runs: RunResult[][] = targets.map(() => []);
  for (const target of targets) {
    await load(`${target.server.origin}${target.path}`, options.connections, options.warmupSeconds);
    log(`  warm-up ${target.name ?? target.server.name} done`);
  }
  for (let round = 0; round < options.rounds; round++) {
    // Rotate the order each round: every server runs first, second, … once in `rounds` rounds.
    const order = targets.map((_, i) => (i + round) % targets.length);
    for (const index of order) {
      const target = targets[index] as ThroughputTarget;
      const result = await load(`${target.server.origin}${target.path}`, options.connections, options.seconds);
      runs[index]?.push(result);
      log(`  round ${round + 1} ${(target.name ?? target.server.name).padEnd(36)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${String(result.p99Ms).padStart(4)} ms  errors ${result.errors}`);
    }
  }
  return targets.map((target, index) => {
    const own = runs[index] ?? [];
    return {
      id: target.id,
      name: target.name ?? target.server.name,
      url: `${target.server.origin}${target.path}`,
      bodyBytes: bodyBytes[index] ?? 0,
      runs: own,
      requestsPerSecond: Math.round(median(own.map((run) => run.requestsPerSecond))),
      p99Ms: median(own.map((run) => run.p99Ms)),
      errors: own.reduce((sum, run) => sum + run.errors, 0),
      rssIdleMb: mb(idle[index] ?? 0),
      rssAfterMb: mb(treeRssKb(target.server.pid)),
    };
  });
}
