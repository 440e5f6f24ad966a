import { siteUrl } from '@/lib/site/site-url';

/**
 * An absolute URL on this site, for places that cannot resolve against `metadataBase`:
 * JSON-LD, feeds, the sitemap and robots.txt. `path` comes from lib/site/paths.ts.
 */
export function absoluteUrl(path: string): string {
  if (!path.startsWith('/')) throw new Error(`Expected a site path starting with "/": ${path}`);
  return new URL(path, `${siteUrl()}/`).href;
}
