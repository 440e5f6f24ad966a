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
 * True when a segment decodes to a line break (`%0a`, `%0d`): under the explainer pages' optional
 * catch-all route, Next 16.4 answers such a path with a 404 status but its bare error shell instead
 * of the 404 page (tests/e2e/security-fuzz.spec.ts). No page of the site has one in its path.
 */
export function hasLineBreakEscape(pathname: string): boolean {
  return /%0[ad]/i.test(pathname) && !hasMalformedEscape(pathname);
}

/**
 * The same path with every `%` escaped as `%25`, so that it decodes to exactly the characters that
 * were sent. No page of the site has a `%` in its path, so the result never names a page. Leading
 * slashes and backslashes collapse to one `/`: as a Location, `//host` would leave the site.
 */
export function literalPercents(pathname: string): string {
  return '/' + pathname.replace(/^[/\\]+/, '').replaceAll('%', '%25');
}
