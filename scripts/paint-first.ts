// The post-build step of every production build (package.json "build", scripts/build-static.ts,
// scripts/build-standalone.ts): rewrites each prerendered page so that it paints before Next's
// scripts are fetched (lib/paint-first/rewrite.ts), with the loader inline in each page; in Next's
// server folder it then gives every prerendered answer its ETag (lib/serving/stamp-etags.ts).
//   tsx scripts/paint-first.ts <folder of prerendered .html>
// `next start` reads .next/server/app/**/*.html from disk, so the rewritten file is what it serves;
// the ETags are made after the rewrite, from the final bodies.
import fs from 'node:fs';
import path from 'node:path';
import { PaintFirstError, paintFirst } from '@/lib/paint-first/rewrite';
import { stampEtags } from '@/lib/serving/stamp-etags';

const [htmlDir] = process.argv.slice(2);
if (!htmlDir) {
  console.error('usage: tsx scripts/paint-first.ts <folder of prerendered .html>');
  process.exit(2);
}

const files = fs
  .readdirSync(htmlDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html') && !file.split(path.sep).includes('_next'))
  .sort();
const problems: string[] = [];
const rewritten: { full: string; html: string }[] = [];
let chunks = 0;
for (const file of files) {
  const full = path.join(htmlDir, file);
  try {
    const result = paintFirst(fs.readFileSync(full, 'utf8'));
    rewritten.push({ full, html: result.html });
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
for (const { full, html } of rewritten) fs.writeFileSync(full, html);
console.log(`paint-first: ${files.length} pages in ${htmlDir} load their ${chunks} chunk scripts after the first paint.`);
// In Next's server folder (not out/, which a static server tags itself), the final bodies get
// their ETags now, once (lib/serving/etags.ts).
if (fs.existsSync(path.join(htmlDir, '..', 'app-paths-manifest.json'))) {
  const tagged = Object.keys(stampEtags(htmlDir)).length;
  console.log(`paint-first: ${tagged} prerendered answers carry an ETag made at build time.`);
}
