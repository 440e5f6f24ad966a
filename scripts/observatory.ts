// The MDN HTTP Observatory scanner (npm @mdn/mdn-http-observatory, the scanner behind Mozilla's
// grades), run offline against a host of ours. `npm run observatory -- HOST [--ca FILE]` prints its
// grade, score and failed tests (scripts/observatory-cli.ts); tests/e2e/*observatory.spec.ts call
// `scanWithObservatory`.
//
// What its install scripts would have done, and what is done instead (.npmrc: ignore-scripts):
//   - Its postinstall downloads Chromium's HSTS preload list to conf/hsts-preload.json and IANA's
//     TLD list to conf/tld-list.json. The scanner reads the preload list on every scan (a host on
//     it is credited with the redirect to https); the TLD list is read only by its API server's
//     hostname check, which the CLI never runs. A test host (127.0.0.x) is on no preload list, so
//     an empty list gives the same verdict without a download: written here when missing, so that
//     the redirect and HSTS are graded on what the server really sends.
//   - Its dependency node_extra_ca_certs_mozilla_bundle downloads Mozilla's CA bundle, which the
//     `mdn-http-observatory-scan` wrapper then names in NODE_EXTRA_CA_CERTS. We run the scanner's
//     src/scan.js directly instead and trust only what the run needs: the test's throw-away CA
//     (scripts/test-certificate.ts), on top of Node's own roots.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface ObservatoryTest {
  pass: boolean | null;
  result: string;
  scoreModifier: number;
}

export interface ObservatoryScan {
  scan: { grade: string; score: number; testsPassed: number; testsFailed: number; testsQuantity: number; statusCode: number };
  tests: Record<string, ObservatoryTest>;
}

// Scripts and tests run from the repository's root (as scripts/nginx-static.ts assumes too).
const packageDir = path.join(process.cwd(), 'node_modules', '@mdn', 'mdn-http-observatory');

function ensureOfflineData(): void {
  const preload = path.join(packageDir, 'conf', 'hsts-preload.json');
  if (!fs.existsSync(preload)) fs.writeFileSync(preload, '{}\n');
}

/** Scans `host` (https on 443, http on 80, as the scanner only knows those), trusting `caFile` if given. */
export function scanWithObservatory(host: string, caFile?: string): Promise<ObservatoryScan> {
  ensureOfflineData();
  const env = { ...process.env, ...(caFile ? { NODE_EXTRA_CA_CERTS: caFile } : {}) };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(packageDir, 'src', 'scan.js'), host], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      let parsed: (ObservatoryScan & { error?: undefined }) | { error: string } | undefined;
      try {
        parsed = JSON.parse(stdout);
      } catch {
        parsed = undefined;
      }
      if (parsed && 'error' in parsed && parsed.error) return reject(new Error(`observatory: ${host}: ${parsed.error}`));
      if (error || !parsed) return reject(new Error(`observatory: ${host}: ${error?.message ?? 'no JSON output'}\n${stderr}`));
      resolve(parsed as ObservatoryScan);
    });
  });
}

/** One line per test that did not pass or cost points, for assertion messages. */
export function describeProblems(result: ObservatoryScan): string[] {
  return Object.entries(result.tests)
    .filter(([, test]) => !test.pass || test.scoreModifier < 0)
    .map(([name, test]) => `${name}: ${test.result} (${test.scoreModifier})`);
}
