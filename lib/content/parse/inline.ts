// mdast phrasing content → our restricted Inline type. Whatever is not in the allowed set is
// reported where it is written, and left out of the result.
import type { PhrasingContent } from 'mdast';
import type { IssueList } from '../checks/issues';
import { readAttributes, TEXT_DIRECTIVES } from './directives';
import { startOf, type TextDirectiveNode } from './markdown';
import { inlineText } from './text';
import type { Inline } from '../types';
import { HTTPS_HINT, httpsProblem } from '../checks/urls';

const HTML_HINT = 'raw HTML is not allowed; remove the tag and use **bold** or *italic* for emphasis';

export function toInlines(nodes: readonly PhrasingContent[], issues: IssueList): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'textDirective' && node.name === 'allow') {
      // An exception to a prose rule is read by the prose check only: readers get its words.
      readAttributes(node, TEXT_DIRECTIVES.allow, issues);
      result.push(...toInlines(node.children, issues));
      continue;
    }
    const inline = toInline(node, issues);
    if (inline) result.push(inline);
  }
  return result;
}

function toInline(node: PhrasingContent, issues: IssueList): Inline | undefined {
  const at = startOf(node);
  switch (node.type) {
    case 'text':
      return { type: 'text', value: node.value };
    case 'strong':
      return { type: 'strong', children: toInlines(node.children, issues) };
    case 'emphasis':
      return { type: 'emphasis', children: toInlines(node.children, issues) };
    case 'break':
      return { type: 'break' };
    case 'link': {
      const problem = httpsProblem(node.url);
      if (problem) {
        issues.error(at, `link ${problem}`, HTTPS_HINT);
        return undefined;
      }
      const children = toInlines(node.children, issues);
      if (children.length === 0) {
        issues.error(at, 'the link has no text', 'write the words to click between the brackets: [記事の名前](https://…)');
        return undefined;
      }
      return { type: 'link', url: node.url, children };
    }
    case 'html':
      issues.error(at, `HTML is not allowed: ${node.value}`, HTML_HINT);
      return undefined;
    case 'inlineCode':
      issues.error(at, 'code (text between backticks `) is not allowed', 'remove the backticks; use quotation marks 「」 or "" instead');
      return undefined;
    case 'image':
    case 'imageReference':
      issues.error(at, 'images are not allowed in the text', 'put an image on a source card: :::source{… image="images/file.jpg" alt="…" credit="…"}');
      return undefined;
    case 'linkReference':
      issues.error(at, 'reference-style links are not supported', 'write the link in one place: [text](https://…)');
      return undefined;
    case 'textDirective':
      if (node.name === 'term' || node.name === 'ruby') return readMark(node, node.name, issues);
      issues.error(
        at,
        `":${node.name}" is read as an inline directive, which is not allowed`,
        'a colon directly followed by a letter starts a directive; put a space after the colon, or write \\: instead of :',
      );
      return undefined;
    default:
      issues.error(at, `unsupported Markdown (${node.type})`, 'use plain text, **bold**, *italic* and [links](https://…) only');
      return undefined;
  }
}

const HAN = /\p{Script=Han}/u;

/** Whether a word has a kanji to read: a reading over kana or Latin letters helps no one. */
export function hasKanji(text: string): boolean {
  return HAN.test(text);
}

function readMark(node: TextDirectiveNode, name: 'term' | 'ruby', issues: IssueList): Inline | undefined {
  const spec = TEXT_DIRECTIVES[name];
  const at = startOf(node) ?? { line: 1, column: 1 };
  let nested = false;
  const children = toInlines(node.children, issues).filter((child) => {
    if (child.type === 'term' || child.type === 'ruby') {
      if (!nested) issues.error(at, `${spec.marker} cannot contain another mark`, `write the words in [ ] as plain text: ${spec.usage}`);
      nested = true;
      return false;
    }
    return true;
  });
  const label = inlineText(children).trim();
  if (label === '') {
    issues.error(at, `${spec.marker} has no words in [ ]`, `write the marked words in the brackets: ${spec.usage}`);
    return undefined;
  }
  // What is left of a mark with a mark inside is not the editor's term: one message is enough.
  if (nested) return undefined;
  if (name === 'ruby') {
    const attributes = readAttributes(node, TEXT_DIRECTIVES.ruby, issues);
    if (!attributes) return undefined;
    if (!hasKanji(label)) {
      issues.error(at, `a reading on "${label}", a word with no kanji`, 'readings are for kanji; remove :ruby and keep the word as plain text');
      return undefined;
    }
    return { type: 'ruby', base: label, reading: attributes.reading };
  }
  const attributes = readAttributes(node, TEXT_DIRECTIVES.term, issues);
  if (!attributes) return undefined;
  // Resolved against the glossary once every file is read (checks/glossary.ts): until then the id
  // is what the editor wrote, or the words themselves.
  return { type: 'term', id: attributes.id ?? label, children, first: false, at };
}
