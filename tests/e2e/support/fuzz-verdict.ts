// What a fuzz answer must be: a 2xx, 3xx or 4xx on an intact connection, never a redirect off the
// site, and the 404 page for an unknown page; how a case is named in a failure.
import type { FuzzCase } from '../security-fuzz-cases';
import type { Outcome } from './fuzz-client';

// The global 404 page carries both languages; its Japanese heading is enough to recognise it.
const NOT_FOUND_MARKER = 'ページが見つかりません';

export function describeCase(request: FuzzCase): string {
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
export function isResetAfter431(request: FuzzCase, outcome: Outcome): boolean {
  return requestSize(request) > 4 * NODE_HEADER_LIMIT && /ECONNRESET|EPIPE/.test(outcome.error ?? '');
}

/** What is wrong with an answer, or undefined when it is acceptable. */
export function problemWith(request: FuzzCase, outcome: Outcome, base: URL): string | undefined {
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
