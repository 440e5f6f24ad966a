// The static build (out/) served by deploy/nginx/ as the README's https recipe writes it: plain
// http only redirects, https speaks TLS 1.2 and 1.3 with forward-secret AEAD suites only, and the
// MDN HTTP Observatory grades the result (support/observatory.ts). The certificate is made for
// this run and trusted by the scanner alone.
import fs from 'node:fs';
import tls from 'node:tls';
import { expect, test } from '@playwright/test';
import { scanWithObservatory, type ObservatoryScan } from '@/scripts/observatory';
import { observatoryTests } from './support/observatory';
import { canListenOnWebPorts, startTlsSite, webPortsReason, type TlsSite } from './support/tls';

const address = '127.0.0.41';
let site: TlsSite | undefined;
let result: ObservatoryScan | undefined;

// One nginx on ports 80 and 443 for the file: its tests run in order, in one worker.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.skip(!canListenOnWebPorts() && !process.env.CI, webPortsReason);
  test.setTimeout(60_000);
  site = await startTlsSite(address, { root: 'out' });
  result = await scanWithObservatory(address, site.ca);
});

test.afterAll(async () => {
  await site?.stop();
});

observatoryTests(() => result);

/** A TLS handshake with the site, offering only `version` (and `ciphers`, for TLS 1.2 and older). */
function handshake(version: tls.SecureVersion, ciphers?: string): Promise<{ protocol: string | null; cipher: string } | { error: string }> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: address,
      port: 443,
      ca: fs.readFileSync(site?.ca ?? ''),
      minVersion: version,
      maxVersion: version,
      // Security level 0 so that this client would really offer old protocols and weak suites:
      // a refusal below is the server's, not Node's.
      ciphers: ciphers ? `${ciphers}:@SECLEVEL=0` : 'DEFAULT:@SECLEVEL=0',
    });
    socket.once('secureConnect', () => {
      resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
      socket.end();
    });
    socket.once('error', (error) => resolve({ error: error.message }));
  });
}

test('TLS 1.2 and 1.3 are spoken; TLS 1.0 and 1.1 are refused', async () => {
  expect(await handshake('TLSv1.3')).toMatchObject({ protocol: 'TLSv1.3' });
  expect(await handshake('TLSv1.2')).toMatchObject({ protocol: 'TLSv1.2' });
  for (const old of ['TLSv1', 'TLSv1.1'] as const) expect(await handshake(old), old).toHaveProperty('error');
});

test('TLS 1.2 takes forward-secret AEAD suites only', async () => {
  expect(await handshake('TLSv1.2', 'ECDHE-ECDSA-CHACHA20-POLY1305')).toMatchObject({ cipher: 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256' });
  // CBC, static RSA key exchange, SHA-1 MACs: offered alone, each is refused.
  for (const weak of ['ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA384', 'AES128-GCM-SHA256', 'AES256-SHA']) {
    expect(await handshake('TLSv1.2', weak), weak).toHaveProperty('error');
  }
});

test('plain http answers every URL with a 301 to the same URL over https', async ({ request }) => {
  for (const path of ['/', '/ja', '/en/explainers/no-such-explainer?x=1', '/_next/static/x.js']) {
    const response = await request.get(`http://${address}${path}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers().location, path).toBe(`https://${address}${path}`);
    expect(response.headers().server, 'no version in the Server header').toBe('nginx');
  }
});
