// The budgets BENCHMARKS.md states, checked against one run's numbers.

export interface Budget {
  id: string;
  label: string;
  limit: string;
  measured: string;
  /** undefined: not measured in this run (e.g. the 1,000-explainer build in --quick mode). */
  pass: boolean | undefined;
}

export const limits = {
  /** Explainer first-load JS ÷ the bare Next page's. */
  jsRatio: 1.05,
  /** HTML + CSS + JS of an explainer page, gzip, in KiB (as the weight tables print them). */
  transferKiB: 170,
  /** Explainer req/s ÷ the bare Next page's. */
  throughputRatio: 0.9,
  lighthouseScore: 100,
  lcpMs: 1200,
  /** t(1,000) ÷ t(100). */
  buildGrowth: 11,
  msPerPage: 60,
};
