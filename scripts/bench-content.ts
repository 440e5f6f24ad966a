// `npm run bench:content`: how long reading + parsing + validating content takes as the archive
// grows. Writes N synthetic explainers (3 pages, ja + en, about the size of a real one) to a
// temporary folder and times the same loadContent() the site and the checker use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '@/lib/content/load';
import { parseMarkdown } from '@/lib/content/markdown';

const SIZES = [10, 100, 1000];
const TARGET_MS_PER_EXPLAINER = 5;

// A 1×1 PNG, so that every explainer also exercises the image checks.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  'base64',
);

const JA_SENTENCES = [
  '両国の首脳は会談を重ね、協力の範囲を広げてきました。',
  'その背景には、国際情勢の変化に対する警戒感があります。',
  '一方で、経済面での結びつきは思ったほど強まっていません。',
  '専門家の間では、今後の見通しについて意見が分かれています。',
];
const EN_SENTENCES = [
  'The two leaders have met repeatedly and widened their cooperation.',
  'Behind this lies a shared wariness of a changing world order.',
  'Economic ties, on the other hand, have grown less than expected.',
  'Experts disagree about where the relationship goes from here.',
];

function paragraph(sentences: string[], seed: number, count: number, joiner: string): string {
  return Array.from({ length: count }, (_, i) => sentences[(seed + i) % sentences.length]).join(joiner);
}

function explainerFile(locale: 'ja' | 'en', index: number): string {
  const ja = locale === 'ja';
  const s = ja ? JA_SENTENCES : EN_SENTENCES;
  const join = ja ? '' : ' ';
  const day = String((index % 28) + 1).padStart(2, '0');
  const month = String((index % 12) + 1).padStart(2, '0');
  const lines = [
    '---',
    `title: ${ja ? `合成された解説その${index}はどうなる?` : `What happens in synthetic explainer ${index}?`}`,
    `lead: ${paragraph(s, index, 3, join)}`,
    'keyPoints:',
    ...[0, 1, 2].map((k) => `  - ${s[(index + k) % s.length]}`),
    `published: 2026-${month}-${day}`,
    'topics: [benchmark, synthetic]',
    '---',
    '',
  ];
  for (let page = 1; page <= 3; page++) {
    lines.push(`::page{title="${ja ? `第${page}部` : `Part ${page}`}" teaser="${s[page % s.length]}"}`, '', paragraph(s, page, 2, join), '');
    for (let section = 1; section <= 2; section++) {
      const n = (page - 1) * 2 + section;
      lines.push(
        `## ${ja ? `論点${n}` : `Point ${n}`}`,
        '',
        `:::qa{question="${ja ? `論点${n}の答えは?` : `What about point ${n}?`}"}`,
        s[n % s.length] ?? '',
        ':::',
        '',
        paragraph(s, n, 4, join),
        '',
        `${ja ? '詳しくは' : 'See'} **${ja ? '資料' : 'the report'}** [${ja ? 'こちら' : 'here'}](https://example.org/report/${index}/${n}).`,
        '',
        `:::source{name="Example News" url="https://example.org/${index}/${n}"${n === 1 ? ' image="images/photo.png" alt="photo" credit="Example News"' : ''}}`,
        `- ${s[0]}`,
        `- ${s[1]}`,
        ':::',
        '',
        ':::commentary',
        paragraph(s, n + 1, 3, join),
        ':::',
        '',
        ':::voice',
        s[(n + 2) % s.length] ?? '',
        ':::',
        '',
        `- ${s[2]}`,
        `- ${s[3]}`,
        '',
      );
    }
  }
  return lines.join('\n');
}

function writeCorpus(root: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'explainers', `synthetic-${String(i).padStart(4, '0')}`);
    fs.mkdirSync(path.join(dir, 'images'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'ja.md'), explainerFile('ja', i));
    fs.writeFileSync(path.join(dir, 'en.md'), explainerFile('en', i));
    fs.writeFileSync(path.join(dir, 'images', 'photo.png'), PNG);
  }
}

interface Timing {
  wall: number;
  /** CPU time of this process (all its threads), less sensitive than wall time to a busy machine. */
  cpu: number;
}

function time(contentDir: string, expected: number): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const { issues, explainers } = loadContent({ contentDir, includeDrafts: false });
  const elapsed = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // A benchmark of a failing check would measure the wrong thing.
  if (issues.length > 0) throw new Error(`synthetic content has issues:\n${issues.map((i) => `${i.path}:${i.line}  ${i.message}`).join('\n')}`);
  if (explainers.length !== expected * 2) throw new Error(`expected ${expected * 2} explainers, got ${explainers.length}`);
  return { wall: elapsed, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The Markdown parser alone (micromark via remark-parse) over the same files: the floor. */
function timeParserOnly(root: string): number {
  const explainersDir = path.join(root, 'explainers');
  const texts = fs.readdirSync(explainersDir).flatMap((slug) =>
    ['ja.md', 'en.md'].map((file) => fs.readFileSync(path.join(explainersDir, slug, file), 'utf8')),
  );
  const start = performance.now();
  for (const text of texts) parseMarkdown(text);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function main(): number {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-bench-'));
  try {
    const bytes = Buffer.byteLength(explainerFile('ja', 0)) + Buffer.byteLength(explainerFile('en', 0));
    console.log(`Synthetic explainer: 3 pages × 2 sections, ja + en, ${(bytes / 1024).toFixed(1)} KiB of Markdown.`);
    console.log(`Machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)} (wall times grow with the load; CPU times less so).`);
    console.log('');
    console.log('      N   median ms   ms/explainer   CPU ms/explainer   of which Markdown parser   runs');
    const results: { n: number; ms: number }[] = [];
    for (const n of SIZES) {
      const root = path.join(temp, `n${n}`);
      writeCorpus(root, n);
      // Warm-up (JIT, file system cache); the big corpus runs after the small ones are warm.
      if (n < 1000) time(root, n);
      const runs = n >= 1000 ? 3 : 7;
      const timings = Array.from({ length: runs }, () => time(root, n));
      const ms = median(timings.map((timing) => timing.wall));
      const cpu = median(timings.map((timing) => timing.cpu));
      const parser = median(Array.from({ length: runs }, () => timeParserOnly(root)));
      results.push({ n, ms });
      console.log(
        `${String(n).padStart(7)} ${ms.toFixed(1).padStart(11)} ${(ms / n).toFixed(3).padStart(14)} ${(cpu / n).toFixed(3).padStart(18)} ` +
          `${`${(parser / n).toFixed(3)} ms (${Math.round((parser / ms) * 100)}%)`.padStart(26)} ${String(runs).padStart(6)}`,
      );
    }
    console.log('');
    let ok = true;
    for (let i = 1; i < results.length; i++) {
      const previous = results[i - 1];
      const current = results[i];
      if (!previous || !current) continue;
      // Linear growth: 10× the explainers takes about 10× the time, i.e. a ratio near 1.0.
      const ratio = current.ms / current.n / (previous.ms / previous.n);
      console.log(`growth ${previous.n} → ${current.n}: ${(current.ms / previous.ms).toFixed(1)}× the time for ${current.n / previous.n}× the explainers (per-explainer ratio ${ratio.toFixed(2)})`);
    }
    for (const { n, ms } of results) {
      if (ms / n > TARGET_MS_PER_EXPLAINER) {
        ok = false;
        console.log(`over target at N=${n}: ${(ms / n).toFixed(2)} ms per explainer > ${TARGET_MS_PER_EXPLAINER} ms`);
      }
    }
    console.log(ok ? `within target: under ${TARGET_MS_PER_EXPLAINER} ms per explainer at every N.` : 'target missed.');
    return ok ? 0 : 1;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

process.exitCode = main();
