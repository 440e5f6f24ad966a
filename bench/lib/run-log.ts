// The bench run's log: each line stamped with the seconds since the run began, and each build's
// own output written to bench/results/tmp/<name>.log instead of the terminal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export const started = performance.now();

export function log(line: string): void {
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);
}

/** Runs a command to its end, its output in bench/results/tmp/<name>.log; throws when it fails. */
export async function runLogged(name: string, command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  const root = process.cwd();
  const logDir = path.join(root, 'bench', 'results', 'tmp');
  fs.mkdirSync(logDir, { recursive: true });
  const file = path.join(logDir, `${name}.log`);
  const out = fs.openSync(file, 'w');
  const child = spawn(command, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', out, out] });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  fs.closeSync(out);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}); see ${path.relative(root, file)}`);
}
