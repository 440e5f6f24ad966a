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
  /** `next start`: explainer req/s ÷ the bare Next page padded to the same HTML bytes and string length. */
  throughputRatio: 0.9,
  /** Lighthouse runs per page (the median is held to the budgets); odd, so the median is a run. */
  lighthouseRuns: 5,
  /** Accessibility, best practices and SEO. Performance: ≥ the bare page's median in the same run. */
  lighthouseScore: 100,
  /** LCP ≤ the page's own FCP + this, and ≤ the same page without scripts + this. */
  lcpOverFcpMs: 150,
  lcpOverScriptlessMs: 150,
  /** TBT ≤ the bare page's + this. */
  tbtOverReferenceMs: 50,
  /** With devtools throttling (the load really slowed down): explainer LCP ÷ the bare page's. */
  devtoolsLcpRatio: 1.2,
  /** t(1,000) ÷ t(100). */
  buildGrowth: 11,
  msPerPage: 60,
};
