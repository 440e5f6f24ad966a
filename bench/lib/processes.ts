// Servers the benchmark starts and stops itself: each in its own process group, so that stopping
// one stops its children and nothing else; resident memory summed over the process and its children.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { processTree } from './process-cpu';

export interface Server {
  name: string;
  /** Origin, e.g. http://127.0.0.1:3321 */
  origin: string;
  /** The process whose tree is measured. */
  pid: number;
  stop: () => Promise<void>;
}

/** Resident set size in KiB of `pid` and all its descendants (from /proc). */
export function treeRssKb(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const status = fs.readFileSync(`/proc/${member}/status`, 'utf8');
      const line = status.split('\n').find((l) => l.startsWith('VmRSS:'));
      total += Number(line?.split(/\s+/)[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

export async function waitForUrl(url: string, timeoutMs = 60_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Starts `command` in its own process group and waits until `readyPath` answers 200. */
export async function startServer(
  name: string,
  port: number,
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; readyPath: string; measurePid?: (child: ChildProcess) => number },
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-(child.pid as number), 'SIGTERM');
    } catch {
      return;
    }
    const timedOut = await Promise.race([exited.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) process.kill(-(child.pid as number), 'SIGKILL');
  };
  try {
    await waitForUrl(`${origin}${options.readyPath}`, 60_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name, origin, pid: options.measurePid?.(child) ?? (child.pid as number), stop };
}
