// The body of an explainer file: mdast → pages → sections → blocks, in the editor's order.
// Every construct outside the format is reported at its line; checking goes on after an error so
// that one run shows everything.
import { slug as slugify } from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { publicImageUrl } from '../config';
import { DIRECTIVE_NAMES, DIRECTIVES, imagePathProblem, isContainerName, isDirectiveName, readAttributes } from './directives';
import type { IssueList, SourcePosition } from '../checks/issues';
import { startOf, type ContainerDirectiveNode, type LeafDirectiveNode } from './markdown';
import { describeNode, isProseNode, listItems, paragraphInlines, toProse } from './prose';
import { readTimelineEntries } from './timeline';
import { inlineText, joinSoftBreaks } from './text';
import type { ExplainerPage, Inline, Prose, QuickQA, Section, SectionBlock, SourceSummary, Timeline } from '../types';

export interface BodyContext {
  issues: IssueList;
  slug: string;
  /** Names of the files in this explainer's images/ folder. */
  images: ReadonlySet<string>;
  /** Filled in while reading: the images this file uses. */
  usedImages: Set<string>;
  /** Filled in while reading: the address of every valid source card, where the card starts. */
  sourceLinks?: SourceLink[];
  /** The file's lines, to tell whether a block was closed. */
  lines: readonly string[];
  reportTextBeforeFirstPage: boolean;
}

export interface SourceLink {
  url: string;
  at: SourcePosition;
}

export interface Body {
  pages: ExplainerPage[];
  /** Where each page's `::page` line is, for checks across files (translations). */
  pageStarts: SourcePosition[];
}

const CONTAINER_NAMES = DIRECTIVE_NAMES.filter(isContainerName);
const PAGE_HINT = 'start each page with a line ::page{title="…" teaser="…"}';

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

function readContainer(node: ContainerDirectiveNode, section: Section | undefined, context: BodyContext): void {
  const { issues } = context;
  const at = startOf(node);
  const name = node.name;
  if (!isContainerName(name)) {
    if (name === 'page') issues.error(at, '::page is written with two colons and no closing :::', `write ${DIRECTIVES.page.usage}`);
    else issues.error(at, `unknown block ":::${name}"`, unknownBlockHint(name));
    return;
  }
  const { marker } = DIRECTIVES[name];
  const [first, ...others] = node.children;
  const content = first?.type === 'paragraph' && first.data?.directiveLabel ? others : node.children;
  if (content !== node.children) issues.error(startOf(first ?? node), `${marker} takes no [label]`, `remove the [ ] part: ${DIRECTIVES[name].usage}`);

  if (!section) {
    issues.error(at, `${marker} must be inside a section`, 'put it after a ## heading; before the first heading a page has only paragraphs and lists');
  }
  if (name === 'qa') {
    const qa = readQA(node, content, context);
    if (!section || !qa) return;
    if (section.qa) issues.error(at, 'a section has only one :::qa', 'keep one question per section');
    else if (section.blocks.length > 0) issues.error(at, ':::qa must come right after the section heading', 'move it up, directly under the ## heading');
    else section.qa = qa;
    return;
  }
  const block =
    name === 'source'
      ? readSource(node, content, context)
      : name === 'timeline'
        ? readTimeline(node, content, context)
        : name === 'view'
          ? readView(node, content, context)
          : readAside(node, name, content, context);
  if (section && block) section.blocks.push(block);
}

type FlowChild = ContainerDirectiveNode['children'][number];

function readQA(node: ContainerDirectiveNode, content: FlowChild[], context: BodyContext): QuickQA | undefined {
  const attributes = readAttributes(node, DIRECTIVES.qa, context.issues);
  const [answer, extra] = content;
  if (!answer) {
    context.issues.error(startOf(node), 'the Q&A has no answer', 'write the short answer on the line after :::qa{question="…"}, then close with :::');
    return undefined;
  }
  if (answer.type !== 'paragraph' || extra) {
    context.issues.error(startOf(extra ?? answer), 'the answer of a Q&A must be one short paragraph', 'keep the answer to one paragraph; longer text goes after the Q&A');
    return undefined;
  }
  const inlines = paragraphInlines(answer, context.issues);
  return attributes && inlines ? { question: attributes.question, answer: inlines } : undefined;
}

function readSource(node: ContainerDirectiveNode, content: FlowChild[], context: BodyContext): SourceSummary | undefined {
  const { issues } = context;
  const attributes = readAttributes(node, DIRECTIVES.source, issues);
  const lists = content.filter((child) => child.type === 'list');
  for (const child of content) {
    if (child.type !== 'list') {
      issues.error(startOf(child), `a source card holds only its list of points, not ${describeNode(child.type)}`, 'list the points as "- " lines; put your own reading in a :::commentary block after the card');
    }
  }
  const [list, second] = lists;
  if (second) issues.error(startOf(second), 'a source card has one list of points', 'join the points into one list');
  if (!list) {
    issues.error(startOf(node), 'the source card has no points', 'list the points taken from the source as "- " lines between :::source{…} and :::');
    return undefined;
  }
  const points = listItems(list, issues);
  const image = sourceImage(node, context);
  if (!attributes || points.length === 0 || image === false) return undefined;
  const source: SourceSummary = { type: 'source', name: attributes.name, url: attributes.url, points };
  const at = startOf(node);
  if (at) context.sourceLinks?.push({ url: attributes.url, at });
  if (image && attributes.alt !== undefined && attributes.credit !== undefined) {
    source.image = { src: image, alt: attributes.alt, credit: attributes.credit };
  }
  return source;
}

/**
 * The public URL of a source card's image; undefined without one, false when the file is missing.
 * Read from the raw attribute so that the file is checked (and counted as used) even when another
 * attribute of the card is wrong.
 */
function sourceImage(node: ContainerDirectiveNode, context: BodyContext): string | undefined | false {
  const value = node.attributes?.image;
  // A malformed path is reported by the attribute schema; only well-formed ones are looked up.
  if (typeof value !== 'string' || imagePathProblem(value) !== undefined) return undefined;
  const file = value.slice(value.indexOf('/') + 1);
  if (!context.images.has(file)) {
    context.issues.error(startOf(node), `:::source image="${value}": the file does not exist`, `put the file in content/explainers/${context.slug}/images/, or fix the name (names are case-sensitive)`);
    return false;
  }
  context.usedImages.add(file);
  return publicImageUrl(context.slug, file);
}

type AsideName = 'commentary' | 'voice' | 'known' | 'unknown';

function readAside(node: ContainerDirectiveNode, name: AsideName, content: FlowChild[], context: BodyContext): SectionBlock | undefined {
  const attributes = readAttributes(node, DIRECTIVES[name], context.issues);
  const children = readAsideProse(node, name, content, context);
  if (!attributes || !children) return undefined;
  return { type: name, children };
}

function readView(node: ContainerDirectiveNode, content: FlowChild[], context: BodyContext): SectionBlock | undefined {
  const attributes = readAttributes(node, DIRECTIVES.view, context.issues);
  const children = readAsideProse(node, 'view', content, context);
  if (!attributes || !children) return undefined;
  return { type: 'view', ...attributes, children };
}

function readTimeline(node: ContainerDirectiveNode, content: FlowChild[], context: BodyContext): Timeline | undefined {
  const { issues } = context;
  const attributes = readAttributes(node, DIRECTIVES.timeline, issues);
  const [list, ...rest] = content;
  for (const extra of list?.type === 'list' ? rest : content) {
    issues.error(startOf(extra), `a :::timeline holds only its list of entries, not ${describeNode(extra.type)}`, DIRECTIVES.timeline.usage);
  }
  if (!list || list.type !== 'list') {
    if (content.length === 0) issues.error(startOf(node), 'the :::timeline has no entries', DIRECTIVES.timeline.usage);
    return undefined;
  }
  const entries = readTimelineEntries(list, issues);
  return attributes && entries.length > 0 ? { type: 'timeline', entries } : undefined;
}

function readAsideProse(node: ContainerDirectiveNode, name: AsideName | 'view', content: FlowChild[], context: BodyContext): Prose[] | undefined {
  const { issues } = context;
  const { marker } = DIRECTIVES[name];
  const children: Prose[] = [];
  for (const child of content) {
    if (isProseNode(child)) {
      const prose = toProse(child, issues);
      if (prose) children.push(prose);
    } else if (child.type === 'leafDirective') {
      reportLeaf(child, issues);
    } else {
      issues.error(startOf(child), `${marker} cannot contain ${describeNode(child.type)}`, 'use paragraphs, "- " lists and "> " quotations only');
    }
  }
  if (content.length === 0) issues.error(startOf(node), `the ${marker} block is empty`, `write its text between ${marker} and :::, or delete it`);
  return children.length > 0 ? children : undefined;
}

function reportLeaf(node: LeafDirectiveNode, issues: IssueList): void {
  const name = node.name;
  if (isDirectiveName(name)) {
    issues.error(startOf(node), `"::${name}" needs three colons and a closing line`, `write ${DIRECTIVES[name].usage}`);
  } else {
    issues.error(startOf(node), `unknown block "::${name}"`, unknownBlockHint(name));
  }
}

function unknownBlockHint(name: string): string {
  const near = DIRECTIVE_NAMES.find((known) => known.toLowerCase() === name.toLowerCase());
  const list = `the blocks are ::page and ${CONTAINER_NAMES.map((known) => `:::${known}`).join(', ')}`;
  return near ? `did you mean ${near}? Names are case-sensitive; ${list}` : list;
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
