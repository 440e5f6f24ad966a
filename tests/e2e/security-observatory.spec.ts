// `next start` behind deploy/nginx/'s https recipe (tls.conf, next-proxy.conf), graded by the MDN
// HTTP Observatory (support/observatory.ts), and the locale cookie as it is sent there. A server of
// its own, not Playwright's: this one runs with an https SITE_URL, as a deployment would.
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { scanWithObservatory, type ObservatoryScan } from '@/scripts/observatory';
import { observatoryTests } from './support/observatory';
import { canListenOnWebPorts, httpsGet, startTlsSite, webPortsReason, type TlsSite } from './support/tls';

const address = '127.0.0.42';
// Beside Playwright's own server (E2E_PORT), in the same block of ports.
const port = Number(process.env.E2E_PORT ?? 3100) + 7;
let server: ChildProcess | undefined;
let site: TlsSite | undefined;
let result: ObservatoryScan | undefined;

test.describe.configure({ mode: 'default' });

async function startNext(): Promise<ChildProcess> {
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `https://${address}` },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 45_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ja`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`next start on port ${port} did not come up`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test.beforeAll(async () => {
  test.skip(!canListenOnWebPorts() && !process.env.CI, webPortsReason);
  test.setTimeout(90_000);
  server = await startNext();
  site = await startTlsSite(address, { upstream: `127.0.0.1:${port}` });
  result = await scanWithObservatory(address, site.ca);
});

test.afterAll(async () => {
  await site?.stop();
  // npx and next: the whole process group.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

observatoryTests(() => result);

test('behind TLS, / keeps a changed edition in NEXT_LOCALE only: Secure, a year, SameSite=Lax', async () => {
  if (!site) throw new Error('no site');
  // An outdated cookie (no such edition) with an English browser: next-intl writes the new choice.
  const response = await httpsGet(site, '/', { cookie: 'NEXT_LOCALE=zz', 'accept-language': 'en' });
  expect(response.status).toBe(307);
  expect(new URL(response.headers.location ?? '', site.origin).pathname).toBe('/en');
  const cookies = response.headers['set-cookie'] ?? [];
  expect(cookies).toHaveLength(1);
  const [pair, ...attributes] = (cookies[0] ?? '').split(/;\s*/);
  expect(pair).toBe('NEXT_LOCALE=en');
  // Expires is Next's copy of Max-Age for old browsers.
  const names = attributes.map((attribute) => attribute.toLowerCase().replace(/^expires=.*/, 'expires')).sort();
  expect(names).toEqual(['expires', 'max-age=31536000', 'path=/', 'samesite=lax', 'secure']);
});

test('the scanner saw the cookie as Secure too (not merely no cookie at all)', () => {
  expect(result?.tests.cookies?.result).toBe('cookies-secure-with-httponly-sessions-and-samesite');
});
