// `npm run audit`: the dependency gate of CI (scripts/test-all.sh).
// 1. Next.js is at or above its last security release (checked offline, from what is installed).
// 2. `npm audit --omit=dev --audit-level=high`: no high or critical advisory in what ships.
//    .npmrc sets audit=false to keep installs quiet; an explicit `npm audit` still asks the
//    registry. Without an answer from its advisory service there is no verdict: see auditVerdict.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { auditVerdict, type AuditReport } from '@/lib/security/audit-verdict';
import { atLeast } from '@/lib/security/version';

/** The Next.js release that fixed its last known critical advisory (issue 6). Raise it with each security release. */
const MINIMUM_NEXT = '16.3.3';

function runAudit(): AuditReport {
  let stdout: string;
  try {
    stdout = execFileSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    // npm exits 1 both when it finds advisories and when it cannot ask; the JSON says which.
    stdout = error && typeof error === 'object' && 'stdout' in error ? String(error.stdout) : '';
  }
  try {
    return JSON.parse(stdout) as AuditReport;
  } catch {
    return { message: stdout.trim() || 'npm audit printed no JSON' };
  }
}

function main(): number {
  const installed = (JSON.parse(readFileSync(path.join('node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  if (!atLeast(installed, MINIMUM_NEXT)) {
    console.error(`audit: next ${installed} is below ${MINIMUM_NEXT}, the last security release; update it`);
    return 1;
  }
  console.log(`audit: next ${installed} (at least ${MINIMUM_NEXT})`);
  const verdict = auditVerdict(runAudit(), { requireVerdict: process.env.KAISETSU_REQUIRE_AUDIT === '1' });
  for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(`audit: ${line}`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = main();
