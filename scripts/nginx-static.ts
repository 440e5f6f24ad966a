// nginx serving the static build (out/) with deploy/nginx/, for the static browser tests and the
// benchmark; with `tls`, the https shape of the deploy recipe (an http server that only redirects,
// an https one with deploy/nginx/tls.conf), serving out/ or proxying to a `next start`. Everything
// nginx writes goes to a temporary prefix, so it needs no system paths; the deploy files are copied
// there so that their relative includes resolve as on a real server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface NginxOptions {
  port: number;
  /** Folder to serve (the static build). */
  root: string;
  /** `worker_processes`: a number or `auto` (one per CPU). */
  workers: string;
  /** Serve https on `address:httpsPort` with this certificate; `port` then only redirects to it. */
  tls?: { address: string; httpsPort: number; certificate: string; key: string };
  /** With `tls`: proxy to this `next start` (host:port) with deploy/nginx/next-proxy.conf instead of serving `root`. */
  upstream?: string;
}

export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((candidate) => fs.existsSync(candidate));
}

/** The server blocks, as README's "Deploy" tells an operator to write them. */
function servers({ port, root, tls, upstream }: NginxOptions): string {
  if (!tls) {
    return `server {
    listen 127.0.0.1:${port};
    root ${root};
    include kaisetsu/kaisetsu.conf;
  }`;
  }
  // http-to-https.conf redirects to the default https port, so a test that uses it binds 443.
  if (tls.httpsPort !== 443) throw new Error('deploy/nginx/http-to-https.conf redirects to port 443: give httpsPort 443');
  const site = upstream ? 'include kaisetsu/next-proxy.conf;' : `root ${root};\n    include kaisetsu/kaisetsu.conf;`;
  return `${upstream ? `upstream kaisetsu_next { server ${upstream}; keepalive 16; }` : ''}
  server {
    listen ${tls.address}:${port};
    include kaisetsu/http-to-https.conf;
  }
  server {
    listen ${tls.address}:${tls.httpsPort} ssl;
    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.key};
    include kaisetsu/tls.conf;
    ${site}
  }`;
}

function config(prefix: string, options: NginxOptions): string {
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((candidate) => fs.existsSync(candidate));
  const types = mimeTypes
    ? `include ${mimeTypes};`
    : 'types { text/html html; text/css css; application/javascript js; application/json json; image/png png; image/svg+xml svg; text/plain txt; text/xml xml; }';
  // Errors only on stderr: an access log would cost throughput in the benchmark.
  return `daemon off;
worker_processes ${options.workers};
pid ${prefix}/nginx.pid;
error_log stderr error;
events { worker_connections 1024; }
http {
  ${types}
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${servers(options)}
}
`;
}

/** Starts nginx in the foreground. The caller stops it with `SIGQUIT` (graceful) and calls `cleanUp` after it exited. */
export function startNginx(options: NginxOptions, repoRoot = process.cwd()): { child: ChildProcess; cleanUp: () => void } {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx not found: run `bash scripts/ensure-nginx.sh` (Debian: apt-get install nginx-light)');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-nginx-'));
  fs.cpSync(path.join(repoRoot, 'deploy', 'nginx'), path.join(prefix, 'kaisetsu'), { recursive: true });
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config(prefix, { ...options, root: path.resolve(options.root) }));
  const child = spawn(nginx, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
  return { child, cleanUp: () => fs.rmSync(prefix, { recursive: true, force: true }) };
}
