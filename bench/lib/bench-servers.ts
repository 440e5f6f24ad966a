// The four servers the throughput and Lighthouse parts measure side by side: the site and the
// reference app on `next start`, the site's prerendered HTML on a plain Node file server, and the
// static build (out/) on nginx. Each must serve the same explainer page before anything is timed.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { securityHeaders } from '@/lib/security/headers';
import { startNginx } from '@/scripts/nginx-static';
import { startServer, waitForUrl, type Server } from './processes';
import type { SamplePages } from './sample-pages';

const ports = { app: 3321, reference: 3322, files: 3323, nginx: 3324 };

export interface BenchServers {
  app: Server;
  reference: Server;
  files: Server;
  staticSite: Server;
  stop: () => Promise<void>;
}

export async function startBenchServers(root: string, referenceDir: string, pages: SamplePages): Promise<BenchServers> {
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const servers: Server[] = [];
  let nginx: { child: ChildProcess; cleanUp: () => void } | undefined;
  const stop = async () => {
    for (const server of servers) await server.stop();
    nginx?.cleanUp();
  };
  try {
    servers.push(
      await startServer('site (next start)', ports.app, process.execPath, [nextBin, 'start', '-p', String(ports.app), '-H', '127.0.0.1'], { cwd: root, readyPath: pages.explainer.path }),
      await startServer('reference (next start)', ports.reference, process.execPath, [nextBin, 'start', '-p', String(ports.reference), '-H', '127.0.0.1'], { cwd: referenceDir, readyPath: '/' }),
      await startServer(
        'Node file server (same HTML)',
        ports.files,
        process.execPath,
        [path.join(root, 'bench', 'lib', 'static-file-server.mjs'), path.join(root, '.next', 'server', 'app'), String(ports.files), JSON.stringify(securityHeaders.map(({ key, value }) => [key, value]))],
        { cwd: root, readyPath: pages.explainer.path },
      ),
    );
    // One worker: the same one core a Node server uses, so that the ratio compares servers and
    // not core counts. The load generator needs the other core.
    nginx = startNginx({ port: ports.nginx, root: path.join(root, 'out'), workers: '1' }, root);
    const nginxChild = nginx.child;
    await waitForUrl(`http://127.0.0.1:${ports.nginx}${pages.explainer.path}`, 30_000, nginxChild);
    servers.push({
      name: 'nginx (static build, out/)',
      origin: `http://127.0.0.1:${ports.nginx}`,
      pid: nginxChild.pid as number,
      stop: async () => {
        nginxChild.kill('SIGQUIT');
        await new Promise((resolve) => nginxChild.once('exit', resolve));
      },
    });
    const [app, reference, files, staticSite] = servers as [Server, Server, Server, Server];

    // Each server must answer the page being measured, and the three copies must be the same page.
    const heading = async (server: Server) => parse(await (await fetch(`${server.origin}${pages.explainer.path}`)).text()).querySelector('h1')?.text;
    const expected = await heading(app);
    for (const server of [files, staticSite]) {
      if (!expected || (await heading(server)) !== expected) throw new Error(`${server.name} does not serve the same explainer page as next start`);
    }
    return { app, reference, files, staticSite, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
