// The body of an explainer file: mdast → pages → sections, in the editor's order; the `:::` blocks
// inside a section are read by blocks.ts. Every construct outside the format is reported at its
// line; checking goes on after an error so that one run shows everything.
import { slug as slugify } from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { DIRECTIVES, readAttributes } from './directives';
import type { IssueList, SourcePosition } from '../checks/issues';
import { readContainer, reportLeaf, type BlockContext } from './blocks';
import { startOf, type ContainerDirectiveNode, type LeafDirectiveNode } from './markdown';
import { describeNode, isProseNode, toProse } from './prose';
import { inlineText, joinSoftBreaks } from './text';
import type { ExplainerPage, Inline, Section } from '../types';

const PAGE_HINT = 'start each page with a line ::page{title="…" teaser="…"}';

export interface BodyContext extends BlockContext {
  /** The file's lines, to tell whether a block was closed. */
  lines: readonly string[];
  reportTextBeforeFirstPage: boolean;
}

export interface Body {
  pages: ExplainerPage[];
  /** Where each page's `::page` line is, for checks across files (translations). */
  pageStarts: SourcePosition[];
}

export function readBody(root: Root, bodyStart: SourcePosition, context: BodyContext): Body {
  const { issues } = context;
  const pages: ExplainerPage[] = [];
  const pageStarts: SourcePosition[] = [];
  const sectionIds = new Map<string, number>();
  const sectionStarts = new Map<Section, SourcePosition | undefined>();
  let page: ExplainerPage | undefined;
  let section: Section | undefined;
  // Sections that received anything, valid or not: an invalid block is reported once, not again as
  // "the section has no text".
  const filled = new Set<Section>();
  let reportedBeforeFirstPage = !context.reportTextBeforeFirstPage;

  // A work list rather than a loop over the tree: what an unclosed block swallowed goes back into it.
  const queue: RootContent[] = [...root.children];
  for (let index = 0; index < queue.length; index++) {
    const node = queue[index];
    if (!node || node.type === 'yaml') continue;
    if (node.type === 'leafDirective' && node.name === 'page') {
      page = startPage(node, pages.length + 1, context);
      section = undefined;
      pages.push(page);
      pageStarts.push(startOf(node) ?? bodyStart);
      continue;
    }
    if (!page) {
      // Everything up to the first marker is one mistake; reporting each paragraph would be noise.
      if (!reportedBeforeFirstPage) issues.error(startOf(node), 'the body must start with a ::page line', PAGE_HINT);
      reportedBeforeFirstPage = true;
      continue;
    }
    if (node.type === 'heading') {
      const next = readHeading(node, sectionIds, issues);
      if (next) {
        section = next;
        page.sections.push(section);
        sectionStarts.set(section, startOf(node));
      }
      continue;
    }
    if (section) filled.add(section);
    if (isProseNode(node)) {
      const prose = toProse(node, issues);
      if (prose) (section ? section.blocks : page.intro).push(prose);
      continue;
    }
    if (node.type === 'containerDirective') {
      const swallowed = unclosedRest(node, context);
      queue.splice(index + 1, 0, ...swallowed);
      readContainer(swallowed.length > 0 ? { ...node, children: node.children.slice(0, -swallowed.length) } : node, section, context);
      continue;
    }
    if (node.type === 'leafDirective') {
      reportLeaf(node, issues);
      continue;
    }
    reportUnexpected(node, issues);
  }

  if (pages.length === 0) {
    issues.error(bodyStart, 'the explainer has no pages', `${PAGE_HINT}; an explainer has at least two pages`);
  } else if (pages.length === 1) {
    issues.error(pageStarts[0], 'the explainer has only one page', 'an explainer has at least two pages; add another ::page{title="…" teaser="…"} line');
  }
  pages.forEach((each, index) => {
    if (each.sections.length === 0) {
      issues.error(pageStarts[index], `page ${each.number} has no section`, 'add a ## heading and its text after the ::page line');
    }
    for (const part of each.sections) {
      if (part.blocks.length === 0 && !filled.has(part)) {
        issues.error(sectionStarts.get(part), `the section "${part.heading}" has no text`, 'write at least one paragraph after the heading (and its Q&A)');
      }
    }
  });
  return { pages, pageStarts };
}

function startPage(node: LeafDirectiveNode, number: number, context: BodyContext): ExplainerPage {
  const attributes = readAttributes(node, DIRECTIVES.page, context.issues);
  if (node.children.length > 0) {
    context.issues.error(startOf(node), '::page takes no [label]', `remove the [ ] part: ${DIRECTIVES.page.usage}`);
  }
  return { number, title: attributes?.title ?? '', teaser: attributes?.teaser ?? '', intro: [], sections: [] };
}

function readHeading(node: Heading, sectionIds: Map<string, number>, issues: IssueList): Section | undefined {
  const at = startOf(node);
  if (node.depth !== 2) {
    if (node.depth === 1) {
      issues.error(at, 'a # heading is not allowed in the body', 'the title comes from "title:" in the front matter; use ## for a section heading');
    } else {
      issues.error(at, `a ${'#'.repeat(node.depth)} heading is not allowed`, 'use ## for a new section; sections have no sub-headings (use **bold** text instead)');
    }
    return undefined;
  }
  const parts: Inline[] = [];
  for (const child of node.children) {
    if (child.type === 'text') parts.push({ type: 'text', value: child.value });
    else if (child.type === 'break') parts.push({ type: 'text', value: '\n' });
    else issues.error(startOf(child), 'a heading can only contain plain text', 'remove the **, *, links or other markup from the heading');
  }
  joinSoftBreaks(parts);
  const heading = inlineText(parts).trim();
  if (heading === '') {
    issues.error(at, 'the heading is empty', 'write the section heading after "## "');
    return undefined;
  }
  const id = slugify(heading);
  if (id === '') {
    issues.error(at, 'the heading has no letter or digit', 'a heading needs words: it also becomes the section link (#…)');
  } else {
    const firstLine = sectionIds.get(id);
    if (firstLine !== undefined) {
      issues.error(at, `the section link "#${id}" is already used by the heading on line ${firstLine}`, 'make the two headings different: each heading becomes its section link');
    } else {
      sectionIds.set(id, at?.line ?? 0);
    }
  }
  return { id, heading, blocks: [] };
}

const isStructural = (node: RootContent) =>
  node.type === 'heading' || node.type === 'containerDirective' || (node.type === 'leafDirective' && node.name === 'page');

/**
 * A block without its closing `:::` runs to the end of the file in Markdown, taking the headings,
 * pages and blocks after it as its content. Report it once, and give back what follows the first
 * such node so that the rest of the file is still checked as the editor meant it.
 */
function unclosedRest(node: ContainerDirectiveNode, context: BodyContext): RootContent[] {
  const marker = `:::${node.name}`;
  const line = node.position?.start.line ?? 0;
  const split = node.children.findIndex(isStructural);
  if (split >= 0) {
    const rest = node.children.slice(split);
    context.issues.error(startOf(rest[0] ?? node), `the ${marker} block that starts on line ${line} is not closed before this line`, 'end each block with a line ::: (blocks cannot be nested)');
    return rest;
  }
  const endLine = node.position?.end.line;
  const last = endLine === undefined ? undefined : context.lines[endLine - 1]?.trim();
  const closed = last !== undefined && last.length >= 3 && [...last].every((char) => char === ':');
  if (!closed) context.issues.error(startOf(node), `the ${marker} block is not closed`, 'end it with a line :::');
  return [];
}

function reportUnexpected(node: RootContent, issues: IssueList): void {
  const at = startOf(node);
  switch (node.type) {
    case 'html':
      if (node.value.startsWith('<!--')) {
        issues.error(at, 'HTML comments (<!-- … -->) are not allowed', 'keep notes outside the content files; the page must show everything the file says');
      } else {
        issues.error(at, 'HTML is not allowed', 'remove the HTML; write plain Markdown text');
      }
      return;
    case 'code':
      issues.error(at, 'code blocks are not allowed', 'remove the ``` lines; text indented by four spaces is also read as code');
      return;
    case 'thematicBreak':
      issues.error(at, 'horizontal rules (---, ***) are not allowed', 'start a new section with ## or a new page with ::page{…}');
      return;
    case 'definition':
      issues.error(at, 'link definitions ([name]: https://…) are not supported', 'write each link where it is used: [text](https://…)');
      return;
    default:
      issues.error(at, `${describeNode(node.type)} is not allowed here`, 'use paragraphs, "- " lists, "> " quotations and the blocks described in CONTENT.md');
  }
}
