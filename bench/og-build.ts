// `npm run bench:og-build [copies] [rounds]`: what the Open Graph cards add to `next build`.
//
// The content is the real explainers plus `copies` clones of each under other slugs, so that there
// are enough cards to see a per-card cost.
// 1. In this process, renders every card of that content in a row with the shared renderer, as the
//    build's single static-generation worker does: first card (fonts, wasm) and the rest, wall and
//    CPU time. This is the image work itself, and barely moved by other load on the machine.
// 2. `rounds` times, builds a copy of the working tree cold (no .next, compile included) as it is
//    and without app/og (no card route; pages still name their cards, which costs a hash), and
//    prints wall time, CPU time, compile and "Generating static pages" for each, and the medians.
//    Wall times mean little on a busy machine; CPU time is the steadier figure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderExplainerOgImage, renderHomeOgImage } from '@/components/og/og-image';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { copyOgAssets } from '@/lib/og/copy-assets';
import { explainerCardId, explainerCardProps, homeCardId } from '@/lib/og/cards';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';

const copies = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 2);
const repo = process.cwd();

const messages = { ja, en } as const;

interface Run {
  variant: 'with cards' | 'without cards';
  wallMs: number;
  /** User + system CPU of the build and its workers (from /usr/bin/time). */
  cpuMs: number;
  compileMs: number;
  staticMs: number;
  staticPages: number;
  /** 1-minute load average when the build started: other work on the machine skews wall times. */
  load: number;
}

/** "in 3.0s" / "in 812ms" → ms. */
function duration(match: RegExpExecArray | null, output: string, what: string): { ms: number; match: RegExpExecArray } {
  if (!match) throw new Error(`No "${what}" line in the build output:\n${output}`);
  const value = Number(match.at(-2));
  return { ms: match.at(-1) === 's' ? value * 1000 : value, match };
}

function git(args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Tracked and untracked-but-not-ignored files: the tree as a developer would build it. */
function copyWorkingTree(target: string): void {
  const files = git(['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const file of files) {
    const from = path.join(repo, file);
    // Deleted but not yet committed, or a link (another app's node_modules): not ours to build.
    if (!fs.existsSync(from) || !fs.lstatSync(from).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    fs.copyFileSync(from, path.join(target, file));
  }
  // Turbopack will not resolve `next` through a symlinked node_modules ("Could not find the
  // Next.js package"), so hard-link the files instead of copying 600 MB (same file system).
  const linked = spawnSync('cp', ['-al', path.join(repo, 'node_modules'), path.join(target, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`cp -al node_modules failed: ${linked.stderr}`);
}

/** The real explainers, plus `copies` clones of each under new slugs. */
function writeCorpus(target: string): number {
  const source = path.join(repo, 'content', 'explainers');
  const slugs = fs.readdirSync(source).filter((slug) => fs.statSync(path.join(source, slug)).isDirectory());
  const dest = path.join(target, 'explainers');
  for (const slug of slugs) {
    for (let copy = 0; copy <= copies; copy += 1) {
      const name = copy === 0 ? slug : `${slug}-b${String(copy).padStart(3, '0')}`;
      fs.cpSync(path.join(source, slug), path.join(dest, name), { recursive: true });
    }
  }
  return slugs.length * (copies + 1);
}

function build(dir: string, contentDir: string, variant: Run['variant']): Run {
  fs.rmSync(path.join(dir, '.next'), { recursive: true, force: true });
  const load = os.loadavg()[0] ?? Number.NaN;
  const started = performance.now();
  // GNU time reports the CPU of the build and every worker it waited for, on stderr.
  const result = spawnSync('/usr/bin/time', ['-f', 'bench-cpu %U %S', process.execPath, path.join(dir, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', KAISETSU_CONTENT_DIR: contentDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`next build (${variant}) failed:\n${result.stdout}\n${result.stderr}`);
  const out = result.stdout;
  // "✓ Compiled successfully in 31.0s", "✓ Generating static pages using 1 worker (97/97) in 4.2s"
  const compile = duration(/Compiled successfully in ([\d.]+)(ms|s)/.exec(out), out, 'Compiled successfully');
  const generation = duration(/Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(ms|s)/.exec(out), out, 'Generating static pages');
  const cpu = /bench-cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (!cpu) throw new Error(`No CPU time from /usr/bin/time:\n${result.stderr}`);
  const cpuMs = (Number(cpu[1]) + Number(cpu[2])) * 1000;
  return { variant, wallMs, cpuMs, compileMs: compile.ms, staticMs: generation.ms, staticPages: Number(generation.match[1]), load };
}

function cardFiles(dir: string): number[] {
  const cards = path.join(dir, '.next/server/app/og/opengraph-image');
  return fs
    .readdirSync(cards)
    .filter((name) => name.endsWith('.png.body'))
    .map((name) => fs.statSync(path.join(cards, name)).size);
}

/** Renders every card of the content in a row, as the build's static-generation worker does. */
async function renderAll(contentDir: string): Promise<void> {
  const { explainers, issues } = loadContent({ contentDir, includeDrafts: false });
  if (issues.some((issue) => issue.severity === 'error')) throw new Error('the benchmark corpus has content errors');
  const jobs = [
    ...locales.map((locale) => {
      const props = { locale, siteName: messages[locale].Site.nameLatin, tagline: messages[locale].Site.tagline };
      return { id: homeCardId(props), render: () => renderHomeOgImage(props) };
    }),
    ...explainers.flatMap((explainer) =>
      explainer.pages.map((page) => {
        const props = explainerCardProps(explainer, page, messages[explainer.locale].Site.nameLatin);
        return { id: explainerCardId(explainer.slug, props), render: () => renderExplainerOgImage(props) };
      }),
    ),
  ];
  if (new Set(jobs.map((job) => job.id)).size !== jobs.length) throw new Error('two cards share an id');
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const job of jobs) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    const png = await (await job.render()).arrayBuffer();
    if (png.byteLength === 0) throw new Error(`empty card ${job.id}`);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const [firstWall = 0, ...restWall] = wall;
  const [firstCpu = 0, ...restCpu] = cpu;
  console.log(`in-process render of all ${jobs.length} cards (one after another, like one build worker):`);
  console.log(`  first card (opens fonts, starts wasm): ${firstWall.toFixed(0)} ms wall, ${firstCpu.toFixed(0)} ms CPU`);
  console.log(`  each further card: median ${median(restWall).toFixed(0)} ms wall, ${median(restCpu).toFixed(0)} ms CPU`);
  console.log(`  all cards: ${(sum(wall) / 1000).toFixed(1)} s wall, ${(sum(cpu) / 1000).toFixed(1)} s CPU (load ${os.loadavg()[0]?.toFixed(1)})`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-og-build-'));
  try {
    const contentDir = path.join(temp, 'content');
    const explainerCount = writeCorpus(contentDir);
    console.log(`og build bench: ${explainerCount} explainer folders (ja + en, real text), ${rounds} cold build(s) per variant, ${os.cpus().length} CPUs`);
    await renderAll(contentDir);
    if (rounds === 0) return;

    const dir = path.join(temp, 'app');
    copyWorkingTree(dir);
    copyOgAssets(dir);
    const ogRoute = path.join(dir, 'app', 'og');
    const parked = path.join(temp, 'og-route-parked');

    const runs: Run[] = [];
    let sizes: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      // Alternate the order so that a warming disk cache does not favour one variant.
      const order: Run['variant'][] = round % 2 === 1 ? ['without cards', 'with cards'] : ['with cards', 'without cards'];
      for (const variant of order) {
        if (variant === 'without cards') fs.renameSync(ogRoute, parked);
        try {
          const run = build(dir, contentDir, variant);
          runs.push(run);
          if (variant === 'with cards') sizes = cardFiles(dir);
          console.log(
            `  round ${round} ${variant.padEnd(13)} wall ${(run.wallMs / 1000).toFixed(1)} s, CPU ${(run.cpuMs / 1000).toFixed(1)} s, compile ${(run.compileMs / 1000).toFixed(1)} s, ` +
              `static generation ${(run.staticMs / 1000).toFixed(2)} s (${run.staticPages} routes), load ${run.load.toFixed(1)}`,
          );
        } finally {
          if (variant === 'without cards') fs.renameSync(parked, ogRoute);
        }
      }
    }

    const pick = (variant: Run['variant'], key: 'wallMs' | 'cpuMs' | 'compileMs' | 'staticMs') =>
      median(runs.filter((run) => run.variant === variant).map((run) => run[key]));
    const cards = sizes.length;
    const wall = pick('with cards', 'wallMs') - pick('without cards', 'wallMs');
    const compile = pick('with cards', 'compileMs') - pick('without cards', 'compileMs');
    const cpu = pick('with cards', 'cpuMs') - pick('without cards', 'cpuMs');
    const generation = pick('with cards', 'staticMs') - pick('without cards', 'staticMs');
    console.log('');
    console.log(`cards: ${cards} PNGs, ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KiB in all, largest ${(Math.max(...sizes) / 1024).toFixed(1)} KiB`);
    console.log(
      `median wall:              without ${(pick('without cards', 'wallMs') / 1000).toFixed(1)} s, with ${(pick('with cards', 'wallMs') / 1000).toFixed(1)} s → cards add ${(wall / 1000).toFixed(1)} s`,
    );
    console.log(
      `median build CPU time:    without ${(pick('without cards', 'cpuMs') / 1000).toFixed(1)} s, with ${(pick('with cards', 'cpuMs') / 1000).toFixed(1)} s → cards add ${(cpu / 1000).toFixed(1)} s, ${(cpu / cards).toFixed(0)} ms per card`,
    );
    console.log(
      `median compile:           without ${(pick('without cards', 'compileMs') / 1000).toFixed(1)} s, with ${(pick('with cards', 'compileMs') / 1000).toFixed(1)} s → cards add ${(compile / 1000).toFixed(1)} s`,
    );
    console.log(
      `median static generation: without ${(pick('without cards', 'staticMs') / 1000).toFixed(2)} s, with ${(pick('with cards', 'staticMs') / 1000).toFixed(2)} s → cards add ${(generation / 1000).toFixed(2)} s, ${(generation / cards).toFixed(0)} ms per card`,
    );
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

void main();
