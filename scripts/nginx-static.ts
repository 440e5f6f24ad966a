// nginx serving the static build (out/) with deploy/nginx/, for the static browser tests and the
// benchmark. Everything nginx writes goes to a temporary prefix, so it needs no system paths; the
// deploy files are copied there so that their relative includes resolve as on a real server.
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
}

export function findNginx(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((candidate) => fs.existsSync(candidate));
}

function config(prefix: string, { port, root, workers }: NginxOptions): string {
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((candidate) => fs.existsSync(candidate));
  const types = mimeTypes
    ? `include ${mimeTypes};`
    : 'types { text/html html; text/css css; application/javascript js; application/json json; image/png png; image/svg+xml svg; text/plain txt; text/xml xml; }';
  // Errors only on stderr: an access log would cost throughput in the benchmark.
  return `daemon off;
worker_processes ${workers};
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
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include kaisetsu/kaisetsu.conf;
  }
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
