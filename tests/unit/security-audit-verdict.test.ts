// lib/security/audit-verdict.ts: npm audit's JSON → pass or fail, with the shapes npm really prints.
import { describe, expect, it } from 'vitest';
import { auditVerdict } from '@/lib/security/audit-verdict';

const clean = { metadata: { vulnerabilities: { info: 0, low: 1, moderate: 2, high: 0, critical: 0, total: 3 } }, vulnerabilities: {} };
const withHigh = {
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0, total: 1 } },
  vulnerabilities: { 'some-package': { severity: 'high' } },
};
const withCritical = {
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 1, total: 1 } },
  vulnerabilities: { next: { severity: 'critical' } },
};
// What npm 11 prints when a mirror refuses the advisory service's POST.
const unreachable = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 };

describe('auditVerdict', () => {
  it('passes low and moderate advisories, and says how many', () => {
    const verdict = auditVerdict(clean, { requireVerdict: true });
    expect(verdict.ok).toBe(true);
    expect(verdict.lines.join('\n')).toContain('1 low, 2 moderate');
  });

  it.each([
    ['high', withHigh, 'some-package'],
    ['critical', withCritical, 'next'],
  ])('fails on a %s advisory and names the package', (_severity, report, name) => {
    const verdict = auditVerdict(report, { requireVerdict: false });
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.join('\n')).toContain(name);
  });

  it('fails without a verdict when one is required, warns otherwise', () => {
    expect(auditVerdict(unreachable, { requireVerdict: true }).ok).toBe(false);
    const local = auditVerdict(unreachable, { requireVerdict: false });
    expect(local.ok).toBe(true);
    expect(local.lines.join('\n')).toMatch(/WARNING .*405/);
  });
});
