// The build half of lib/serving/etags.ts: every prerendered page (`.html`) and route answer
// (`.body`) that has a `.meta` gets its ETag there, and the map for the proxy is written once.
import fs from 'node:fs';
import path from 'node:path';
import { ETAGS_FILE, type EtagMap, etagOf, routeOfOutput } from './etags';

interface OutputMeta {
  headers?: Record<string, string>;
  [key: string]: unknown;
}

/** Stamps the outputs under `appDir` (`.next/server/app`) and writes the map beside it; returns the map. */
export function stampEtags(appDir: string): EtagMap {
  const map: Record<string, string> = {};
  const files = fs.readdirSync(appDir, { recursive: true, encoding: 'utf8' }).map((file) => file.split(path.sep).join('/')).sort();
  for (const file of files) {
    const route = routeOfOutput(file);
    const metaFile = path.join(appDir, file.replace(/\.(?:html|body)$/, '.meta'));
    if (!route || !fs.existsSync(metaFile)) continue;
    const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as OutputMeta;
    const etag = etagOf(fs.readFileSync(path.join(appDir, file)));
    meta.headers = { ...meta.headers, etag };
    fs.writeFileSync(metaFile, JSON.stringify(meta));
    // Keyed as the proxy sees the path: percent-encoded where a browser encodes it.
    map[new URL(route, 'http://localhost').pathname] = etag;
  }
  fs.writeFileSync(path.join(appDir, '..', ETAGS_FILE), JSON.stringify(map));
  return map;
}
