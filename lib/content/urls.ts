// Links and source addresses: only absolute https URLs reach the page.

export const HTTPS_HINT = 'copy the full address from the browser; it must start with https://';

/** Why `value` is not an acceptable link target, or undefined when it is. */
export function httpsProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a full web address`;
  }
  // Anything else (http:, javascript:, data:, mailto:) is refused rather than cleaned up.
  if (url.protocol !== 'https:') return `"${value}" is not an https:// address`;
  return undefined;
}
