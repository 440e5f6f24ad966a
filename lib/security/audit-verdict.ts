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
 * mirrors that refuse its POST) fails under CI and warns elsewhere, so that CI never passes
 * without having asked, and a mirror does not block a developer's local run.
 */
export function auditVerdict(report: AuditReport, options: { ci: boolean }): AuditVerdict {
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.message ?? 'no answer';
    return options.ci
      ? { ok: false, lines: [`npm audit gave no verdict (${reason}); failing because CI is set`] }
      : { ok: true, lines: [`WARNING npm audit gave no verdict (${reason}); not failing outside CI`] };
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
