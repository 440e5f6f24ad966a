// Percent-escapes in a request path that cannot be decoded: a `%` without two hex digits after it
// (`/%`, `/%zz`), or bytes that are not UTF-8 (`%ff`, the overlong `%c0%ae`). Used by proxy.ts,
// so it stays free of Node-only APIs.

/** True when `decodeURIComponent` would throw on some segment of the path. */
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    // Segment by segment, as Next's router decodes dynamic params.
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}

/**
 * The same path with every `%` escaped as `%25`, so that it decodes to exactly the characters that
 * were sent. No page of the site has a `%` in its path, so the result never names a page. Leading
 * slashes and backslashes collapse to one `/`: as a Location, `//host` would leave the site.
 */
export function literalPercents(pathname: string): string {
  return '/' + pathname.replace(/^[/\\]+/, '').replaceAll('%', '%25');
}
