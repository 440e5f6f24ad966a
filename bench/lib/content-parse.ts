// Content parse time alone: the same loadContent() the site, the checker and `next build` use,
// timed over a content folder, and the Markdown parser by itself over the same files (the floor).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '@/lib/content/load';
import { parseMarkdown } from '@/lib/content/parse/markdown';

export interface Timing {
  wall: number;
  /** CPU time of this process (all its threads), less sensitive than wall time to a busy machine. */
  cpu: number;
}

export function timeLoadContent(contentDir: string, expected: number): Timing {
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
export function timeParserOnly(root: string): number {
  const explainersDir = path.join(root, 'explainers');
  const texts = fs.readdirSync(explainersDir).flatMap((slug) =>
    ['ja.md', 'en.md'].map((file) => fs.readFileSync(path.join(explainersDir, slug, file), 'utf8')),
  );
  const start = performance.now();
  for (const text of texts) parseMarkdown(text);
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
