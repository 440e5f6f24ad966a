// mdast paragraphs, lists and block quotes → our Prose type.
import type { BlockContent, DefinitionContent, List, Paragraph, RootContent } from 'mdast';
import { toInlines } from './inline';
import type { IssueList } from '../checks/issues';
import { startOf } from './markdown';
import { joinSoftBreaks } from './text';
import type { Inline, Prose } from '../types';

type FlowNode = RootContent | BlockContent | DefinitionContent;

export function isProseNode(node: FlowNode): node is Paragraph | List | Extract<FlowNode, { type: 'blockquote' }> {
  return node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote';
}

/** The inline content of a paragraph, or undefined when nothing valid is left in it. */
export function paragraphInlines(paragraph: Paragraph, issues: IssueList): Inline[] | undefined {
  const first = paragraph.children[0];
  if (first?.type === 'text' && first.value.startsWith('::')) {
    issues.error(
      startOf(paragraph),
      'this line starts with colons but is not a block marker',
      'write the block name right after the colons with no space (:::commentary), and close each block with one ::: line',
    );
    return undefined;
  }
  // Tables are not part of our Markdown: without a table syntax, a GFM table is a paragraph of pipes.
  if (first?.type === 'text' && first.value.startsWith('|')) {
    issues.error(startOf(paragraph), 'tables are not allowed', 'write the information as a "- " list or as sentences');
    return undefined;
  }
  const inlines = toInlines(paragraph.children, issues);
  joinSoftBreaks(inlines);
  return inlines.length > 0 ? inlines : undefined;
}

/** The items of a flat list, each one paragraph. */
export function listItems(list: List, issues: IssueList): Inline[][] {
  const items: Inline[][] = [];
  for (const item of list.children) {
    const [only, ...rest] = item.children;
    if (!only) {
      issues.error(startOf(item), 'the list item is empty', 'write text after the "- ", or delete the line');
      continue;
    }
    const extra = rest[0];
    if (only.type !== 'paragraph' || extra) {
      const culprit = only.type !== 'paragraph' ? only : extra ?? only;
      issues.error(startOf(culprit), ...listItemProblem(culprit.type));
      continue;
    }
    const inlines = paragraphInlines(only, issues);
    if (inlines) items.push(inlines);
  }
  return items;
}

function listItemProblem(type: string): [string, string] {
  if (type === 'list') return ['lists inside lists are not supported', 'write each point as its own "- " line at the left margin'];
  if (type === 'paragraph') {
    return ['a list item can hold only one paragraph', 'remove the blank line inside the item, or start a new "- " item'];
  }
  return [`a list item can hold only text, not ${describeNode(type)}`, 'write the item as one line of text'];
}

/** Paragraph, list or quote → Prose; errors are reported and yield undefined. */
export function toProse(node: Paragraph | List | Extract<FlowNode, { type: 'blockquote' }>, issues: IssueList): Prose | undefined {
  switch (node.type) {
    case 'paragraph': {
      const children = paragraphInlines(node, issues);
      return children && { type: 'paragraph', children };
    }
    case 'list': {
      const items = listItems(node, issues);
      return items.length > 0 ? { type: 'list', ordered: node.ordered === true, items } : undefined;
    }
    case 'blockquote': {
      const children: Inline[][] = [];
      for (const child of node.children) {
        if (child.type !== 'paragraph') {
          issues.error(startOf(child), `a quotation can hold only paragraphs, not ${describeNode(child.type)}`, 'write the quoted text as plain "> " lines');
          continue;
        }
        const inlines = paragraphInlines(child, issues);
        if (inlines) children.push(inlines);
      }
      return children.length > 0 ? { type: 'quote', children } : undefined;
    }
  }
}

/** Editor-facing names of Markdown constructs. */
export function describeNode(type: string): string {
  switch (type) {
    case 'heading':
      return 'a heading';
    case 'list':
      return 'a list';
    case 'code':
      return 'a code block';
    case 'html':
      return 'HTML';
    case 'thematicBreak':
      return 'a horizontal rule';
    case 'blockquote':
      return 'a quotation';
    case 'containerDirective':
    case 'leafDirective':
      return 'a block';
    case 'table':
      return 'a table';
    default:
      return `"${type}"`;
  }
}
