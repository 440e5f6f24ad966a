// content/topics.yaml: every topic an explainer may list, with its name in each locale. Parsed with
// source positions and validated by one zod schema, like an explainer's front matter; every problem
// is reported at its own line.
import * as z from 'zod';
import { isLocale, locales, type Locale } from '@/i18n/locales';
import { PLACEHOLDER_TOPIC, SLUG_PATTERN } from '../config';
import { IssueList, START, type SourcePosition } from '../checks/issues';
import { decodeSourceText } from './source-text';
import { languageName } from '../checks/language-name';
import { closestName, unknownNameHint } from '../checks/suggest';
import type { ContentIssue } from '../types';
import { line, text } from './front-matter-schema';
import { keyOffset, parseYamlFile, reportYamlErrors, valueAt, valueOffset, type FieldPath } from './yaml';

/** One topic as defined in the file: its names (every locale) and optional descriptions. */
export interface TopicDefinition {
  slug: string;
  names: Record<Locale, string>;
  descriptions: Partial<Record<Locale, string>>;
  /** Where the topic's key is in the file, for warnings about it (unused topics). */
  at: SourcePosition;
}

export interface ParsedTopicsFile {
  path: string;
  /** The topics without errors, in the order of the file (the order of the topics page). */
  topics: Map<string, TopicDefinition>;
  /** Every topic key found in the file, valid or not, so that explainers using it are not told it is unknown. */
  declared: Set<string>;
  issues: ContentIssue[];
}

const EXAMPLE = 'north-korea:\n  ja: 北朝鮮\n  en: North Korea';
const FILE_HINT = `write one topic per block, e.g. "${EXAMPLE.replaceAll('\n', ' / ')}"`;

// `satisfies` keeps both objects in step with i18n/locales.ts: a new locale is a compile error here
// until its name (required) and description (optional) are added.
const topicSchema = z.strictObject({
  ...({ ja: line, en: line } satisfies Record<Locale, typeof line>),
  description: z.strictObject({ ja: text.optional(), en: text.optional() } satisfies Record<Locale, z.ZodOptional<typeof text>>).optional(),
});

const TOPIC_FIELDS: readonly string[] = Object.keys(topicSchema.shape);
const DESCRIPTION_FIELDS: readonly string[] = [...locales];

export function parseTopicsFile(path: string, bytes: Uint8Array): ParsedTopicsFile {
  const issues = new IssueList(path);
  const result: ParsedTopicsFile = { path, topics: new Map(), declared: new Set(), issues: issues.items };
  const source = decodeSourceText(bytes);
  if (!source.ok) {
    // decodeSourceText speaks of explainers; the file here is the topic list.
    const empty = source.message === 'the file is empty';
    issues.error(START, empty ? 'the topics file is empty' : source.message, empty ? FILE_HINT : source.hint);
    return result;
  }

  const { doc, at } = parseYamlFile(source.text);
  const yamlHint = (code: string) =>
    code === 'DUPLICATE_KEY'
      ? 'this topic or field is written twice; keep one of them'
      : code === 'TAB_AS_INDENT'
        ? 'indent with spaces, not tabs'
        : `${FILE_HINT}; put names containing ": " or starting with [ { # " in double quotes`;
  if (reportYamlErrors(doc, at, issues, yamlHint)) return result;

  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.error(START, raw == null ? 'the topics file has no topics' : 'the topics file must be a list of topics written as name: followed by their names', FILE_HINT);
    return result;
  }

  for (const [slug, value] of Object.entries(raw)) {
    result.declared.add(slug);
    const keyAt = at(keyOffset(doc, [], slug));
    const locate = (path: FieldPath, key?: string) =>
      at(key === undefined ? valueOffset(doc, [slug, ...path]) : keyOffset(doc, [slug, ...path], key));
    if (!SLUG_PATTERN.test(slug)) {
      issues.error(keyAt, `"${slug}" is not a valid topic name`, 'use lowercase letters, digits and single hyphens, e.g. north-korea; the name becomes the topic page URL');
      continue;
    }
    if (slug === PLACEHOLDER_TOPIC) {
      issues.error(keyAt, `"${PLACEHOLDER_TOPIC}" is reserved for drafts that have no topic yet`, 'choose another name for this topic');
      continue;
    }
    const parsed = topicSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportTopicIssue(slug, value, issue, locate, issues);
      continue;
    }
    const { description, ...names } = parsed.data;
    result.topics.set(slug, { slug, names, descriptions: description ?? {}, at: keyAt });
  }
  return result;
}

function reportTopicIssue(
  slug: string,
  value: unknown,
  issue: z.core.$ZodIssue,
  locate: (path: FieldPath, key?: string) => SourcePosition,
  issues: IssueList,
): void {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const [field, sub] = path;
  const inDescription = field === 'description';
  const locale = inDescription ? sub : field;
  const language = typeof locale === 'string' && isLocale(locale) ? languageName(locale) : String(locale);
  const what = inDescription ? `the ${language} description of topic "${slug}"` : `the ${language} name of topic "${slug}"`;
  const nameHint = (target: string) => `write it on one line, e.g. "  ${target}: ${target === 'en' ? 'North Korea' : '北朝鮮'}" under ${slug}:`;

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = inDescription ? DESCRIPTION_FIELDS : TOPIC_FIELDS;
      for (const key of issue.keys) {
        const place = inDescription ? `the description of topic "${slug}"` : `topic "${slug}"`;
        const suggestion = closestName(key, known);
        issues.error(
          locate(path, key),
          `unknown field "${key}" in ${place}`,
          suggestion ? unknownNameHint(key, known, 'fields') : `a topic has ${locales.join(', ')} (its names) and an optional description; ${unknownNameHint(key, known, 'fields')}`,
        );
      }
      return;
    }
    case 'invalid_type': {
      if (path.length === 0) {
        issues.error(locate([]), `topic "${slug}" must list its names by language`, `write the names on the lines under ${slug}:, e.g. "${EXAMPLE.replaceAll('\n', ' / ')}"`);
        return;
      }
      const actual = valueAt(value, path);
      if (actual === undefined) {
        issues.error(locate(path.slice(0, -1)), inDescription ? `${what} is missing` : `topic "${slug}" has no ${language} name`, nameHint(String(locale)));
      } else if (actual === null) {
        issues.error(locate(path), `${what} is empty`, inDescription ? 'write the description, or delete the line' : nameHint(String(locale)));
      } else if (inDescription && path.length === 1) {
        issues.error(locate(path), `the description of topic "${slug}" must list one text per language`, `write "  description:" and under it "    ja: ……" (one line per language)`);
      } else {
        issues.error(locate(path), `${what} must be text`, 'put the value in double quotes, e.g. "2026"');
      }
      return;
    }
    case 'too_small':
      issues.error(locate(path), `${what} is empty`, nameHint(String(locale)));
      return;
    default:
      issues.error(locate(path), `${what}: ${issue.message}`, nameHint(String(locale)));
  }
}
