// The Markdown parser: CommonMark (remark-parse) plus YAML front matter and generic directives
// (`::page{…}`, `:::source{…}`). It only builds a syntax tree; nothing is rendered or executed.
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourcePosition } from '../checks/issues';

// Built once: `use` registers the syntax extensions, `parse` only tokenizes.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export type ContainerDirectiveNode = Extract<RootContent, { type: 'containerDirective' }>;
export type LeafDirectiveNode = Extract<RootContent, { type: 'leafDirective' }>;
export type TextDirectiveNode = Extract<PhrasingContent, { type: 'textDirective' }>;
export type DirectiveNode = ContainerDirectiveNode | LeafDirectiveNode | TextDirectiveNode;
export type YamlNode = Extract<RootContent, { type: 'yaml' }>;

/** Where a node starts in the file (1-based line and column), if the parser recorded it. */
export function startOf(node: Nodes): SourcePosition | undefined {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

/** The line after the node, where text following it would begin. */
export function after(node: Nodes): SourcePosition | undefined {
  const end = node.position?.end;
  return end ? { line: end.line + 1, column: 1 } : undefined;
}
