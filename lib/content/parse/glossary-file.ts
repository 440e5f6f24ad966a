// content/glossary.yaml: the site's glossary. Each term has its name and definition in every
// locale, an optional reading (Japanese, shown as ruby) and an optional source address. Parsed with
// source positions like topics.yaml, validated by one zod schema.
import * as z from 'zod';
import { locales, type Locale } from '@/i18n/locales';
import { SLUG_PATTERN } from '../config';
import { keyOffset, parseYamlFile, reportYamlErrors, valueAt, valueOffset, type FieldPath } from './yaml';
import { IssueList, START, type SourcePosition } from '../checks/issues';
import { hasKanji } from './inline';
import { decodeSourceText } from './source-text';
import { closestName, unknownNameHint } from '../checks/suggest';
import { HTTPS_HINT } from '../checks/urls';
import { httpsUrl, TERM_ID_HINT } from './front-matter-schema';
import type { ContentIssue } from '../types';

/** One term as defined in the file, in every locale. */
export interface GlossaryDefinition {
  id: string;
  names: Record<Locale, string>;
  definitions: Record<Locale, string>;
  reading?: string;
  source?: string;
  at: SourcePosition;
}

export interface ParsedGlossaryFile {
  path: string;
  terms: Map<string, GlossaryDefinition>;
  /** Every key in the file, valid or not, so that uses of a broken term are not also "unknown". */
  declared: Set<string>;
  /** The names, per locale, of the terms that have an error: their uses are not also "unknown". */
  brokenNames: Record<Locale, Set<string>>;
  issues: ContentIssue[];
}

const languageNames = new Intl.DisplayNames('en', { type: 'language' });
const languageName = (locale: string) => languageNames.of(locale) ?? locale;

const EXAMPLE = 'kim-jong-un: / ja: 金正恩 / en: Kim Jong Un / reading: キム・ジョンウン / definition: / ja: …… / en: ……';
const line = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !value.includes('\n'), { message: 'must be a single line' });
const text = z.string().trim().min(1);

export const glossaryTermSchema = z.strictObject({
  ...({ ja: line, en: line } satisfies Record<Locale, typeof line>),
  reading: line.optional(),
  definition: z.strictObject({ ja: text, en: text } satisfies Record<Locale, typeof text>),
  source: httpsUrl.optional(),
});
const TERM_FIELDS: readonly string[] = Object.keys(glossaryTermSchema.shape);

export function parseGlossaryFile(path: string, bytes: Uint8Array): ParsedGlossaryFile {
  const issues = new IssueList(path);
  const result: ParsedGlossaryFile = { path, terms: new Map(), declared: new Set(), brokenNames: { ja: new Set(), en: new Set() }, issues: issues.items };
  const source = decodeSourceText(bytes);
  if (!source.ok) {
    issues.error(START, source.message === 'the file is empty' ? 'the glossary file is empty' : source.message, `write one term per block: ${EXAMPLE}`);
    return result;
  }
  const { doc, at } = parseYamlFile(source.text);
  const duplicate = (code: string) => code === 'DUPLICATE_KEY';
  const reported = reportYamlErrors(
    doc,
    at,
    issues,
    (code) => (duplicate(code) ? 'each term is defined once in content/glossary.yaml; keep one of the two and delete the other' : 'check quotes, colons and indentation (spaces, not tabs)'),
    (code) => (duplicate(code) ? 'term defined twice' : undefined),
  );
  if (reported) return result;
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.error(START, 'the glossary must be a list of terms written as id: followed by their fields', `write one term per block: ${EXAMPLE}`);
    return result;
  }
  for (const [id, value] of Object.entries(raw)) {
    result.declared.add(id);
    const keyAt = at(keyOffset(doc, [], id));
    const locate = (path: FieldPath, key?: string) => at(key === undefined ? valueOffset(doc, [id, ...path]) : keyOffset(doc, [id, ...path], key));
    const broken = () => {
      for (const locale of locales) {
        const name = valueAt(value, [locale]);
        if (typeof name === 'string') result.brokenNames[locale].add(name.trim());
      }
    };
    if (!SLUG_PATTERN.test(id)) {
      issues.error(keyAt, `"${id}" is not a valid term id`, TERM_ID_HINT);
      broken();
      continue;
    }
    const parsed = glossaryTermSchema.safeParse(value);
    if (!parsed.success) {
      // A misspelt field (`defintion`) is reported once, as unknown with "did you mean", not also as missing.
      const misspelt = new Set(parsed.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys.flatMap((key) => closestName(key, TERM_FIELDS) ?? []) : [])));
      for (const issue of parsed.error.issues) {
        const [field] = issue.path;
        if (issue.path.length === 1 && typeof field === 'string' && misspelt.has(field) && valueAt(value, [field]) === undefined) continue;
        reportTermIssue(id, value, issue, locate, issues);
      }
      broken();
      continue;
    }
    const { definition, reading, source: link, ...names } = parsed.data;
    if (reading !== undefined && !hasKanji(names.ja)) {
      issues.error(locate(['reading']), `a reading on "${names.ja}", a word with no kanji`, 'readings are for kanji; delete the reading: line');
      broken();
      continue;
    }
    result.terms.set(id, { id, names, definitions: definition, at: keyAt, ...(reading !== undefined ? { reading } : {}), ...(link !== undefined ? { source: link } : {}) });
  }
  return result;
}

function reportTermIssue(id: string, value: unknown, issue: z.core.$ZodIssue, locate: (path: FieldPath, key?: string) => SourcePosition, issues: IssueList): void {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const [field, sub] = path;
  const inDefinition = field === 'definition';
  if (issue.code === 'unrecognized_keys') {
    const known = inDefinition ? [...locales] : TERM_FIELDS;
    for (const key of issue.keys) {
      const suggestion = closestName(key, known);
      issues.error(locate(path, key), `unknown field "${key}" in term "${id}"`, suggestion ? unknownNameHint(key, known, 'fields') : `a term has ${TERM_FIELDS.join(', ')}`);
    }
    return;
  }
  if (issue.code === 'custom') {
    const hint = issue.params?.hint;
    issues.error(locate(path), `"${String(field)}" of term "${id}": ${issue.message}`, typeof hint === 'string' ? hint : HTTPS_HINT);
    return;
  }
  if (path.length === 0) {
    issues.error(locate([]), `term "${id}" must list its fields on the lines under it`, `e.g. ${EXAMPLE}`);
    return;
  }
  const missing = valueAt(value, path) === undefined;
  if (inDefinition && sub !== undefined) {
    const language = languageName(String(sub));
    issues.error(
      locate(missing ? ['definition'] : path),
      missing ? `the definition of term "${id}" is missing a language: ${language}` : `the ${language} definition of term "${id}" is empty`,
      `write "    ${String(sub)}: ……" under definition: (every term is defined in every language)`,
    );
  } else if (inDefinition) {
    issues.error(locate(missing ? [] : path), `term "${id}" has no definition`, 'write "  definition:" and under it one line per language ("    ja: ……", "    en: ……")');
  } else if (field === 'reading' || field === 'source') {
    issues.error(locate(path), `the ${String(field)} of term "${id}" must be text on one line`, 'write it on the same line after the colon, or delete the line');
  } else {
    const language = languageName(String(field));
    issues.error(locate(missing ? [] : path), missing ? `term "${id}" has no ${language} name` : `the ${language} name of term "${id}" is empty`, `write "  ${String(field)}: ……" under ${id}:`);
  }
}
