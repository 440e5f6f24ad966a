// The budgets of BENCHMARKS.md (limits in budgets.ts) held against one run's rows, each found by
// its id: page weight, throughput, Lighthouse (issue 13's relative budgets) and build scaling.
import { type Budget, limits } from './budgets';
import { categories } from './lighthouse';
import type { BenchResults } from './report';

export function evaluate(results: BenchResults): Budget[] {
  const budgets: Budget[] = [];
  const explainer = results.weight.find((row) => row.id === 'explainer-1');
  if (explainer) {
    budgets.push(
      { id: 'js-ratio', label: 'Explainer first-load JS ÷ bare Next page', limit: `≤ ${limits.jsRatio}×`, measured: `${explainer.jsRatio}×`, pass: explainer.jsRatio <= limits.jsRatio },
      {
        id: 'transfer',
        label: 'Explainer HTML + CSS + JS (gzip)',
        limit: `≤ ${limits.transferKiB} KiB`,
        measured: `${(explainer.total / 1024).toFixed(1)} KiB`,
        pass: explainer.total / 1024 <= limits.transferKiB,
      },
    );
  }
  if (explainer?.htmlRaw !== undefined) {
    budgets.push({
      id: 'html-bytes',
      label: 'Explainer page 1 HTML, raw / gzip (tracked)',
      limit: 'no limit',
      measured: `${explainer.htmlRaw.toLocaleString('en')} B / ${explainer.html.toLocaleString('en')} B`,
      pass: undefined,
    });
  }
  const site = results.throughput.find((row) => row.id === 'explainer-next-start');
  const padded = results.throughput.find((row) => row.id === 'reference-padded');
  if (site && padded) {
    const ratio = site.requestsPerSecond / padded.requestsPerSecond;
    budgets.push({
      id: 'throughput',
      label: 'next start: explainer req/s ÷ bare Next page padded to the same HTML bytes and length, no errors on any server',
      limit: `≥ ${limits.throughputRatio}×, 0 errors`,
      measured: `${ratio.toFixed(2)}× (${site.requestsPerSecond} ÷ ${padded.requestsPerSecond}), ${results.throughput.reduce((sum, row) => sum + row.errors, 0)} errors`,
      pass: ratio >= limits.throughputRatio && results.throughput.every((row) => row.errors === 0),
    });
  }
  budgets.push(...lighthouseBudgets(results.lighthouse));
  const at = (size: number) => results.scaling.find((row) => row.explainers === size);
  const t100 = at(100);
  const t1000 = at(1000);
  budgets.push({
    id: 'build-growth',
    label: 'Build time t(1,000) ÷ t(100)',
    limit: `≤ ${limits.buildGrowth}`,
    measured: t100 && t1000 ? `${(t1000.wallMs / t100.wallMs).toFixed(2)}` : 'not measured (--quick)',
    pass: t100 && t1000 ? t1000.wallMs / t100.wallMs <= limits.buildGrowth : undefined,
  });
  const largest = results.scaling.at(-1);
  if (largest) {
    budgets.push({
      id: 'ms-per-page',
      label: `Build time per page at ${largest.explainers.toLocaleString('en')} explainers (incl. its OG image)`,
      limit: `< ${limits.msPerPage} ms`,
      measured: `${largest.msPerPage} ms`,
      pass: largest.msPerPage < limits.msPerPage,
    });
    const loads = new Set(results.scaling.map((row) => row.contentLoads));
    budgets.push({
      id: 'parsed-once',
      label: 'Content parsed once per build process, at every corpus size',
      limit: 'reads per file = build processes that read, same at every size',
      measured: results.scaling.map((row) => `${row.explainers}: ${row.contentLoads}× in ${row.contentLoadProcesses}`).join('; '),
      pass: loads.size === 1 && results.scaling.every((row) => row.contentLoads <= row.contentLoadProcesses),
    });
  }
  return budgets;
}

/**
 * Issue 13's relative budgets, each against rows of the same run: performance ≥ the bare page's
 * median, 100 in the other categories; LCP ≤ the page's own FCP + 150 ms and ≤ the same page
 * without scripts + 150 ms; TBT ≤ the bare page's + 50 ms; with devtools throttling, LCP ≤ 1.2×
 * the bare page's.
 */
function lighthouseBudgets(rows: BenchResults['lighthouse']): Budget[] {
  const byId = new Map(rows.map((row) => [row.id, row.median]));
  const bare = byId.get('reference');
  const bareDevtools = byId.get('reference-devtools');
  const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '?' : String(Math.round(value)));
  const budgets: Budget[] = [];
  for (const row of rows.filter((candidate) => candidate.budget)) {
    const { scores, fcpMs, lcpMs, tbtMs } = row.median;
    if (row.throttling === 'devtools') {
      const pass = bareDevtools ? lcpMs <= limits.devtoolsLcpRatio * bareDevtools.lcpMs : undefined;
      budgets.push({
        id: `lighthouse:${row.id}`,
        label: `Lighthouse mobile, ${row.name}: LCP ÷ bare page's (devtools)`,
        limit: `≤ ${limits.devtoolsLcpRatio}×`,
        measured: bareDevtools ? `${(lcpMs / bareDevtools.lcpMs).toFixed(2)}× (${ms(lcpMs)} ÷ ${ms(bareDevtools.lcpMs)} ms)` : 'no reference row',
        pass,
      });
      continue;
    }
    const scriptless = row.scriptless ? byId.get(row.scriptless) : undefined;
    const others = categories.filter((id) => id !== 'performance');
    const checks = bare && scriptless && fcpMs !== undefined && scriptless.lcpMs !== undefined;
    budgets.push({
      id: `lighthouse:${row.id}`,
      label: `Lighthouse mobile, ${row.name}`,
      limit: `perf ≥ bare (${bare?.scores.performance ?? '?'}), ${others.map(() => limits.lighthouseScore).join('/')}; LCP ≤ FCP + ${limits.lcpOverFcpMs} and ≤ scriptless (${ms(scriptless?.lcpMs)}) + ${limits.lcpOverScriptlessMs}; TBT ≤ bare (${ms(bare?.tbtMs)}) + ${limits.tbtOverReferenceMs} ms`,
      measured: `perf ${scores.performance}, ${others.map((id) => scores[id]).join('/')}; LCP ${ms(lcpMs)} (FCP ${ms(fcpMs)}); TBT ${ms(tbtMs)} ms`,
      pass: checks
        ? scores.performance >= bare.scores.performance &&
          others.every((id) => scores[id] >= limits.lighthouseScore) &&
          lcpMs <= (fcpMs as number) + limits.lcpOverFcpMs &&
          lcpMs <= scriptless.lcpMs + limits.lcpOverScriptlessMs &&
          tbtMs <= bare.tbtMs + limits.tbtOverReferenceMs
        : undefined,
    });
  }
  return budgets;
}
