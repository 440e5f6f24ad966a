// Every web address an explainer sends readers to, with where it is written: source cards'
// `url="…"` and prose links `[text](…)`. Read from the content layer's own Markdown parser, so
// the positions are the ones check:content reports and nothing in a code span or escaped text is
// mistaken for an address.
import fs from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { defaultContentDir } from '@/lib/content/config';
import { parseMarkdown } from '@/lib/content/parse/markdown';
import { scanContent } from '@/lib/content/parse/scan';
import { decodeSourceText } from '@/lib/content/parse/source-text';

export interface LinkPlace {
  /** Path relative to the base folder, as check:content prints it. */
  path: string;
  line: number;
  column: number;
  /** `source` for a source card's url, `link` for a link in the text. */
  kind: 'source' | 'link';
}

export interface CollectedLinks {
  /** Each distinct address once, with every place it is written, in file order. */
  addresses: Map<string, LinkPlace[]>;
  files: number;
}

/** Addresses written in one Markdown text. Only absolute http(s) addresses: the rest are check:content's business. */
export function linksInText(text: string, filePath: string): { url: string; place: LinkPlace }[] {
  const found: { url: string; place: LinkPlace }[] = [];
  const add = (url: string, node: Nodes, kind: LinkPlace['kind']) => {
    const start = node.position?.start;
    if (!start || !/^https?:\/\//i.test(url)) return;
    found.push({ url, place: { path: filePath, line: start.line, column: start.column, kind } });
  };
  visit(parseMarkdown(text), (node) => {
    if (node.type === 'link') add(node.url, node, 'link');
    // Any directive with a url attribute (the source card today; blocks added later the same way).
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && node.attributes?.url) {
      add(node.attributes.url, node, 'source');
    }
  });
  return found;
}

export function collectLinks(options: { contentDir?: string; baseDir?: string } = {}): CollectedLinks {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  const baseDir = options.baseDir ?? process.cwd();
  const display = (absolute: string) => {
    const relative = path.relative(baseDir, absolute);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
  };
  const addresses = new Map<string, LinkPlace[]>();
  let files = 0;
  for (const folder of scanContent(contentDir, display).folders) {
    for (const file of folder.markdown.values()) {
      const decoded = decodeSourceText(fs.readFileSync(file.absolute));
      // A file that is not UTF-8 text is reported by check:content; there is nothing to request.
      if (!decoded.ok) continue;
      files += 1;
      for (const { url, place } of linksInText(decoded.text, file.path)) {
        const places = addresses.get(url) ?? [];
        places.push(place);
        addresses.set(url, places);
      }
    }
  }
  return { addresses, files };
}
