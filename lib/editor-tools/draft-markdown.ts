// DraftExplainer → the Markdown of an explainer file. The body is built as an mdast tree and
// written by mdast-util-to-markdown (with the directive and front-matter extensions, the same
// syntax the content layer parses), and the front matter by the yaml library, so that quotes,
// colons, a leading `#` or `-` and the like are escaped by code that knows the syntax.
import type { BlockContent, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { directiveToMarkdown } from 'mdast-util-directive';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import { Document, isMap, isScalar, isSeq } from 'yaml';
import type { DraftBlock, DraftExplainer, DraftFieldName, DraftFrontMatter, DraftPage } from './draft';

/** The field order of CONTENT.md, so every generated file reads the same way. */
const FIELD_ORDER: readonly DraftFieldName[] = [
  'title', 'lead', 'keyPoints', 'published', 'updated', 'topics', 'author', 'draft', 'corrections',
];

export function draftToMarkdown(draft: DraftExplainer): string {
  const root: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: frontMatterYaml(draft) }, ...draft.pages.flatMap(pageNodes)],
  };
  return toMarkdown(root, {
    extensions: [directiveToMarkdown(), frontmatterToMarkdown(['yaml'])],
    bullet: '-',
    listItemIndent: 'one',
  });
}

function frontMatterYaml(draft: DraftExplainer): string {
  const fields: Partial<Record<DraftFieldName, unknown>> = {};
  for (const name of FIELD_ORDER) {
    const value: DraftFrontMatter[DraftFieldName] = draft.frontMatter[name];
    if (value !== undefined) fields[name] = value;
  }
  const doc = new Document(fields);
  if (draft.headerComment) doc.commentBefore = asComment(draft.headerComment);
  if (draft.closingComment) doc.comment = asComment(draft.closingComment);
  const contents = doc.contents;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value) as DraftFieldName;
      const comment = draft.fieldComments?.[name];
      if (comment) pair.key.commentBefore = asComment(comment);
      // `topics: [a, b]` as in CONTENT.md's example; the other lists stay one item per line.
      if (name === 'topics' && isSeq(pair.value)) pair.value.flow = true;
    }
  }
  // lineWidth 0: never fold a long lead over several lines; the checker wants titles on one line.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** yaml writes `#` before each line of a comment; a leading space keeps `# text` readable. */
function asComment(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => ` ${line}`)
    .join('\n');
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function pageNodes(page: DraftPage): RootContent[] {
  const nodes: RootContent[] = [
    { type: 'leafDirective', name: 'page', attributes: { title: page.title, teaser: page.teaser }, children: [] },
    ...page.opener.map(paragraph),
  ];
  for (const section of page.sections) {
    nodes.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: section.heading }] });
    if (section.qa) {
      nodes.push({
        type: 'containerDirective',
        name: 'qa',
        attributes: { question: section.qa.question },
        children: [paragraph(section.qa.answer)],
      });
    }
    nodes.push(...section.blocks.map(blockNode));
  }
  return nodes;
}

function blockNode(block: DraftBlock): BlockContent {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.text);
    case 'source': {
      const items: ListItem[] = block.points.map((point) => ({ type: 'listItem', spread: false, children: [paragraph(point)] }));
      return {
        type: 'containerDirective',
        name: 'source',
        attributes: { name: block.name, url: block.url },
        children: [{ type: 'list', ordered: false, spread: false, children: items }],
      };
    }
    case 'commentary':
    case 'voice':
      return { type: 'containerDirective', name: block.type, attributes: {}, children: block.paragraphs.map(paragraph) };
  }
}
