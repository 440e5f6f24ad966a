// The throughput ceiling for Node: node:http + fs serving the prerendered HTML files that
// `next build` wrote to .next/server/app, with no framework in between. Same headers as
// `next start` (lib/security/headers.ts values are passed in as JSON), no compression.
// `?without-scripts` serves the page with every <script> (and script preload) removed, for
// Lighthouse: what the page costs a browser before any JavaScript (not used for throughput). Only
// pages are served here, no images: the page it is used on has none.
// Usage: node bench/lib/static-file-server.mjs <root> <port> [headers-json]
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { parse } from 'node-html-parser';

const [root = '.next/server/app', port = '3000', headersJson = '[]'] = process.argv.slice(2);
const base = path.resolve(root);
const extraHeaders = JSON.parse(headersJson);

function withoutScripts(html) {
  const document = parse(html.toString('utf8'), { comment: true });
  for (const script of document.querySelectorAll('script, link[rel="preload"][as="script"]')) script.remove();
  return Buffer.from(document.toString());
}

const server = http.createServer(async (request, response) => {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
  const file = path.join(base, `${decodeURIComponent(pathname)}.html`);
  if (!file.startsWith(base + path.sep)) {
    response.writeHead(400).end();
    return;
  }
  try {
    // Read on every request, as a file server does (the OS keeps the file in its page cache).
    const html = await readFile(file);
    const body = searchParams.has('without-scripts') ? withoutScripts(html) : html;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, ...Object.fromEntries(extraHeaders) });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`static-file-server: ${base} on http://127.0.0.1:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
