// An explainer file as textlint documents, one per register (documents are textlint's AST,
// TxtAST). The file is parsed with the content layer's own parser (parse/markdown.ts: Markdown
// with our blocks), so every node keeps its true offset, line and column in the file, and what
// textlint reads is only what readers read: no `:::source{…}` line, no `{id="…"}`, no address.
//
// The register decides which rules apply (rules.ts): the editors' body text is です・ます, the
// points of a source card, the key points and the timeline are だ・である, titles, headings and
// questions are headlines, the readers' voice is spoken dialect, and a quotation is someone
// else's words.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../parse/markdown';
import type { FieldPath } from '../../parse/yaml';
import type { FrontMatter } from '../../parse/front-matter-schema';

export const REGISTERS = ['body', 'points', 'headline', 'voice', 'quote'] as const;
export type Register = (typeof REGISTERS)[number];

/** The TxtAST shape textlint's kernel accepts (see @textlint/ast-node-types). */
export interface TxtNode {
  type: string;
  raw: string;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  value?: string;
  children?: TxtNode[];
  [key: string]: unknown;
}

export interface ProseSource {
  text: string;
  frontMatter?: FrontMatter;
  locate(path: FieldPath): { line: number; column: number };
}

/** A timeline entry starts with its date (`2024-06: `), which is not prose. */
const TIMELINE_DATE = /^\d{4}(?:-\d{2}){0,2}:\s*/;

export function proseDocuments(source: ProseSource): Map<Register, TxtNode> {
  const { text } = source;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) };
  };
  const node = (type: string, start: number, end: number, extra: Partial<TxtNode> = {}): TxtNode => ({
    type,
    raw: text.slice(start, end),
    range: [start, end],
    loc: { start: position(start), end: position(end) },
    ...extra,
  });
  const offsets = (mdast: Nodes): [number, number] | undefined => {
    const start = mdast.position?.start.offset;
    const end = mdast.position?.end.offset;
    return start === undefined || end === undefined ? undefined : [start, end];
  };

  const blocks = new Map<Register, TxtNode[]>(REGISTERS.map((register) => [register, []]));
  const add = (register: Register, block: TxtNode | undefined) => {
    if (block) blocks.get(register)?.push(block);
  };

  const inline = (mdast: PhrasingContent): TxtNode | undefined => {
    const at = offsets(mdast);
    if (!at) return undefined;
    switch (mdast.type) {
      case 'text':
        return node('Str', at[0], at[1], { value: mdast.value });
      case 'strong':
        return node('Strong', at[0], at[1], { children: inlines(mdast.children) });
      case 'emphasis':
        return node('Emphasis', at[0], at[1], { children: inlines(mdast.children) });
      case 'link':
        return node('Link', at[0], at[1], { url: mdast.url, title: null, children: inlines(mdast.children) });
      case 'break':
        return node('Break', at[0], at[1]);
      case 'textDirective':
        // :term[…] and :ruby[…]: the label is text readers read; the braces are not.
        return node(mdast.name === 'ruby' ? 'Ruby' : 'Term', at[0], at[1], { children: inlines(mdast.children) });
      default:
        // Code and HTML are errors of the content check; nothing here for prose rules.
        return undefined;
    }
  };
  const inlines = (children: readonly PhrasingContent[]): TxtNode[] => children.flatMap((child) => inline(child) ?? []);

  const paragraph = (mdast: Extract<RootContent, { type: 'paragraph' }>, trim?: RegExp): TxtNode | undefined => {
    const at = offsets(mdast);
    if (!at) return undefined;
    let children = inlines(mdast.children);
    const first = children[0];
    const match = trim && first?.type === 'Str' ? trim.exec(first.raw) : null;
    if (first && match && match[0].length > 0) {
      const start = first.range[0] + match[0].length;
      children = [node('Str', start, first.range[1], { value: first.raw.slice(match[0].length) }), ...children.slice(1)];
      return node('Paragraph', start, at[1], { children });
    }
    return node('Paragraph', at[0], at[1], { children });
  };

  const flow = (mdast: RootContent, register: Register, trim?: RegExp): TxtNode | undefined => {
    const at = offsets(mdast);
    if (!at) return undefined;
    switch (mdast.type) {
      case 'paragraph':
        return paragraph(mdast, trim);
      case 'list':
        return node('List', at[0], at[1], {
          ordered: mdast.ordered === true,
          children: mdast.children.flatMap((item) => {
            const itemAt = offsets(item);
            if (!itemAt) return [];
            const children = item.children.flatMap((child) => flow(child, register, trim) ?? []);
            return [node('ListItem', itemAt[0], itemAt[1], { checked: null, spread: false, children })];
          }),
        });
      case 'blockquote':
        return node('BlockQuote', at[0], at[1], { children: mdast.children.flatMap((child) => flow(child, register) ?? []) });
      case 'heading':
        return node('Header', at[0], at[1], { depth: mdast.depth, children: inlines(mdast.children) });
      default:
        return undefined;
    }
  };

  // Prose blocks go to their register, quotations always to "quote".
  const prose = (mdast: RootContent, register: Register, trim?: RegExp) => {
    add(mdast.type === 'blockquote' ? 'quote' : register, flow(mdast, register, trim));
  };

  // A text attribute of a block (page title, teaser, question, label), as one paragraph.
  const attribute = (mdast: Extract<RootContent, { type: 'containerDirective' | 'leafDirective' }>, name: string, register: Register) => {
    const value = mdast.attributes?.[name];
    const start = mdast.position?.start.offset;
    if (typeof value !== 'string' || value === '' || start === undefined) return;
    const lineEnd = text.indexOf('\n', start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const quoted = line.indexOf(`${name}="${value}"`);
    const offset = quoted >= 0 ? start + quoted + name.length + 2 : start + line.indexOf(value);
    if (offset < start) return;
    add(register, textParagraph(offset, value.length));
  };

  const textParagraph = (start: number, length: number): TxtNode => {
    const end = start + length;
    return node('Paragraph', start, end, { children: [node('Str', start, end, { value: text.slice(start, end) })] });
  };

  const root: Root = parseMarkdown(text);
  for (const child of root.children) {
    switch (child.type) {
      case 'yaml':
        frontMatterFields(source, lineStarts).forEach(([register, start, length]) => add(register, textParagraph(start, length)));
        break;
      case 'heading':
        add('headline', flow(child, 'headline'));
        break;
      case 'leafDirective':
        if (child.name === 'page') {
          attribute(child, 'title', 'headline');
          attribute(child, 'teaser', 'headline');
        }
        break;
      case 'containerDirective': {
        const register: Register | undefined =
          child.name === 'source' || child.name === 'timeline' ? 'points' : child.name === 'voice' ? 'voice' : 'body';
        if (child.name === 'qa') attribute(child, 'question', 'headline');
        if (child.name === 'view') attribute(child, 'label', 'headline');
        const trim = child.name === 'timeline' ? TIMELINE_DATE : undefined;
        for (const inner of child.children) prose(inner, register, trim);
        break;
      }
      default:
        prose(child, 'body');
    }
  }

  const documents = new Map<Register, TxtNode>();
  for (const [register, children] of blocks) {
    if (children.length === 0) continue;
    documents.set(register, node('Document', 0, text.length, { children }));
  }
  return documents;
}

/** Front-matter texts with their register: [register, offset, length] where the value is written. */
function frontMatterFields(source: ProseSource, lineStarts: readonly number[]): [Register, number, number][] {
  const { frontMatter, text } = source;
  if (!frontMatter) return [];
  const fields: [Register, FieldPath, string][] = [
    ['headline', ['title'], frontMatter.title],
    ['body', ['lead'], frontMatter.lead],
    ...frontMatter.keyPoints.map((point, index): [Register, FieldPath, string] => ['points', ['keyPoints', index], point]),
    ...frontMatter.updates.map((update, index): [Register, FieldPath, string] => ['body', ['updates', index, 'text'], update.text]),
    ...frontMatter.corrections.map((correction, index): [Register, FieldPath, string] => ['body', ['corrections', index, 'text'], correction.text]),
  ];
  const found: [Register, number, number][] = [];
  for (const [register, path, value] of fields) {
    const at = source.locate(path);
    const lineStart = lineStarts[at.line - 1];
    if (lineStart === undefined) continue;
    let start = lineStart + at.column - 1;
    if (text[start] === '"' || text[start] === "'") start += 1;
    // Only a value written as it reads (on one line, no escapes) can be checked at true positions.
    if (text.slice(start, start + value.length) === value) found.push([register, start, value.length]);
  }
  return found;
}
