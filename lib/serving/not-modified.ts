// The request half of lib/serving/etags.ts, for proxy.ts: a conditional GET or HEAD of a
// prerendered URL whose ETag still matches gets a 304 with no body. The proxy sees only requests
// that carry If-None-Match (its matcher says so), so every other request costs nothing here.
import fs from 'node:fs';
import path from 'node:path';
import fresh from 'fresh';
import { ETAGS_FILE, type EtagMap } from './etags';

let loaded: EtagMap | undefined;

/** The build's map (read once; `{}` where there is none, and under `next dev`, which serves no build). */
function etags(): EtagMap {
  if (process.env.NODE_ENV !== 'production') return {};
  if (!loaded) {
    try {
      loaded = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'server', ETAGS_FILE), 'utf8')) as EtagMap;
    } catch {
      loaded = {};
    }
  }
  return loaded;
}

export interface ConditionalRequest {
  method: string;
  /** As the proxy sees it (`request.nextUrl.pathname`): percent-encoded. */
  pathname: string;
  headers: Headers;
}

/** The ETag to answer 304 with, or undefined when the full answer is due. */
export function notModifiedEtag(request: ConditionalRequest, map: EtagMap = etags()): string | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  // The client router's RSC requests share the page's path but not its body. Next takes their
  // `RSC` header off before the proxy runs, so the matcher leaves them out (proxy.ts); this check
  // is for a runtime that does not.
  if (request.headers.has('rsc')) return undefined;
  // The path as sent, percent-encoded: another spelling of a page's path gets the full answer.
  const etag = Object.hasOwn(map, request.pathname) ? map[request.pathname] : undefined;
  if (!etag) return undefined;
  const conditions = {
    'if-none-match': request.headers.get('if-none-match') ?? undefined,
    'cache-control': request.headers.get('cache-control') ?? undefined,
  };
  return fresh(conditions, { etag }) ? etag : undefined;
}
