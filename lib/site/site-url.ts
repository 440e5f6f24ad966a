/** The site's public origin, from SITE_URL (default http://localhost:3000), without a trailing slash. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || 'http://localhost:3000';
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return url.origin;
}
