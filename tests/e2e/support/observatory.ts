// What a run of the MDN HTTP Observatory (scripts/observatory.ts) must show, for either deploy
// shape: static-observatory.spec.ts (out/ on nginx with TLS) and security-observatory.spec.ts
// (`next start` behind that nginx).
import { expect, test } from '@playwright/test';
import type { ObservatoryScan } from '@/scripts/observatory';
import { describeProblems } from '@/scripts/observatory';

export function observatoryTests(scanned: () => ObservatoryScan | undefined): void {
  test('Observatory: every test but the CSP one passes and none costs points', () => {
    const result = scanned();
    expect(result, 'the scan ran').toBeDefined();
    if (!result) return;
    const { grade, score, testsPassed, testsQuantity } = result.scan;
    // The figure README's "Security" and BENCHMARKS.md quote.
    console.log(`Observatory (${test.info().titlePath[0]}): grade ${grade}, score ${score}, ${testsPassed}/${testsQuantity} tests passed`);
    expect(Object.keys(result.tests)).toHaveLength(testsQuantity);
    expect(describeProblems(result).filter((line) => !line.startsWith('content-security-policy:'))).toEqual([]);
  });

  // With `script-src 'self'` and no inline script (lib/paint-first/), nothing is docked.
  test('Observatory: grade A+, every test passed', () => {
    const result = scanned();
    expect(result, 'the scan ran').toBeDefined();
    if (!result) return;
    expect(describeProblems(result)).toEqual([]);
    expect(result.scan.testsPassed).toBe(result.scan.testsQuantity);
    expect(result.scan.grade).toBe('A+');
  });
}
