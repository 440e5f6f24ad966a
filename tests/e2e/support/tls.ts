// The https shape of deploy/nginx/ for one test file: a throw-away CA and certificate
// (scripts/test-certificate.ts), nginx on ADDRESS:80 (redirect only) and ADDRESS:443 (TLS), serving
// out/ or proxying to a `next start`. Ports 80 and 443 because the Observatory scanner knows no
// others; a loopback address of its own (127.0.0.0/8 is all loopback on Linux) keeps it clear of
// anything else listening on 127.0.0.1.
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { startNginx } from '@/scripts/nginx-static';
import { makeTestCertificate } from '@/scripts/test-certificate';

export interface TlsSite {
  /** https://ADDRESS */
  origin: string;
  /** The CA to trust for this run (NODE_EXTRA_CA_CERTS). */
  ca: string;
  stop: () => Promise<void>;
}

/** Whether this process may listen on ports 80 and 443 (root, or a lowered unprivileged port start). */
export function canListenOnWebPorts(): boolean {
  if (process.getuid?.() === 0) return true;
  try {
    return Number(fs.readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8')) <= 80;
  } catch {
    return false;
  }
}

export const webPortsReason =
  'nginx must listen on ports 80 and 443 for the Observatory scanner: run as root (CI does), or lower net.ipv4.ip_unprivileged_port_start';

async function waitForPort(host: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startTlsSite(address: string, site: { root: string } | { upstream: string }): Promise<TlsSite> {
  const certificate = makeTestCertificate([address]);
  const { child, cleanUp } = startNginx({
    port: 80,
    root: 'root' in site ? site.root : 'out',
    workers: '1',
    tls: { address, httpsPort: 443, certificate: certificate.certificate, key: certificate.key },
    upstream: 'upstream' in site ? site.upstream : undefined,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGQUIT');
    await exited;
    cleanUp();
    certificate.cleanUp();
  };
  try {
    await Promise.race([waitForPort(address, 443, 10_000), exited.then(() => Promise.reject(new Error('nginx exited at start (see its errors above)')))]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `https://${address}`, ca: certificate.ca, stop };
}

/** One GET over https to the site, trusting only the run's CA (no redirects followed). */
export function httpsGet(site: TlsSite, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = https.get(new URL(path, site.origin), { ca: fs.readFileSync(site.ca), headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    request.on('error', reject);
  });
}
