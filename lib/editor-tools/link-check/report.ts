// Turns verdicts into the lines editors read: one per place an address is written, as
// `path:line:column  message  (hint)`, broken addresses first, then redirects worth updating.
import type { CollectedLinks, LinkPlace } from './collect';
import type { LinkVerdict } from './check';

export interface LinkReport {
  lines: string[];
  broken: number;
  redirected: number;
  checked: number;
}

const where = (place: LinkPlace) => `${place.path}:${place.line}:${place.column}`;
const what = (place: LinkPlace) => (place.kind === 'source' ? 'source card' : 'link');

export function reportLinks(links: CollectedLinks, verdicts: ReadonlyMap<string, LinkVerdict>): LinkReport {
  const broken: [LinkPlace, string][] = [];
  const moved: [LinkPlace, string][] = [];
  for (const [url, places] of links.addresses) {
    const verdict = verdicts.get(url);
    if (!verdict) continue;
    const chain = verdict.redirects.map((r) => `${r.status} → ${r.to}`).join(', ');
    for (const place of places) {
      if (!verdict.ok) {
        const via = chain ? ` after redirects (${chain})` : '';
        broken.push([place, `${what(place)} ${url} is broken: ${verdict.reason}${via}  (open it in a browser; replace it with the article's current address or an archived copy)`]);
      } else if (verdict.redirects.length > 0) {
        const final = verdict.redirects.at(-1)!.to;
        moved.push([place, `warning: ${what(place)} ${url} redirects (${chain})  (if ${final} is the same article, write that address instead)`]);
      }
    }
  }
  const order = (a: [LinkPlace, string], b: [LinkPlace, string]) =>
    a[0].path === b[0].path ? a[0].line - b[0].line || a[0].column - b[0].column : a[0].path < b[0].path ? -1 : 1;
  const lines = [...broken.sort(order), ...moved.sort(order)].map(([place, message]) => `${where(place)}  ${message}`);
  return { lines, broken: broken.length, redirected: moved.length, checked: verdicts.size };
}
