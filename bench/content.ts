// `npm run bench:content`: how long reading + parsing + validating content takes as the archive
// grows. Writes N synthetic explainers (bench/lib/synthetic-corpus.ts) to a temporary folder and
// times the same loadContent() the site and the checker use.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, timeLoadContent, timeParserOnly } from '@/bench/lib/content-parse';
import { explainerFile, writeCorpus } from '@/bench/lib/synthetic-corpus';

const SIZES = [10, 100, 1000];
const TARGET_MS_PER_EXPLAINER = 5;

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
      if (n < 1000) timeLoadContent(root, n);
      const runs = n >= 1000 ? 3 : 7;
      const timings = Array.from({ length: runs }, () => timeLoadContent(root, n));
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
