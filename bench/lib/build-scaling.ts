// Build time against corpus size: `next build` of a copy of this working tree, cold (no .next), with
// KAISETSU_CONTENT_DIR pointing at N synthetic explainers (3 pages, ja + en, an OG card per page).
// Counts what the build made and how often it read the content (count-content-reads.cjs).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { copyOgAssets } from '@/lib/og/copy-assets';
import { median, timeLoadContent } from './content-parse';
import { writeCorpus } from './synthetic-corpus';

export interface ScalingRun {
  explainers: number;
  /** Prerendered HTML pages (every locale: pages, all-pages views, homes, the 404). */
  htmlPages: number;
  /** OG card PNGs. */
  images: number;
  wallMs: number;
  /** Next's own figures from its output. */
  compileMs: number;
  staticGenerationMs: number;
  /** Wall time ÷ HTML pages (the page's card, compile and type check spread over them). */
  msPerPage: number;
  /** CPU time of every build process (all cores added up), and per HTML page: less swayed by other jobs. */
  cpuMs?: number;
  cpuMsPerPage?: number;
  /** How many times the whole content was read, and by how many processes. */
  contentLoads: number;
  contentLoadProcesses: number;
  /** loadContent() alone on the same corpus, median of 3, in this process. */
  parseMs: number;
}

export interface Workspace {
  dir: string;
  remove: () => void;
}

/** Tracked and untracked-but-not-ignored files: the tree as a developer would build it. */
export function copyWorkingTree(repo: string): Workspace {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-scaling-'));
  const dir = path.join(temp, 'app');
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const from = path.join(repo, file);
    // Deleted but not committed, or a link (the reference app's node_modules): not ours to build.
    if (!fs.existsSync(from) || !fs.lstatSync(from).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  // Turbopack does not resolve `next` through a symlinked node_modules, so hard-link the files
  // (same file system) instead of copying some 600 MB.
  const linked = spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(dir, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`);
  copyOgAssets(dir);
  return { dir, remove: () => fs.rmSync(temp, { recursive: true, force: true, maxRetries: 5 }) };
}

function countFiles(dir: string, suffix: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(suffix)).length;
}

function seconds(match: RegExpExecArray | null): number {
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] === 's' ? 1000 : match[2] === 'min' ? 60_000 : 1);
}

/** The CPU time of every Node process of the build (record-cpu-time.mjs), all cores added up. */
function buildCpuMs(cpuDir: string): number {
  // The folder stays until the workspace goes: a worker may still be exiting as the build returns.
  const perProcess = fs
    .readdirSync(cpuDir)
    .filter((name) => /^\d+$/.test(name))
    .map((pid) => Number(fs.readFileSync(path.join(cpuDir, pid), 'utf8')) / 1000);
  return perProcess.reduce((sum, ms) => sum + ms, 0);
}

async function nextBuild(
  dir: string,
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<{ wallMs: number; output: string }> {
  fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let lastProgress = 0;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output += chunk;
      // A long build says where it is once a minute.
      if (performance.now() - lastProgress > 60_000) {
        lastProgress = performance.now();
        const progress = chunk.trim().split('\n').at(-1);
        if (progress) log(`    … ${progress.trim()}`);
      }
    });
  }
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.slice(-4000)}`);
  return { wallMs, output };
}

export async function measureBuild(workspace: Workspace, explainers: number, log: (line: string) => void): Promise<ScalingRun> {
  const contentDir = path.join(path.dirname(workspace.dir), `content-${explainers}`);
  fs.rmSync(contentDir, { recursive: true, force: true });
  writeCorpus(contentDir, explainers);
  const readLog = path.join(path.dirname(workspace.dir), `reads-${explainers}.log`);
  fs.rmSync(readLog, { force: true });
  const cpuDir = path.join(path.dirname(workspace.dir), `cpu-${explainers}`);
  fs.mkdirSync(cpuDir);
  const preloads = ['count-content-reads.mjs', 'record-cpu-time.mjs']
    .map((file) => `--import=${pathToFileURL(path.join(__dirname, file)).href}`)
    .join(' ');

  const { wallMs, output } = await nextBuild(
    workspace.dir,
    {
      KAISETSU_CONTENT_DIR: contentDir,
      KAISETSU_BENCH_READ_LOG: readLog,
      KAISETSU_BENCH_CPU_DIR: cpuDir,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preloads}`.trim(),
    },
    log,
  );
  const cpuMs = buildCpuMs(cpuDir);
  const distDir = path.join(workspace.dir, '.next');
  const reads = fs.existsSync(readLog) ? fs.readFileSync(readLog, 'utf8').trim().split('\n').filter(Boolean) : [];
  const markdownFiles = explainers * 2;
  // One untimed run first: the first load in a process also compiles the parser.
  timeLoadContent(contentDir, explainers);
  const parseRuns = Array.from({ length: 3 }, () => timeLoadContent(contentDir, explainers).wall);
  const htmlPages = countFiles(path.join(distDir, 'server', 'app'), '.html');
  fs.rmSync(contentDir, { recursive: true, force: true });
  return {
    explainers,
    htmlPages,
    images: countFiles(path.join(distDir, 'server', 'app', 'og'), '.png.body'),
    wallMs: Math.round(wallMs),
    compileMs: seconds(/Compiled successfully in ([\d.]+)(ms|s|min)/.exec(output)),
    staticGenerationMs: seconds(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(ms|s|min)/.exec(output)),
    msPerPage: Math.round((wallMs / Math.max(1, htmlPages)) * 10) / 10,
    cpuMs: Math.round(cpuMs),
    cpuMsPerPage: Math.round((cpuMs / Math.max(1, htmlPages)) * 10) / 10,
    contentLoads: Math.round((reads.length / markdownFiles) * 100) / 100,
    contentLoadProcesses: new Set(reads.map((line) => line.split(' ')[0])).size,
    parseMs: Math.round(median(parseRuns)),
  };
}
