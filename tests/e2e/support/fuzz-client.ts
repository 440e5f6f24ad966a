// How the fuzz tests talk to the server: a request sent with Node's HTTP client (any answer
// recorded, never thrown), its body decoded whatever the compression, and request lines no client
// library will send, written byte for byte on a socket.
import http from 'node:http';
import net from 'node:net';
import zlib from 'node:zlib';
import type { FuzzCase } from '../security-fuzz-cases';

export const TIMEOUT_MS = 15_000;

export interface Outcome {
  status?: number;
  contentType?: string;
  location?: string;
  body?: string;
  error?: string;
  ms: number;
}

export function send(base: URL, agent: http.Agent, request: FuzzCase): Promise<Outcome> {
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
export function sendRaw(base: URL, requestLine: string): Promise<string> {
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
