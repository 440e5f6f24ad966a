// mdast phrasing content → our restricted Inline type. Whatever is not in the allowed set is
// reported where it is written, and left out of the result.
import type { PhrasingContent } from 'mdast';
import type { IssueList } from '../checks/issues';
import { startOf } from './markdown';
import type { Inline } from '../types';
import { HTTPS_HINT, httpsProblem } from '../checks/urls';

const HTML_HINT = 'raw HTML is not allowed; remove the tag and use **bold** or *italic* for emphasis';

export function toInlines(nodes: readonly PhrasingContent[], issues: IssueList): Inline[] {
  const result: Inline[] = [];
  for (const node of nodes) {
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
