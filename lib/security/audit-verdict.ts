// What `npm audit --omit=dev --json` printed, turned into pass or fail for CI (scripts/security-audit.ts).

export interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  /** Present when npm could not ask the registry (e.g. "405 Method Not Allowed - POST …"). */
  message?: string;
}

export interface AuditVerdict {
  ok: boolean;
  lines: string[];
}

/**
 * High or critical advisories fail. No verdict at all (the advisory service unreachable, as behind
 * the registry mirror of our CI machines, which answers its POST with 405) warns loudly and passes
 * unless a verdict is required (KAISETSU_REQUIRE_AUDIT=1, for a CI that can reach the service):
 * failing every run for want of an answer would stop all work without finding anything.
 */
export function auditVerdict(report: AuditReport, options: { requireVerdict: boolean }): AuditVerdict {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.message ?? 'no answer';
    return options.requireVerdict
      ? { ok: false, lines: [`npm audit gave no verdict (${reason}); failing because KAISETSU_REQUIRE_AUDIT is set`] }
      : { ok: true, lines: [`WARNING npm audit gave no verdict (${reason}); the advisory check did not run`] };
  }
  const summary = Object.entries(counts)
    .filter(([severity]) => severity !== 'total')
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, advisory]) => advisory.severity === 'high' || advisory.severity === 'critical')
    .map(([name, advisory]) => `  ${advisory.severity}: ${name}`);
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  if (high === 0) return { ok: true, lines: [`production dependencies: ${summary}`] };
  return {
    ok: false,
    lines: [`production dependencies: ${summary}`, ...serious, 'high or critical advisories; run `npm audit --omit=dev` for details'],
  };
}
