// ETags made once, at build time, for every prerendered answer of `next start`. Next would hash
// each page body on every request (`generateEtags`, FNV-1a over the body as a string: a quarter of
// what serving our page costs, BENCHMARKS.md), although a prerendered body never changes until
// the next build. So `generateEtags` is off (next.config.ts), scripts/paint-first.ts hashes each
// final body once and writes the tag into the answer's `.meta` headers, which Next sends with the
// cached body, and into one map that the proxy reads to answer conditional requests with a 304
// (lib/serving/not-modified.ts).
import { createHash } from 'node:crypto';

/** The map of URL path → ETag, in Next's server folder (`.next/server/`), next to `app/`. */
export const ETAGS_FILE = 'kaisetsu-etags.json';

export type EtagMap = Readonly<Record<string, string>>;

/** A strong ETag for a body: its SHA-256, base64url, cut to 128 bits. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * The URL path a prerendered output file of `.next/server/app/` answers, or undefined for the
 * internal shells (`_not-found`, `_global-error`) that no URL names. `file` is relative, with `/`.
 */
export function routeOfOutput(file: string): string | undefined {
  const match = /^(.*?)(?:\.html|\.body)$/.exec(file);
  if (!match?.[1] || match[1].split('/').some((segment) => segment.startsWith('_'))) return undefined;
  return match[1] === 'index' ? '/' : `/${match[1]}`;
}
