// Reads an explainer's front matter: YAML (with source positions) validated by the one schema,
// every problem reported at its own line in the Markdown file.
import { LineCounter, parseDocument } from 'yaml';
import type * as z from 'zod';
import {
  CORRECTION_FIELDS,
  TERM_FIELDS,
  FIELD_HINTS,
  FRONT_MATTER_FIELDS,
  frontMatterSchema,
  type FrontMatter,
} from './front-matter-schema';
import { START, type IssueList, type SourcePosition } from '../checks/issues';
import type { YamlNode } from './markdown';
import { closestName, unknownNameHint } from '../checks/suggest';
import { firstLine, keyOffset, reportYamlErrors, valueAt, valueOffset, type FieldPath } from './yaml';

export interface FrontMatterResult {
  /** The validated fields, when there was no error in them. */
  data?: FrontMatter;
  /** Position of a field's value (or of the nearest enclosing one) in the file, for later checks. */
  locate(path: FieldPath): SourcePosition;
  /** The ids and names under `terms:`, read before validation (ParsedExplainerFile.declaredTerms). */
  declaredTerms: Set<string>;
}

const FRONT_MATTER_HINT = 'start the file with a line ---, then the fields (title:, lead:, …), then a line ---';

const YAML_HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'a value that contains ": " must be in double quotes, e.g. title: "北朝鮮: 中露の関係"; list items start with "  - "',
  MULTILINE_IMPLICIT_KEY: 'each field goes on its own line as name: value; check the indentation of this line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'this field is written twice; keep one of the two lines',
  BAD_SCALAR_START: 'a value that starts with this character must be in double quotes, e.g. title: "@…"',
  MISSING_CHAR: 'a quote, bracket or colon is missing; values in quotes need both the opening and the closing quote',
  BAD_INDENT: 'check the indentation and the closing ] or } of a list written in brackets',
};

const DEFAULT_YAML_HINT =
  'each field is name: value on its own line, list items start with "  - "; put values containing : # [ ] { } in double quotes';

export function readFrontMatter(yamlNode: YamlNode | undefined, issues: IssueList, opened = false): FrontMatterResult {
  if (!yamlNode) {
    if (opened) issues.error(START, 'the front matter is not closed', 'end the fields with a line --- on its own');
    else issues.error(START, 'the file has no front matter', FRONT_MATTER_HINT);
    return { locate: () => START, declaredTerms: new Set() };
  }
  const fence = yamlNode.position?.start.line ?? 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The YAML text starts on the line after the opening `---`, so YAML line n is file line fence + n.
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: fence + line, column: col };
  };
  const fenceStart: SourcePosition = { line: fence, column: 1 };
  const locate = (path: FieldPath): SourcePosition => {
    const offset = valueOffset(doc, path);
    return offset === undefined ? fenceStart : at(offset);
  };

  if (reportYamlErrors(doc, at, issues, (code) => YAML_HINTS[code] ?? DEFAULT_YAML_HINT)) return { locate, declaredTerms: new Set() };
  for (const warning of doc.warnings) {
    issues.warning(at(warning.pos[0]), `YAML: ${firstLine(warning.message)}`, 'remove the tag or special syntax; plain name: value is enough');
  }

  const raw: unknown = doc.toJS();
  const declaredTerms = termsWritten(raw);
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) return { data: result.data, locate, declaredTerms };

  const problems = result.error.issues.flatMap((issue) => describeIssue(issue, raw));
  // A misspelt field is reported once, as unknown with "did you mean", not also as missing.
  const misspelt = new Set(problems.flatMap((problem) => (problem.suggests ? [placeKey(problem.path, problem.suggests)] : [])));
  for (const problem of problems) {
    if (problem.missing && misspelt.has(placeKey(problem.path, problem.missing))) continue;
    const offset = problem.key === undefined ? valueOffset(doc, problem.path) : keyOffset(doc, problem.path, problem.key);
    issues.error(offset === undefined ? fenceStart : at(offset), problem.message, problem.hint);
  }
  return { locate, declaredTerms };
}

function termsWritten(raw: unknown): Set<string> {
  const terms = valueAt(raw, ['terms']);
  const written = new Set<string>();
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) return written;
  for (const [id, term] of Object.entries(terms)) {
    written.add(id);
    const name = valueAt(term, ['term']);
    if (typeof name === 'string') written.add(name.trim());
  }
  return written;
}

function placeKey(path: FieldPath, field: string): string {
  return JSON.stringify([...path, field]);
}

interface Problem {
  /** The field concerned; for a missing field, the position is that of its parent. */
  path: FieldPath;
  /** An unknown key inside `path`, reported at the key itself. */
  key?: string;
  message: string;
  hint: string;
  /** For an unknown key: the known field it is probably a typo of. */
  suggests?: string;
  /** For a missing field: its name (`path` is then its parent). */
  missing?: string;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): Problem[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const label = fieldLabel(path);
  const field = typeof path[0] === 'string' ? path[0] : '';
  const hint = FIELD_HINTS[field] ?? FRONT_MATTER_HINT;
  const value = valueAt(raw, path);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const inCorrection = path[0] === 'corrections' || path[0] === 'updates' || path[0] === 'terms';
      const known = path[0] === 'terms' ? TERM_FIELDS : inCorrection ? CORRECTION_FIELDS : FRONT_MATTER_FIELDS;
      return issue.keys.map((key) => ({
        path,
        key,
        suggests: closestName(key, known),
        message: inCorrection ? `unknown field "${key}" in ${label}` : `unknown field "${key}"`,
        hint: unknownNameHint(key, known, 'fields'),
      }));
    }
    case 'invalid_type': {
      if (path.length === 0) {
        return [{ path, message: raw == null ? 'the front matter is empty' : 'the front matter must be fields written as name: value', hint: FRONT_MATTER_HINT }];
      }
      if (value === undefined) {
        return [{ path: path.slice(0, -1), missing: String(path.at(-1)), message: `${label} is missing`, hint }];
      }
      if (value === null) return [{ path, message: `${label} is empty`, hint }];
      return [{ path, message: `${label} ${expectation(issue.expected, path)}`, hint: typeHint(value, hint) }];
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string') return [{ path, message: `${label} is empty`, hint }];
      if (field === 'keyPoints') {
        const count = Array.isArray(value) ? value.length : 0;
        return [{ path, message: `there must be exactly three key points, not ${count}`, hint }];
      }
      if (field === 'topics') return [{ path, message: '"topics" needs at least one topic', hint }];
      return [{ path, message: `${label}: ${issue.message}`, hint }];
    }
    case 'invalid_format':
      if (field === 'topics') return [{ path, message: `${label} "${String(value)}" is not a valid topic name`, hint }];
      return [{ path, message: `${label}: ${issue.message}`, hint }];
    case 'invalid_key': {
      // A key of a record (an id under terms:) is reported at the key, with the key's own check.
      const key = String(path.at(-1));
      const [inner] = issue.issues;
      const custom = inner?.code === 'custom' ? inner.params?.hint : undefined;
      return [
        {
          path: path.slice(0, -1),
          key,
          message: inner?.code === 'custom' ? inner.message : `"${key}" is not a valid name in ${fieldLabel(path.slice(0, -1))}`,
          hint: typeof custom === 'string' ? custom : hint,
        },
      ];
    }
    case 'invalid_value':
      return [{ path, message: `${label} can only be ${issue.values.map((allowed) => String(allowed)).join(' or ')}, not "${String(value)}"`, hint }];
    case 'custom': {
      const custom = issue.params?.hint;
      return [{ path, message: `${label}: ${issue.message}`, hint: typeof custom === 'string' ? custom : hint }];
    }
    default:
      return [{ path, message: `${label}: ${issue.message}`, hint }];
  }
}

function fieldLabel(path: FieldPath): string {
  const [field, index, sub] = path;
  if (field === undefined) return 'the front matter';
  if (index === undefined) return `"${field}"`;
  const ordinal = typeof index === 'number' ? index + 1 : index;
  if (field === 'keyPoints') return `key point ${ordinal}`;
  if (field === 'topics') return `topic ${ordinal}`;
  if (field === 'corrections') return sub === undefined ? `correction ${ordinal}` : `"${sub}" of correction ${ordinal}`;
  if (field === 'updates') return sub === undefined ? `update ${ordinal}` : `"${sub}" of update ${ordinal}`;
  if (field === 'terms') return sub === undefined ? `term "${index}"` : `"${sub}" of term "${index}"`;
  return `"${path.join('.')}"`;
}

function expectation(expected: string, path: FieldPath): string {
  if (path.length === 1 && (path[0] === 'published' || path[0] === 'updated')) return 'must be a date like 2026-02-28';
  switch (expected) {
    case 'string':
      return 'must be text';
    case 'boolean':
      return 'must be true or false';
    case 'array':
    case 'tuple':
      return 'must be a list';
    case 'object':
      return path[0] === 'terms' ? 'must list its fields (term:, definition:) on the lines under its id' : 'must have the fields date: and text:';
    case 'record':
      return 'must list each term under its id on the lines below';
    default:
      return `must be ${expected}`;
  }
}

/** YAML reads `title: 2026` as a number and `title: yes` as text; quoting fixes the former. */
function typeHint(value: unknown, fallback: string): string {
  if (typeof value === 'number' || typeof value === 'boolean') return 'put the value in double quotes, e.g. "2026"';
  return fallback;
}

