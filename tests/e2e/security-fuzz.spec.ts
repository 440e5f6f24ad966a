// A bounded fuzz run against the production server (`next start` on 127.0.0.1, started by
// playwright.config.ts): a few thousand hostile requests, a handful at a time. Every answer must
// be a 2xx, 3xx or 4xx, arrive in time on an intact connection, and an unknown page must be the
// 404 page. The requests come from security-fuzz-cases.ts, seeded, so a failure can be replayed.
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { loadContent } from '@/lib/content/load';
import { fuzzCases, type FuzzCase } from './security-fuzz-cases';

const TOTAL = 2400;
const CONCURRENCY = 6;
const TIMEOUT_MS = 15_000;
const SEED = 20261126;

// The global 404 page carries both languages; its Japanese heading is enough to recognise it.
const NOT_FOUND_MARKER = 'ページが見つかりません';

const slug = loadContent({ includeDrafts: false }).explainers.find((explainer) => explainer.pages.length > 1)?.slug ?? 'missing';

interface Outcome {
  status?: number;
  contentType?: string;
  location?: string;
  body?: string;
  error?: string;
  ms: number;
}

function send(base: URL, agent: http.Agent, request: FuzzCase): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const done = (outcome: Omit<Outcome, 'ms'>) => resolve({ ...outcome, ms: Date.now() - started });
    let req: http.ClientRequest;
    try {
      req = http.request({
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers: request.headers,
        agent,
        timeout: TIMEOUT_MS,
        // The server may legitimately echo a long path (a 308 Location); Node's 16 KB default is the
        // client's limit, not the server's.
        maxHeaderSize: 1024 * 1024,
      });
    } catch (error) {
      // The client refused to send it (e.g. a character Node does not allow in a path): not the server's fault.
      done({ error: `client: ${String(error)}` });
      return;
    }
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        // Only the start of the body is needed to recognise the 404 page.
        if (size < 200_000) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () =>
        done({
          status: res.statusCode,
          contentType: res.headers['content-type'],
          location: res.headers.location,
          body: decode(Buffer.concat(chunks), res.headers['content-encoding']),
        }),
      );
      res.on('error', (error) => done({ status: res.statusCode, error: `response: ${error.message}` }));
    });
    req.on('timeout', () => {
      req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`));
    });
    req.on('error', (error) => done({ error: error.message }));
    if (request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') req.write('{"a":1}');
    req.end();
  });
}

/** The start of a body, whatever compression the fuzzed Accept-Encoding led the server to choose. */
function decode(body: Buffer, encoding: string | undefined): string {
  const options = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body, options).toString('utf8');
    if (encoding === 'br') return zlib.brotliDecompressSync(body, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }).toString('utf8');
    if (encoding === 'deflate') return zlib.inflateSync(body, options).toString('utf8');
  } catch {
    return '';
  }
  return body.toString('utf8');
}

/** Requests no HTTP client library will send: written byte for byte on a socket. */
function sendRaw(base: URL, requestLine: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(base.port), base.hostname);
    let received = '';
    socket.setTimeout(TIMEOUT_MS, () => socket.destroy());
    socket.on('connect', () => socket.write(`${requestLine}\r\nHost: ${base.host}\r\nConnection: close\r\n\r\n`, 'latin1'));
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve(received.split('\r\n')[0] ?? ''));
  });
}

function describeCase(request: FuzzCase): string {
  const headers = Object.entries(request.headers)
    .map(([key, value]) => `${key}: ${value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value}`)
    .join('; ');
  const path = request.path.length > 120 ? `${request.path.slice(0, 120)}…(${request.path.length})` : request.path;
  return `${request.method} ${path}${headers ? ` [${headers}]` : ''}`;
}

/** Node's limit for the request line and headers together (`--max-http-header-size`, 16 KB). */
const NODE_HEADER_LIMIT = 16 * 1024;

function requestSize(request: FuzzCase): number {
  return request.path.length + Object.entries(request.headers).reduce((sum, [key, value]) => sum + key.length + value.length + 4, 0);
}

/**
 * A request far over Node's header limit is answered 431 and the socket closed at once. With tens
 * of kilobytes of it still unread, the kernel closes with a reset, which can discard the 431
 * before the client reads it. That is Node's handling (no lingering close), not the site's; a
 * reverse proxy in front drains such requests. Only for these is a reset accepted.
 */
function isResetAfter431(request: FuzzCase, outcome: Outcome): boolean {
  return requestSize(request) > 4 * NODE_HEADER_LIMIT && /ECONNRESET|EPIPE/.test(outcome.error ?? '');
}

/** What is wrong with an answer, or undefined when it is acceptable. */
function problemWith(request: FuzzCase, outcome: Outcome, base: URL): string | undefined {
  if (outcome.error?.startsWith('client:')) return undefined;
  if (isResetAfter431(request, outcome)) return undefined;
  if (outcome.error) return `connection: ${outcome.error}`;
  const status = outcome.status ?? 0;
  if (status < 200 || status >= 500) return `status ${status}`;
  if (request.expect === 'ok' && status !== 200) return `status ${status}, expected 200`;
  if (status >= 300 && status < 400 && outcome.location) {
    const target = new URL(outcome.location, base);
    if (target.host !== base.host) return `redirects off-site to ${outcome.location}`;
  }
  if (request.expect === 'same-origin-redirect' && status >= 300 && status < 400 && !outcome.location) return 'redirect without Location';
  const isPageRequest =
    request.method === 'GET' && !request.path.startsWith('/_next/static/') && !('sec-fetch-dest' in request.headers) && !('rsc' in request.headers);
  if (status === 404 && isPageRequest && !outcome.body?.includes(NOT_FOUND_MARKER)) {
    return `404 without the 404 page (${outcome.contentType ?? 'no content type'}: ${JSON.stringify(outcome.body?.slice(0, 60))})`;
  }
  if (request.expect === 'decodable-redirect') {
    if (status !== 308 || !outcome.location) return `status ${status}, expected a 308 to the literal form`;
    try {
      decodeURIComponent(new URL(outcome.location, base).pathname);
    } catch {
      return `redirects to ${outcome.location}, which still cannot be decoded`;
    }
  }
  return undefined;
}

test.describe('hostile requests', () => {
  test.describe.configure({ mode: 'serial' });

  test(`${TOTAL} fuzzed requests: never a 5xx, a hang or a dropped connection`, async ({ baseURL }) => {
    test.setTimeout(300_000);
    const base = new URL(baseURL ?? '');
    // Only ever against the local server.
    expect(base.hostname).toBe('127.0.0.1');
    const cases = fuzzCases({ slug, total: TOTAL, seed: SEED });
    expect(cases.length).toBeGreaterThanOrEqual(2000);

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const statuses = new Map<string, number>();
    const problems: string[] = [];
    const unsent: string[] = [];
    let slowest = 0;
    let cursor = 0;
    const worker = async () => {
      while (cursor < cases.length) {
        const request = cases[cursor++];
        if (!request) break;
        const outcome = await send(base, agent, request);
        const key = outcome.error?.startsWith('client:')
          ? 'not sent'
          : isResetAfter431(request, outcome)
            ? 'reset after 431'
            : outcome.error
              ? 'error'
              : String(outcome.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        slowest = Math.max(slowest, outcome.ms);
        if (key === 'not sent') unsent.push(`${describeCase(request)} → ${outcome.error ?? ''}`);
        const problem = problemWith(request, outcome, base);
        if (problem) problems.push(`${describeCase(request)} → ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    const summary = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, count]) => `${status}: ${count}`).join(', ');
    console.log(`fuzz: ${cases.length} requests, ${summary}; slowest ${slowest} ms`);
    test.info().annotations.push({ type: 'fuzz', description: `${cases.length} requests, ${summary}; slowest ${slowest} ms` });
    expect(unsent.slice(0, 10), 'requests the client could not send').toEqual([]);
    expect(problems.slice(0, 25), `${problems.length} bad answers`).toEqual([]);
  });

  test('raw request lines the HTTP parser must refuse, not drop', async ({ baseURL }) => {
    const base = new URL(baseURL ?? '');
    expect(base.hostname).toBe('127.0.0.1');
    const lines = [
      'GET /ja/explainers/a b HTTP/1.1',
      'GET /ja/\u0000 HTTP/1.1',
      'GET /ja/\u00ff\u00fe HTTP/1.1',
      'GET ja HTTP/1.1',
      'GET http://evil.example/ja HTTP/1.1',
      'GET /ja HTTP/9.9',
      'BREW /ja HTTP/1.1',
      'GET /ja/explainers/%ff HTTP/1.0',
    ];
    for (const line of lines) {
      const statusLine = await sendRaw(base, line);
      expect(statusLine, JSON.stringify(line)).toMatch(/^HTTP\/1\.[01] [234]\d\d /);
    }
  });

  test('an undecodable path ends on the 404 page of its locale', async ({ page }) => {
    for (const [path, lang] of [
      ['/ja/explainers/%ff', 'ja'],
      ['/en/explainers/%c0%ae%c0%ae/2', 'en'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(new URL(page.url()).pathname, path).toBe(path.replaceAll('%', '%25'));
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    }
  });

  test('asterisk-form request targets (`GET *`) get a 4xx', async ({ baseURL }) => {
    // Known failure in Next 16.4.6, outside the site's reach: the router parses `*` with new URL(),
    // the catch renders the Pages Router's /_error, which an App Router build does not have, and
    // answers a bare 500 before proxy.ts ever runs (README, Security). Behind nginx, `*` never
    // reaches Next. Marked as expected to fail so that the suite says so the day Next answers 4xx.
    test.fail(true, 'Next 16.4.6 answers an asterisk-form request target with 500');
    const base = new URL(baseURL ?? '');
    for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET *ja HTTP/1.1']) {
      expect(await sendRaw(base, line), line).toMatch(/^HTTP\/1\.[01] 4\d\d /);
    }
  });

  test('headers over the limit get a 431, not a closed socket', async ({ baseURL }) => {
    const base = new URL(baseURL ?? '');
    // 20 KB: over the limit, yet read by Node in one go, so the close after the 431 is clean.
    const statusLine = await sendRaw(base, `GET /ja HTTP/1.1\r\nX-Huge: ${'y'.repeat(20_000)}`);
    expect(statusLine).toMatch(/^HTTP\/1\.1 431 /);
  });

  test('x-middleware-subrequest cannot skip the proxy (CVE-2025-29927)', async ({ request }) => {
    for (const value of ['proxy:proxy:proxy:proxy:proxy', 'middleware:middleware:middleware:middleware:middleware']) {
      const response = await request.get('/', { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
      // The proxy still negotiated the locale: `/` is redirected, not served as a bare 404.
      expect(response.status(), value).toBe(307);
      expect(response.headers().location, value).toMatch(/\/(?:ja|en)$/);
    }
  });

  test('the server still answers normally after the run', async ({ request }) => {
    const response = await request.get(`/ja/explainers/${slug}`);
    expect(response.status()).toBe(200);
  });
});
