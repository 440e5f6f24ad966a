// Page weight of prerendered pages: first-load JavaScript, CSS and HTML (gzip), compared with
// the reference bare Next.js page in bench/reference-app built by the same Next in the same run.
// Usage: npm run bench:weight  (builds the reference app and this app first unless --no-build)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const root = process.cwd();
const referenceDir = path.join(root, 'bench', 'reference-app');

interface Weight {
  js: number;
  css: number;
  html: number;
}

const gz = (buffer: Buffer) => gzipSync(buffer).length;

/** Weight of one prerendered HTML file of a built app (`distDir` = the app's `.next`). */
function weigh(distDir: string, htmlFile: string): Weight {
  const html = readFileSync(path.join(distDir, 'server', 'app', htmlFile));
  const document = parse(html.toString('utf8'));
  const asset = (url: string) => readFileSync(path.join(distDir, url.replace(/^\/_next\//, '')));
  const scripts = document
    // `nomodule` scripts are polyfills that module-capable browsers never download.
    .querySelectorAll('script[src]:not([nomodule])')
    .map((element) => element.getAttribute('src'))
    .filter((src): src is string => Boolean(src?.startsWith('/_next/')));
  const styles = document
    .querySelectorAll('link[rel="stylesheet"]')
    .map((element) => element.getAttribute('href'))
    .filter((href): href is string => Boolean(href?.startsWith('/_next/')));
  return {
    js: scripts.reduce((sum, src) => sum + gz(asset(src)), 0),
    css: styles.reduce((sum, href) => sum + gz(asset(href)), 0),
    html: gz(html),
  };
}

function build(cwd: string) {
  execFileSync('npx', ['next', 'build'], { cwd, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}

if (!process.argv.includes('--no-build')) {
  build(referenceDir);
  build(root);
}
if (!existsSync(path.join(referenceDir, '.next'))) throw new Error('Reference app not built: run without --no-build');

const reference = weigh(path.join(referenceDir, '.next'), 'index.html');
const pages: Record<string, string> = {
  'reference (bare Next page)': '',
  'home /ja': 'ja.html',
  'explainer /ja/…/north-korea-russia-china': 'ja/explainers/north-korea-russia-china.html',
  'explainer page 2 /en/…/2': 'en/explainers/north-korea-russia-china/2.html',
  'all pages /ja/…/all': 'ja/explainers/north-korea-russia-china/all.html',
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
console.log(`${'page'.padEnd(44)}    JS kB   CSS kB  HTML kB  total kB  JS ÷ reference`);
for (const [name, file] of Object.entries(pages)) {
  const weight = file ? weigh(path.join(root, '.next'), file) : reference;
  const total = weight.js + weight.css + weight.html;
  console.log(
    `${name.padEnd(44)} ${kb(weight.js)} ${kb(weight.css)} ${kb(weight.html)} ${kb(total)}   ${(weight.js / reference.js).toFixed(3)}`,
  );
}
