// Page weight of a prerendered page: the first-load JavaScript, CSS and HTML a browser downloads,
// each gzip-compressed as a server or CDN would send it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { bootBlockOf, scriptSourcesOf } from '@/lib/paint-first/rewrite';

export interface Weight {
  /** gzip bytes of the `<script src>` files the page loads (module-capable browsers). */
  js: number;
  /** gzip bytes of linked stylesheets (inlined CSS is part of the HTML). */
  css: number;
  html: number;
  /** gzip bytes of the page's data file (Next's payload, which the loader fetches after the first paint; 0 where it is in the HTML). */
  data: number;
  /** The HTML as served without compression. */
  htmlRaw: number;
}

// zlib's default level (6), what `next start` and most servers and CDNs use on the fly.
const gz = (buffer: Buffer) => gzipSync(buffer).length;

/** Weight of an HTML document; `readAsset` turns a `/_next/…` URL into the file's bytes. */
export function weighHtml(html: Buffer, readAsset: (url: string) => Buffer): Weight {
  const text = html.toString('utf8');
  const document = parse(text);
  // `nomodule` scripts are polyfills that module-capable browsers never download.
  const polyfills = new Set(document.querySelectorAll('script[src][nomodule]').map((element) => element.getAttribute('src')));
  // What the page loads: its <script src> and the chunks its loader adds (lib/paint-first/).
  const scripts = scriptSourcesOf(text).filter((src) => src.startsWith('/_next/') && !polyfills.has(src));
  const styles = document
    .querySelectorAll('link[rel="stylesheet"]')
    .map((element) => element.getAttribute('href'))
    .filter((href): href is string => Boolean(href?.startsWith('/_next/')));
  return {
    js: scripts.reduce((sum, src) => sum + gz(readAsset(src)), 0),
    css: styles.reduce((sum, href) => sum + gz(readAsset(href)), 0),
    html: gz(html),
    data: ((file) => (file ? gz(readAsset(file)) : 0))(bootBlockOf(text)?.data),
    htmlRaw: html.length,
  };
}

/** A page of a `next build` (`distDir` = the app's `.next`), e.g. `ja/explainers/x.html`. */
export function weighBuiltPage(distDir: string, htmlFile: string): Weight {
  const html = readFileSync(path.join(distDir, 'server', 'app', htmlFile));
  return weighHtml(html, (url) => readFileSync(path.join(distDir, url.replace(/^\/_next\//, ''))));
}

/** A page of the static site in `out/` (`npm run build:static`). */
export function weighExportedPage(outDir: string, htmlFile: string): Weight {
  const html = readFileSync(path.join(outDir, htmlFile));
  return weighHtml(html, (url) => readFileSync(path.join(outDir, url)));
}

export const totalOf = (weight: Weight) => weight.js + weight.css + weight.html + weight.data;
