// `npm run check:links`: requests every source-card and link address in content/ and reports the
// broken ones (and redirects) with file:line:column. Needs the internet, so it is a command for
// editors, never part of the build or of `npm test` (its tests use a local server).
//
//   npm run check:links -- [--timeout=ms] [--host-timeout=host=ms …] [--concurrency=n] [--retries=n]
import { parseArgs } from 'node:util';
import { checkAddresses } from '@/lib/editor-tools/link-check/check';
import { collectLinks } from '@/lib/editor-tools/link-check/collect';
import { reportLinks } from '@/lib/editor-tools/link-check/report';

function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string' },
      'host-timeout': { type: 'string', multiple: true },
      concurrency: { type: 'string' },
      retries: { type: 'string' },
    },
  });
  const hostTimeoutMs: Record<string, number> = {};
  for (const entry of values['host-timeout'] ?? []) {
    const [host, ms] = entry.split('=');
    if (!host || ms === undefined) throw new Error(`--host-timeout takes host=milliseconds, not "${entry}"`);
    hostTimeoutMs[host] = positiveInteger('host-timeout', ms)!;
  }
  const timeoutMs = positiveInteger('timeout', values.timeout);
  const concurrency = positiveInteger('concurrency', values.concurrency);
  const retries = positiveInteger('retries', values.retries);

  const links = collectLinks();
  const verdicts = await checkAddresses([...links.addresses.keys()], {
    hostTimeoutMs,
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(retries !== undefined ? { retries } : {}),
  });
  const report = reportLinks(links, verdicts);
  for (const line of report.lines) console.log(line);
  if (report.lines.length > 0) console.log('');
  console.log(`${report.checked} addresses in ${links.files} files: ${report.broken} broken, ${report.redirected} redirected.`);
  return report.broken > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
