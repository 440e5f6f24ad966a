// What the readers' readings switch (components/explainer/blocks/readings-toggle.tsx, the one
// client leaf of issue 14's blocks) costs in client JavaScript, gzip, in a finished build.
// Usage: npm run build (or build:e2e), then npx tsx bench/readings-toggle-weight.ts [.next]
//
// Next bundles the client components of a route together, so every explainer page loads the same
// chunks whether it shows the switch or not: comparing two pages shows no difference. This prints
// that comparison (a page with the switch against one without) and then the switch's own share:
// each chunk that holds its module, gzip-compressed with and without the module's code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptSourcesOf } from '@/lib/paint-first/rewrite';

const distDir = process.argv[2] ?? '.next';
const appDir = path.join(distDir, 'server', 'app');
const gz = (text: string | Buffer) => gzipSync(text).length;
const readAsset = (src: string) => readFileSync(path.join(distDir, src.replace(/^\/_next\//, '')), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

const explainerPages = htmlFiles(appDir).filter((file) => /\/explainers\/[^/]+(\/\d+|\/all)?\.html$/.test(file));
const withSwitch = explainerPages.filter((file) => readFileSync(file, 'utf8').includes('id="readings-hidden"'));
const withoutSwitch = explainerPages.filter((file) => !withSwitch.includes(file));
const scriptsOf = (file: string) => scriptSourcesOf(readFileSync(file, 'utf8')).filter((src) => src.startsWith('/_next/'));
const jsOf = (file: string) => scriptsOf(file).reduce((sum, src) => sum + gz(readAsset(src)), 0);
const name = (file: string) => '/' + path.relative(appDir, file).replace(/\.html$/, '');

console.log(`explainer pages: ${explainerPages.length}, ${withSwitch.length} with the readings switch`);
// Paged pages and the all-pages view are two routes: compare like with like.
const isAll = (file: string) => file.endsWith('/all.html');
for (const all of [false, true]) {
  const a = withSwitch.find((file) => isAll(file) === all);
  const b = withoutSwitch.find((file) => isAll(file) === all);
  if (!a || !b) continue;
  const same = scriptsOf(a).sort().join() === scriptsOf(b).sort().join();
  console.log(`  with    ${name(a).padEnd(44)} JS ${jsOf(a)} B gzip`);
  console.log(`  without ${name(b).padEnd(44)} JS ${jsOf(b)} B gzip   (same chunks: ${same ? 'yes' : 'no'})`);
}

// A Turbopack chunk is push([script, id, factory, id, factory, …]); a module is ",<id>,e=>{…}".
const MODULE_START = /,(\d+),\w+=>\{"use strict";/g;
function moduleSpans(code: string): { start: number; end: number }[] {
  const starts = [...code.matchAll(MODULE_START)].map((match) => match.index);
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? code.lastIndexOf(']') }));
}

const chunks = new Set(explainerPages.flatMap(scriptsOf));
for (const src of chunks) {
  const code = readAsset(src);
  const span = moduleSpans(code).find(({ start, end }) => code.slice(start, end).includes('"ReadingsToggle"'));
  if (!span) continue;
  const without = code.slice(0, span.start) + code.slice(span.end);
  const pages = explainerPages.filter((file) => scriptsOf(file).includes(src)).length;
  console.log(
    `${src}: ${gz(code)} B gzip; the switch's module ${span.end - span.start} B raw, ` +
      `${gz(code) - gz(without)} B gzip (chunk without it: ${gz(without)} B); loaded by ${pages} of ${explainerPages.length} explainer pages`,
  );
}
