// The `:::` blocks of a section (Q&A, source card, timeline, commentary, voice, known, unknown,
// view), read from their directive nodes into the content types; body.ts hands them over. Each
// wrong attribute, child or missing part is reported at its line.
import { publicImageUrl } from '../config';
import type { IssueList, SourcePosition } from '../checks/issues';
import { DIRECTIVE_NAMES, DIRECTIVES, imagePathProblem, isContainerName, isDirectiveName, readAttributes } from './directives';
import { startOf, type ContainerDirectiveNode, type LeafDirectiveNode } from './markdown';
import { describeNode, isProseNode, listItems, paragraphInlines, toProse } from './prose';
import { readTimelineEntries } from './timeline';
import type { Prose, QuickQA, Section, SectionBlock, SourceSummary, Timeline } from '../types';

/** What reading a block needs from the file around it, and what it records there. */
export interface BlockContext {
  issues: IssueList;
  slug: string;
  /** Names of the files in this explainer's images/ folder. */
  images: ReadonlySet<string>;
  /** Filled in while reading: the images this file uses. */
  usedImages: Set<string>;
  /** Filled in while reading: the address of every valid source card, where the card starts. */
  sourceLinks?: SourceLink[];
}

export interface SourceLink {
  url: string;
  at: SourcePosition;
}

const CONTAINER_NAMES = DIRECTIVE_NAMES.filter(isContainerName);

export function readContainer(node: ContainerDirectiveNode, section: Section | undefined, context: BlockContext): void {
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

function readQA(node: ContainerDirectiveNode, content: FlowChild[], context: BlockContext): QuickQA | undefined {
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

function readSource(node: ContainerDirectiveNode, content: FlowChild[], context: BlockContext): SourceSummary | undefined {
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
function sourceImage(node: ContainerDirectiveNode, context: BlockContext): string | undefined | false {
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

function readAside(node: ContainerDirectiveNode, name: AsideName, content: FlowChild[], context: BlockContext): SectionBlock | undefined {
  const attributes = readAttributes(node, DIRECTIVES[name], context.issues);
  const children = readAsideProse(node, name, content, context);
  if (!attributes || !children) return undefined;
  return { type: name, children };
}

function readView(node: ContainerDirectiveNode, content: FlowChild[], context: BlockContext): SectionBlock | undefined {
  const attributes = readAttributes(node, DIRECTIVES.view, context.issues);
  const children = readAsideProse(node, 'view', content, context);
  if (!attributes || !children) return undefined;
  return { type: 'view', ...attributes, children };
}

function readTimeline(node: ContainerDirectiveNode, content: FlowChild[], context: BlockContext): Timeline | undefined {
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

function readAsideProse(node: ContainerDirectiveNode, name: AsideName | 'view', content: FlowChild[], context: BlockContext): Prose[] | undefined {
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

export function reportLeaf(node: LeafDirectiveNode, issues: IssueList): void {
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
