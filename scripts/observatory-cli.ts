// `npm run observatory -- HOST [--ca FILE]`: one MDN HTTP Observatory scan (scripts/observatory.ts),
// e.g. of the deployed site, or of a local nginx with the test's CA.
import { parseArgs } from 'node:util';
import { describeProblems, scanWithObservatory } from './observatory';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { ca: { type: 'string' } } });
  const host = positionals[0];
  if (!host) {
    console.error('usage: npm run observatory -- HOST [--ca FILE]');
    process.exit(2);
  }
  const result = await scanWithObservatory(host, values.ca);
  const { grade, score, testsPassed, testsQuantity } = result.scan;
  console.log(`${host}: grade ${grade}, score ${score}, ${testsPassed}/${testsQuantity} tests passed`);
  for (const line of describeProblems(result)) console.log(`  ${line}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
