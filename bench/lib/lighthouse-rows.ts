// The Lighthouse part's rows and how they are run: every row once a round, the order rotated each
// round so that no row always runs first or last on a machine whose load drifts.
import { lighthouseOnce, medianRun, type LighthouseRun, type Throttling } from './lighthouse';
import type { BenchServers } from './bench-servers';
import type { BenchResults } from './report';
import { log } from './run-log';
import type { SamplePages } from './sample-pages';

export interface LighthouseTarget {
  id: string;
  name: string;
  url: string;
  /** Held to the budgets (the reference and the scriptless diagnostics are not). */
  budget: boolean;
  throttling: Throttling;
  /** The id of the same page's row without scripts, which its LCP is compared with. */
  scriptless?: string;
}

export function lighthouseTargets(pages: SamplePages, { app, reference, files, staticSite }: BenchServers): LighthouseTarget[] {
  // Each budget page on both servers, with the same page without any script (the file
  // server's ?without-scripts: what our HTML, CSS and fonts cost a browser), and the bare
  // page as the reference. Two more rows with devtools throttling, which slows the load
  // itself down and times it, instead of Lantern's simulation from one fast load.
  return [
    { id: 'reference', name: 'reference (bare Next page)', url: `${reference.origin}/`, budget: false, throttling: 'simulate' },
    ...[pages.explainer, pages.later, pages.home, pages.topic].flatMap((page): LighthouseTarget[] => [
      { id: `${page.id}-next-start`, name: `${page.name} (next start)`, url: `${app.origin}${page.path}`, budget: true, throttling: 'simulate', scriptless: `${page.id}-scriptless` },
      { id: `${page.id}-nginx`, name: `${page.name} (nginx, out/)`, url: `${staticSite.origin}${page.path}`, budget: true, throttling: 'simulate', scriptless: `${page.id}-scriptless` },
      { id: `${page.id}-scriptless`, name: `diagnostic: ${page.name} without its scripts (file server)`, url: `${files.origin}${page.path}?without-scripts`, budget: false, throttling: 'simulate' },
    ]),
    { id: 'reference-devtools', name: 'reference (bare Next page), devtools throttling', url: `${reference.origin}/`, budget: false, throttling: 'devtools' },
    { id: 'explainer-1-next-start-devtools', name: 'explainer page 1 (next start), devtools throttling', url: `${app.origin}${pages.explainer.path}`, budget: true, throttling: 'devtools' },
  ];
}

export async function measureLighthouse(targets: LighthouseTarget[], lighthouseRuns: number): Promise<BenchResults['lighthouse']> {
  log(`lighthouse: ${targets.length} rows × ${lighthouseRuns} runs, alternating (the order rotates each round) …`);
  const runs: LighthouseRun[][] = targets.map(() => []);
  for (let round = 0; round < lighthouseRuns; round++) {
    for (let step = 0; step < targets.length; step++) {
      const index = (step + round) % targets.length;
      const target = targets[index] as LighthouseTarget;
      const result = await lighthouseOnce(target.url, 3, target.throttling);
      runs[index]?.push(result);
      log(
        `lighthouse ${round + 1}/${lighthouseRuns} ${target.name.slice(0, 48).padEnd(48)} perf ${result.scores.performance}  FCP ${Math.round(result.fcpMs ?? 0)}  LCP ${Math.round(result.lcpMs)}  TBT ${Math.round(result.tbtMs)} ms`,
      );
    }
  }
  return targets.map((target, index) => ({ ...target, runs: runs[index] ?? [], median: medianRun(runs[index] ?? []) }));
}
