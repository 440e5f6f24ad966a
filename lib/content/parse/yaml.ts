// What front matter and content/topics.yaml share: paths into a parsed YAML document, the
// positions of its values and keys, and the one way a YAML syntax error is reported.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { START, type IssueList, type SourcePosition } from '../checks/issues';

export type FieldPath = readonly (string | number)[];

/** A whole YAML file (content/topics.yaml, content/glossary.yaml) and a way from offsets to file positions. */
export function parseYamlFile(text: string): { doc: Document; at: (offset: number | undefined) => SourcePosition } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return START;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { doc, at };
}

/**
 * Reports the document's syntax errors, one per line (a YAML mistake often trips several checks on
 * the same line; the first says the most), and tells whether there were any.
 */
export function reportYamlErrors(
  doc: Document,
  at: (offset: number) => SourcePosition,
  issues: IssueList,
  hintFor: (code: string) => string,
  messageFor: (code: string) => string | undefined = () => undefined,
): boolean {
  const reportedLines = new Set<number>();
  for (const error of doc.errors) {
    const position = at(error.pos[0]);
    if (reportedLines.has(position.line)) continue;
    reportedLines.add(position.line);
    issues.error(position, messageFor(error.code) ?? `YAML syntax error: ${firstLine(error.message)}`, hintFor(error.code));
  }
  return doc.errors.length > 0;
}

export function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

/** The plain value at `path` in what the document parsed to (`doc.toJS()`). */
export function valueAt(raw: unknown, path: FieldPath): unknown {
  let current = raw;
  for (const segment of path) {
    if (Array.isArray(current)) current = typeof segment === 'number' ? current[segment] : undefined;
    else if (current !== null && typeof current === 'object') current = Object.entries(current).find(([key]) => key === segment)?.[1];
    else return undefined;
  }
  return current;
}

/** Offset of the value at `path`, or of the deepest existing node on the way to it. */
export function valueOffset(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (const segment of path) {
    const next = childNode(node, segment);
    if (next === undefined) break;
    node = next;
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

/** Offset of the key `key` inside the mapping at `path` (falls back to the value's offset). */
export function keyOffset(doc: Document, path: FieldPath, key: string): number | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) node = childNode(node, segment);
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key.range?.[0];
  }
  return valueOffset(doc, path);
}

function childNode(node: unknown, segment: string | number): unknown {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
    // A key without a value (`title:`) still has a position: that of the key.
    return pair ? (pair.value ?? pair.key) : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') return node.items[segment];
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
    const start: unknown = node.range[0];
    return typeof start === 'number' ? start : undefined;
  }
  return undefined;
}
