// check:links against a local server (127.0.0.1 only, never the internet) that answers each way a
// real site can: 200, 301, 404, 410, HEAD refused, a timeout, a reset and a passing failure.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAddress, checkAddresses } from '@/lib/editor-tools/link-check/check';
import { collectLinks, linksInText } from '@/lib/editor-tools/link-check/collect';
import { reportLinks } from '@/lib/editor-tools/link-check/report';

const FIXTURE = path.join(__dirname, '../fixtures/link-check');
let server: http.Server;
let origin = '';
let contentDir = '';
const hits = new Map<string, string[]>();
let flakyCount = 0;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url, [...(hits.get(url) ?? []), req.method ?? '']);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    switch (url) {
      case '/ok':
        return res.writeHead(200).end('ok');
      case '/moved':
        return res.writeHead(301, { location: '/ok' }).end();
      case '/loop':
        return res.writeHead(302, { location: '/loop2' }).end();
      case '/loop2':
        return res.writeHead(302, { location: '/loop' }).end();
      case '/missing':
        return res.writeHead(404).end();
      case '/gone':
        return res.writeHead(410).end();
      case '/no-head':
        return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      case '/slow':
        return; // never answers
      case '/reset':
        return req.socket.destroy();
      case '/flaky':
        flakyCount += 1;
        return flakyCount === 1 ? req.socket.destroy() : res.writeHead(200).end();
      default:
        if (url.startsWith('/wait/')) return void setTimeout(() => res.writeHead(200).end(), 50);
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
  const target = path.join(contentDir, 'explainers/links');
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, 'ja.md'), fs.readFileSync(path.join(FIXTURE, 'explainers/links/ja.md'), 'utf8').replaceAll('ORIGIN', origin));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(contentDir, { recursive: true, force: true });
});

const fast = { timeoutMs: 300, retries: 1, retryDelayMs: 10 };

describe('collecting addresses', () => {
  it('finds source cards and prose links with their positions, not text in code', () => {
    const links = collectLinks({ contentDir, baseDir: contentDir });
    expect(links.files).toBe(1);
    expect([...links.addresses.keys()].map((url) => url.slice(origin.length))).toEqual([
      '/ok',
      '/moved',
      '/missing',
      '/gone',
      '/slow',
      '/reset',
      '/no-head',
      '/flaky',
    ]);
    expect(links.addresses.get(`${origin}/ok`)).toEqual([
      { path: 'explainers/links/ja.md', line: 17, column: 1, kind: 'source' },
      { path: 'explainers/links/ja.md', line: 42, column: 5, kind: 'link' },
    ]);
    expect(links.addresses.get(`${origin}/missing`)?.[0]).toMatchObject({ line: 25, column: 7, kind: 'link' });
  });

  it('ignores addresses that are not absolute web addresses', () => {
    expect(linksInText('[a](mailto:x@y.jp) [b](/relative) [c](https://www.fsight.jp/a)\n', 'x.md').map((l) => l.url)).toEqual([
      'https://www.fsight.jp/a',
    ]);
  });
});

describe('checking one address', () => {
  it('accepts 200 with a HEAD request only', async () => {
    expect(await checkAddress(`${origin}/ok`, fast)).toEqual({ ok: true, status: 200, method: 'HEAD', redirects: [] });
  });
  it('follows a 301 and reports it', async () => {
    const verdict = await checkAddress(`${origin}/moved`, fast);
    expect(verdict).toMatchObject({ ok: true, status: 200, redirects: [{ status: 301, to: `${origin}/ok` }] });
  });
  it('reports 404 and 410 (after confirming with GET)', async () => {
    hits.clear();
    expect(await checkAddress(`${origin}/missing`, fast)).toMatchObject({ ok: false, status: 404, reason: 'HTTP 404 Not Found' });
    expect(hits.get('/missing')).toEqual(['HEAD', 'GET']);
    expect(await checkAddress(`${origin}/gone`, fast)).toMatchObject({ ok: false, status: 410, reason: 'HTTP 410 Gone' });
  });
  it('falls back to GET when HEAD is refused', async () => {
    expect(await checkAddress(`${origin}/no-head`, fast)).toMatchObject({ ok: true, status: 200, method: 'GET' });
  });
  it('gives up on a server that does not answer, after the retries', async () => {
    hits.clear();
    const verdict = await checkAddress(`${origin}/slow`, fast);
    expect(verdict).toMatchObject({ ok: false, reason: 'no answer within 300 ms (timeout)' });
    expect(hits.get('/slow')).toEqual(['HEAD', 'HEAD']);
  });
  it('uses the timeout given for the host', async () => {
    const verdict = await checkAddress(`${origin}/slow`, { ...fast, retries: 0, hostTimeoutMs: { [new URL(origin).host]: 100 } });
    expect(verdict).toMatchObject({ ok: false, reason: 'no answer within 100 ms (timeout)' });
  });
  it('reports a reset connection', async () => {
    expect(await checkAddress(`${origin}/reset`, fast)).toMatchObject({ ok: false, reason: 'the server closed the connection (reset)' });
  });
  it('retries a passing failure', async () => {
    flakyCount = 0;
    expect(await checkAddress(`${origin}/flaky`, fast)).toMatchObject({ ok: true, status: 200 });
    expect(flakyCount).toBe(2);
  });
  it('stops at a redirect loop', async () => {
    expect(await checkAddress(`${origin}/loop`, fast)).toMatchObject({ ok: false, reason: 'the redirects go round in a circle' });
  });
  it('reports a refused connection', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await checkAddress(`http://127.0.0.1:${port}/`, fast)).toMatchObject({ ok: false, reason: 'the server refused the connection' });
  });
});

describe('many addresses', () => {
  it('keeps to the concurrency limit', async () => {
    maxInFlight = 0;
    const urls = Array.from({ length: 12 }, (_, i) => `${origin}/wait/${i}`);
    const verdicts = await checkAddresses(urls, { ...fast, concurrency: 8 });
    expect([...verdicts.values()].every((v) => v.ok)).toBe(true);
    // One host: at most two requests to it at a time, whatever the overall limit.
    expect(maxInFlight).toBe(2);
  });

  it('reports every broken place with file:line:column, and the redirects as warnings', async () => {
    flakyCount = 0;
    const links = collectLinks({ contentDir, baseDir: contentDir });
    const report = reportLinks(links, await checkAddresses([...links.addresses.keys()], fast));
    const lines = report.lines.map((line) => line.replaceAll(origin, 'ORIGIN'));
    expect(lines).toEqual([
      expect.stringMatching(/^explainers\/links\/ja\.md:25:7  link ORIGIN\/missing is broken: HTTP 404 Not Found  \(/),
      expect.stringMatching(/^explainers\/links\/ja\.md:26:1  link ORIGIN\/gone is broken: HTTP 410 Gone  \(/),
      expect.stringMatching(/^explainers\/links\/ja\.md:32:1  source card ORIGIN\/slow is broken: no answer within 300 ms \(timeout\)/),
      expect.stringMatching(/^explainers\/links\/ja\.md:36:1  source card ORIGIN\/reset is broken: the server closed the connection \(reset\)/),
      expect.stringMatching(/^explainers\/links\/ja\.md:21:1  warning: source card ORIGIN\/moved redirects \(301 → ORIGIN\/ok\)/),
    ]);
    expect(report).toMatchObject({ broken: 4, redirected: 1, checked: 8 });
  });
});

describe('npm run check:links', () => {
  it('prints the report and exits 1 when an address is broken', async () => {
    flakyCount = 0;
    const run = promisify(execFile)('npx', ['tsx', 'scripts/check-links.ts', '--timeout=300', '--retries=1'], {
      cwd: path.join(__dirname, '../..'),
      env: { ...process.env, KAISETSU_CONTENT_DIR: contentDir },
    });
    const error = await run.then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toContain('explainers/links/ja.md:25:7  link');
    expect(error?.stdout).toContain('8 addresses in 1 files: 4 broken, 1 redirected.');
  });
});
