// The post-build step over each prerendered page (README, "JavaScript"): Next writes its chunk
// scripts as <script async> in <head> and the page's data as inline scripts, so the browser fetches
// and runs the chunks before the first paint, on the LCP path. This takes all of them out: the
// data goes to a file of its own (returned, for scripts/paint-first.ts to write under Next's static
// folder), and the page keeps a small JSON block (which never runs) naming the chunks and that
// file, plus one inline loader of ours that fetches both after the first paint
// (lib/paint-first/loader.ts). The CSP allows that loader by its hash and nothing else inline, so
// the browser fetches nothing before the first paint but the page, and the page's HTML is no
// longer half Next's payload (BENCHMARKS.md, "The page's data out of the HTML").
// Anything of a shape it does not know fails the build, so a Next upgrade that changes the output
// cannot ship the old ordering or a blocked page.
import { type HTMLElement, parse } from 'node-html-parser';
import { createHash } from 'node:crypto';
import { BOOT_DATA_ID, BOOT_DATA_URL_PREFIX, type BootBlock, type BootData, LOADER_SOURCE, loaderElement } from './loader';

export class PaintFirstError extends Error {}

export interface PaintFirstResult {
  html: string;
  /** The page's data file: its URL (under BOOT_DATA_URL_PREFIX, named by its hash) and its text. */
  data: { url: string; text: string };
  chunks: number;
  inlineScripts: number;
}

// Next 16's inline scripts, each calling push() with one JSON argument.
const TURBOPACK_PUSH = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/;
const FLIGHT_PUSH = /^(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(([\s\S]*)\)$/;
// Script types that are data: browsers do not run them and CSP does not govern them.
const DATA_TYPES = new Set(['application/json', 'application/ld+json']);
const NEXT_STATIC = '/_next/static/';

function isExecutable(script: HTMLElement): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return !DATA_TYPES.has(type);
}

function jsonArgument(text: string, pattern: RegExp, what: string): unknown {
  const match = pattern.exec(text.trim());
  if (!match?.[1]) return undefined;
  try {
    return JSON.parse(match[1]);
  } catch {
    throw new PaintFirstError(`${what} script whose argument is not JSON: ${text.slice(0, 80)}…`);
  }
}

/** JSON that is safe as the text of a <script> element: no `<`, `>` or `&` outside escapes. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Every inline executable script but the loader, and every inline event handler, in a document (what the CSP blocks). */
export function inlineCodeIn(html: string): string[] {
  const root = parse(html, { comment: true });
  const found: string[] = [];
  for (const script of root.querySelectorAll('script')) {
    if (script.hasAttribute('src') || !isExecutable(script) || script.rawText === LOADER_SOURCE) continue;
    found.push(`<script>${script.rawText.slice(0, 60)}…`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of Object.keys(element.attributes)) {
      if (name.toLowerCase().startsWith('on')) found.push(`<${element.rawTagName} ${name}=…>`);
    }
  }
  return found;
}

/** A rewritten page's boot block (the chunks its loader adds, the data file it fetches), if it has one. */
export function bootBlockOf(html: string): BootBlock | undefined {
  const text = parse(html).getElementById(BOOT_DATA_ID)?.rawText;
  return text ? (JSON.parse(text) as BootBlock) : undefined;
}

/** Every script file a rewritten page loads: the <script src> left in it and the chunks its loader adds. */
export function scriptSourcesOf(html: string): string[] {
  const sources = parse(html).querySelectorAll('script[src]').map((script) => script.getAttribute('src') ?? '');
  return [...sources, ...(bootBlockOf(html)?.chunks ?? [])];
}

export function paintFirst(html: string): PaintFirstResult {
  const root = parse(html, { comment: true });
  const body = root.querySelector('body');
  if (!root.querySelector('head') || !body) throw new PaintFirstError('no <head> and <body>: not a page Next prerendered');
  if (root.getElementById(BOOT_DATA_ID)) throw new PaintFirstError('already rewritten (the step runs once per build)');

  const chunks: string[] = [];
  const turbopack: unknown[] = [];
  const flight: unknown[] = [];
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src !== undefined) {
      // Next's nomodule polyfill is never fetched by a module-capable browser: it stays.
      if (script.hasAttribute('nomodule')) continue;
      // A file of ours from the site (the global 404's language script) runs where it stands.
      if (!src.startsWith(NEXT_STATIC)) {
        if (/^\/(?!\/)/.test(src)) continue;
        throw new PaintFirstError(`a <script src="${src}"> from another origin, which script-src 'self' would block`);
      }
      if (!script.hasAttribute('async')) {
        throw new PaintFirstError(`a Next chunk <script src="${src}"> that is not async: the step does not know whether the page needs it before the first paint`);
      }
      chunks.push(src);
      script.remove();
      continue;
    }
    if (!isExecutable(script)) continue;
    const text = script.rawText;
    const entry = jsonArgument(text, TURBOPACK_PUSH, 'a TURBOPACK');
    if (entry !== undefined) turbopack.push(entry);
    else {
      const payload = jsonArgument(text, FLIGHT_PUSH, 'an RSC payload');
      if (payload === undefined) {
        throw new PaintFirstError(`an inline script of unknown shape, which script-src 'self' would block: ${text.trim().slice(0, 80)}…`);
      }
      flight.push(payload);
    }
    script.remove();
  }
  if (chunks.length === 0 || flight.length === 0) {
    throw new PaintFirstError(
      `found ${chunks.length} chunk scripts and ${flight.length} RSC payload scripts: Next's output has changed shape (an upgrade?), so the page would keep its scripts before the first paint; update lib/paint-first/rewrite.ts`,
    );
  }
  // The chunks' preloads would fetch them before the first paint all the same.
  for (const link of root.querySelectorAll('link[rel="preload"][as="script"]')) {
    if ((link.getAttribute('href') ?? '').startsWith(NEXT_STATIC)) link.remove();
  }

  const text = JSON.stringify({ turbopack, flight } satisfies BootData);
  // Named by its content, so that it can be cached as long as the chunks are.
  const url = `${BOOT_DATA_URL_PREFIX}${createHash('sha256').update(text).digest('base64url').slice(0, 22)}.json`;
  const block: BootBlock = { chunks, data: url };
  body.insertAdjacentHTML('beforeend', `<script type="application/json" id="${BOOT_DATA_ID}">${scriptSafeJson(block)}</script>${loaderElement()}`);

  const out = root.toString();
  const left = inlineCodeIn(out);
  if (left.length > 0) throw new PaintFirstError(`inline code left that script-src 'self' would block: ${left.join(', ')}`);
  return { html: out, data: { url, text }, chunks: chunks.length, inlineScripts: turbopack.length + flight.length };
}
