// `npm run build:standalone`: the production build plus a self-contained Node server in
// .next/standalone (`output: 'standalone'`, switched on by KAISETSU_OUTPUT=standalone in
// next.config.ts): server.js and only the node_modules files the server needs. Next leaves
// public/ and .next/static/ out of it (a CDN may serve them); this copies them in, as Next's docs
// ask, so that the folder alone serves the whole site: `node .next/standalone/server.js`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ETAGS_FILE } from '@/lib/serving/etags';

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

run(['next', 'build'], { KAISETSU_OUTPUT: 'standalone' });
// The pages paint before Next's scripts and their ETags are made once (scripts/paint-first.ts).
// Rewritten once, in .next/, then copied over the server's own copy of them (pages, the `.meta`
// files that now carry the ETags, and the ETag map), which may share files with it.
run(['tsx', 'scripts/paint-first.ts', '.next/server/app']);
const serverDir = path.join(root, '.next', 'server');
const rewritten = fs
  .readdirSync(path.join(serverDir, 'app'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html') || name.endsWith('.meta'))
  .map((name) => path.join('app', name));
for (const file of [...rewritten, ETAGS_FILE]) {
  const target = path.join(standalone, '.next', 'server', file);
  // Removed first: copying onto a hard link of the source would truncate both.
  fs.rmSync(target, { force: true });
  fs.copyFileSync(path.join(serverDir, file), target);
}
// As `npm run build` does: the search index of the fresh pages, into public/ (copied below).
run(['tsx', 'scripts/build-search-index.ts']);
if (!fs.existsSync(path.join(standalone, 'server.js'))) throw new Error('next build wrote no .next/standalone/server.js');

fs.cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
fs.cpSync(path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
console.log('build:standalone: .next/standalone holds the whole site; start it with `PORT=3000 HOSTNAME=0.0.0.0 node .next/standalone/server.js`.');
