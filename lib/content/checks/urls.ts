// Links and source addresses: only absolute https URLs reach the page.
import { describeCharacter, findInvisibleInUrl, showInvisible } from './invisible-characters';

export const HTTPS_HINT = 'copy the full address from the browser; it must start with https://';

/** Why `value` is not an acceptable link target, or undefined when it is. */
export function httpsProblem(value: string): string | undefined {
  // Invisible characters are shown as ⟨U+…⟩: a message quoting them as they are would look fine.
  const shown = `"${showInvisible(value)}"`;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Anything else (http:, javascript:, data:, vbscript:, mailto:) is refused rather than cleaned
  // up. The URL parser has already lowercased the scheme and dropped tabs and line breaks inside
  // it, as browsers do, so `JaVa&#x09;Script:` is judged as the javascript: it would run as.
  if (url && url.protocol !== 'https:') return `${shown} is not an https:// address`;
  // The parser also quietly drops or encodes invisible characters (`exa\u200Bmple.com` becomes
  // example.com), so the address on the page would not be the one the editor checked.
  const invisible = findInvisibleInUrl(value);
  if (invisible) return `${shown} contains an invisible character (${describeCharacter(invisible.codePoint)})`;
  if (!url) return `${shown} is not a full web address`;
  // `https://trusted.example@evil.example/` reads as the first site and opens the second.
  if (url.username !== '' || url.password !== '') return `${shown} has a user name or password before "@"`;
  return undefined;
}
