// `npm run serve:static [-- --port 3000] [--root out] [--workers auto]`: the static build on
// http://127.0.0.1:<port>, served by nginx in the foreground with deploy/nginx/ exactly as a server
// would use it. The static browser tests (playwright.static.config.ts) start it this way.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startNginx } from './nginx-static';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    root: { type: 'string', default: 'out' },
    workers: { type: 'string', default: 'auto' },
  },
});
if (!fs.existsSync(path.join(values.root, 'index.html'))) {
  console.error(`serve:static: ${values.root}/ has no index.html; run \`npm run build:static\` first.`);
  process.exit(1);
}

const { child, cleanUp } = startNginx({ port: Number(values.port), root: values.root, workers: values.workers });
console.log(`serve:static: nginx (pid ${child.pid}) serving ${values.root}/ on http://127.0.0.1:${values.port}`);
// QUIT: nginx finishes the requests in flight, then exits; this process follows.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
