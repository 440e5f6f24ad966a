// A throw-away certificate authority and a server certificate signed by it, made with openssl for
// one test run (the TLS tests of deploy/nginx/): nothing secret is ever committed. Trust the CA in
// Node with NODE_EXTRA_CA_CERTS=<ca>; the key never leaves the temporary folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCertificate {
  /** The CA certificate (PEM) to trust. */
  ca: string;
  /** The server's certificate chain (PEM) and its key, for nginx. */
  certificate: string;
  key: string;
  cleanUp: () => void;
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('openssl not found (Debian: apt-get install openssl)');
    throw new Error(`openssl ${args[0]} failed: ${stderr.trim()}`);
  }
}

/** Makes the pair for `hosts` (IP addresses or names), valid for two days. */
export function makeTestCertificate(hosts: readonly string[]): TestCertificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-tls-'));
  const altNames = hosts.map((host) => (/^[\d.]+$|:/.test(host) ? `IP:${host}` : `DNS:${host}`)).join(',');
  // P-256 keys: what a current ACME client issues by default, and fast to make.
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...key, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Kaisetsu test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  openssl(['req', ...key, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${hosts[0]}`], dir);
  fs.writeFileSync(path.join(dir, 'server.ext'), [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    `subjectAltName=${altNames}`,
    '',
  ].join('\n'));
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
    '-extfile', 'server.ext', '-out', 'server.pem'], dir);
  return {
    ca: path.join(dir, 'ca.pem'),
    certificate: path.join(dir, 'server.pem'),
    key: path.join(dir, 'server.key'),
    cleanUp: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
