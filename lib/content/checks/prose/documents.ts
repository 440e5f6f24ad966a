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
import { inlineMarks, type ProseException } from './exceptions';
import { readerText } from './reader-text';

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

/** What textlint reads of one file: one document per register, over the reader text. */
export interface ProseDocuments {
  /** The file as textlint reads it (reader-text.ts); the documents' ranges are offsets in it. */
  text: string;
  documents: Map<Register, TxtNode>;
  /** A reader-text offset (of a message) back in the file. */
  toFile(offset: number): number;
  /** The editors' exceptions (`:allow[…]{rule="…"}`), at file offsets. */
  exceptions: ProseException[];
}

export function proseDocuments(source: ProseSource): ProseDocuments {
  const { text } = source;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const root: Root = parseMarkdown(text);
  const { cuts, exceptions } = inlineMarks(root);
  const reader = readerText(text, cuts);
  // Nodes are built from the parser's file offsets and placed in the reader text.
  const node = (type: string, start: number, end: number, extra: Partial<TxtNode> = {}): TxtNode => {
    const range: [number, number] = [reader.toReader(start), reader.toReader(end)];
    return { type, raw: reader.text.slice(...range), range, loc: { start: reader.position(range[0]), end: reader.position(range[1]) }, ...extra };
  };
  const offsets = (mdast: Nodes): [number, number] | undefined => {
    const start = mdast.position?.start.offset;
    const end = mdast.position?.end.offset;
    return start === undefined || end === undefined ? undefined : [start, end];
  };

  const blocks = new Map<Register, TxtNode[]>(REGISTERS.map((register) => [register, []]));
  const add = (register: Register, block: TxtNode | undefined) => {
    if (block) blocks.get(register)?.push(block);
  };

  const inline = (mdast: PhrasingContent): TxtNode | TxtNode[] | undefined => {
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
        // :term[…], :ruby[…], :allow[…]: the words in [ ] are read as running text (their syntax is
        // cut from the reader text), so they join the words around them.
        return inlines(mdast.children);
      default:
        // Code and HTML are errors of the content check; nothing here for prose rules.
        return undefined;
    }
  };
  const inlines = (children: readonly PhrasingContent[]): TxtNode[] => {
    const result: TxtNode[] = [];
    for (const child of children.flatMap((each) => inline(each) ?? [])) {
      const previous = result.at(-1);
      // Text on both sides of a cut mark is one Str, as a rule that reads Str by Str needs it.
      if (previous?.type === 'Str' && child.type === 'Str' && previous.range[1] === child.range[0]) {
        const range: [number, number] = [previous.range[0], child.range[1]];
        result[result.length - 1] = { ...previous, raw: reader.text.slice(...range), value: `${String(previous.value)}${String(child.value)}`, range, loc: { start: previous.loc.start, end: child.loc.end } };
      } else result.push(child);
    }
    return result;
  };

  const paragraph = (mdast: Extract<RootContent, { type: 'paragraph' }>, trim?: RegExp): TxtNode | undefined => {
    const at = offsets(mdast);
    if (!at) return undefined;
    let children = inlines(mdast.children);
    const first = children[0];
    const match = trim && first?.type === 'Str' ? trim.exec(first.raw) : null;
    if (first && match && match[0].length > 0) {
      // `first` is in the reader text; node() takes file offsets.
      const start = reader.toFile(first.range[0] + match[0].length);
      children = [node('Str', start, reader.toFile(first.range[1]), { value: first.raw.slice(match[0].length) }), ...children.slice(1)];
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
  return { text: reader.text, documents, toFile: reader.toFile, exceptions };
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
