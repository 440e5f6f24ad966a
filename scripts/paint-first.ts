// The post-build step of every production build (package.json "build", scripts/build-static.ts,
// scripts/build-standalone.ts): rewrites each prerendered page so that it paints before Next's
// scripts are fetched (lib/paint-first/rewrite.ts), with the loader inline in each page and the
// page's data in a file of its own under Next's static folder; in Next's server folder it then
// gives every prerendered answer its ETag (lib/serving/stamp-etags.ts).
//   tsx scripts/paint-first.ts <folder of prerendered .html>
// `next start` reads .next/server/app/**/*.html from disk, so the rewritten file is what it serves;
// the ETags are made after the rewrite, from the final bodies. The data files go where each server
// serves /_next/static/ from: .next/static/ for `next start` (and the standalone build, which
// copies it), out/_next/static/ for the static export.
import fs from 'node:fs';
import path from 'node:path';
import { BOOT_DATA_URL_PREFIX } from '@/lib/paint-first/loader';
import { PaintFirstError, paintFirst, type PaintFirstResult } from '@/lib/paint-first/rewrite';
import { stampEtags } from '@/lib/serving/stamp-etags';

const [htmlDir] = process.argv.slice(2);
if (!htmlDir) {
  console.error('usage: tsx scripts/paint-first.ts <folder of prerendered .html>');
  process.exit(2);
}

const inServerFolder = fs.existsSync(path.join(htmlDir, '..', 'app-paths-manifest.json'));
const staticDir = inServerFolder ? path.join(htmlDir, '..', '..', 'static') : path.join(htmlDir, '_next', 'static');
if (!fs.existsSync(staticDir)) {
  console.error(`paint-first: ${staticDir} does not exist, so the pages' data files would not be served at /_next/static/: has Next's output moved?`);
  process.exit(1);
}
const dataDir = path.join(staticDir, BOOT_DATA_URL_PREFIX.replace(/^\/_next\/static\//, ''));

const files = fs
  .readdirSync(htmlDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.split(path.sep).includes('_next'))
  .sort();
const problems: string[] = [];
const rewritten: (PaintFirstResult & { full: string })[] = [];
let chunks = 0;
for (const file of files) {
  const full = path.join(htmlDir, file);
  try {
    const result = paintFirst(fs.readFileSync(full, 'utf8'));
    rewritten.push({ full, ...result });
    chunks += result.chunks;
  } catch (error) {
    if (!(error instanceof PaintFirstError)) throw error;
    problems.push(`${path.join(htmlDir, file)}: ${error.message}`);
  }
}
if (files.length === 0) problems.push(`${htmlDir}: no prerendered .html page found: did next build run, or has its output moved?`);
if (problems.length > 0) {
  console.error(`paint-first: ${problems.length} page(s) cannot be made to paint before Next's scripts:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
// Written only when every page could be: a failed build leaves the pages as Next wrote them.
fs.mkdirSync(dataDir, { recursive: true });
for (const { full, html, data } of rewritten) {
  fs.writeFileSync(path.join(dataDir, path.basename(data.url)), data.text);
  fs.writeFileSync(full, html);
}
console.log(`paint-first: ${files.length} pages in ${htmlDir} load their ${chunks} chunk scripts and their data (${path.relative(process.cwd(), dataDir)}) after the first paint.`);
// In Next's server folder (not out/, which a static server tags itself), the final bodies get
// their ETags now, once (lib/serving/etags.ts).
if (inServerFolder) {
  const tagged = Object.keys(stampEtags(htmlDir)).length;
  console.log(`paint-first: ${tagged} prerendered answers carry an ETag made at build time.`);
}
