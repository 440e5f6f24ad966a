// Page weight of prerendered pages: first-load JavaScript, CSS and HTML (gzip), compared with
// the reference bare Next.js page in bench/reference-app built by the same Next in the same run.
// Usage: npm run bench:weight  (builds the reference app and this app first unless --no-build)
// `npm run bench` runs the same measurement as part of the whole harness (bench/run.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { totalOf, weighBuiltPage } from './lib/page-weight';
import { samplePages } from './lib/sample-pages';

const root = process.cwd();
const referenceDir = path.join(root, 'bench', 'reference-app');

function build(cwd: string) {
  execFileSync('npx', ['next', 'build'], { cwd, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

if (!process.argv.includes('--no-build')) {
  build(referenceDir);
  build(root);
}
if (!existsSync(path.join(referenceDir, '.next'))) throw new Error('Reference app not built: run without --no-build');

const reference = weighBuiltPage(path.join(referenceDir, '.next'), 'index.html');
const { explainer, home, others } = samplePages();
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
console.log(`${'page'.padEnd(44)}    JS kB   CSS kB  HTML kB  data kB  total kB  JS ÷ reference`);
for (const [name, weight] of [
  ['reference (bare Next page)', reference] as const,
  ...[home, explainer, ...others].map((page) => [`${page.name} ${page.path}`.slice(0, 44), weighBuiltPage(path.join(root, '.next'), page.htmlFile)] as const),
]) {
  console.log(`${name.padEnd(44)} ${kb(weight.js)} ${kb(weight.css)} ${kb(weight.html)} ${kb(weight.data)} ${kb(totalOf(weight))}   ${(weight.js / reference.js).toFixed(3)}`);
}
