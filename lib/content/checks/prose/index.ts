// Prose checked like code: every explainer file through textlint (@textlint/kernel), one
// register at a time (documents.ts), with the house's rules (rules.ts), reported as content
// issues at their file:line:column. It is asynchronous (textlint is), so it is not one of the
// loader's validators: `npm run check:content` and `npm run check:prose` run it after the load.
import fs from 'node:fs';
import path from 'node:path';
import { TextlintKernel } from '@textlint/kernel';
import type { Locale } from '@/i18n/locales';
import { defaultContentDir, STYLE_DIR } from '../../config';
import { parseExplainerFile } from '../../parse/explainer-file';
import { scanContent } from '../../parse/scan';
import type { ContentIssue } from '../../types';
import { proseDocuments, REGISTERS, type ProseSource } from './documents';
import { ExceptionLedger } from './exceptions';
import { PLUGIN_ID, registerPlugin } from './plugin';
import { lineColumns } from './reader-text';
import { houseRules } from './rules';

export interface ProseOptions {
  /** Default `<cwd>/content` or KAISETSU_CONTENT_DIR; also where content/style/ is read. */
  contentDir?: string;
  /** Paths in issues are relative to this folder (default: the working directory). */
  baseDir?: string;
}

export interface ProseFile extends ProseSource {
  path: string;
  locale: Locale;
}

const kernel = new TextlintKernel();

/** The issues of one file's prose. */
export async function lintProse(file: ProseFile, contentDir: string): Promise<ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const prose = proseDocuments(file);
  const exceptions = new ExceptionLedger(prose.exceptions, file.path);
  const position = lineColumns(file.text);
  for (const [register, document] of prose.documents) {
    const rules = houseRules(file.locale, register, contentDir);
    if (rules.length === 0) continue;
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    let result;
    try {
      result = await kernel.lintText(prose.text, {
        ext: '.md',
        filePath: file.path,
        plugins: [{ pluginId: PLUGIN_ID, plugin: registerPlugin, options: { document } }],
        rules: rules.map((rule) => ({ ruleId: rule.id, rule: rule.rule, options: rule.options })),
      });
    } catch (error) {
      // A rule that cannot start: in practice a house dictionary with a YAML mistake.
      issues.push({
        path: file.path,
        line: 1,
        column: 1,
        severity: 'error',
        message: `the prose check could not run: ${firstLine(error instanceof Error ? error.message : String(error))}`,
        hint: `check the files in content/${STYLE_DIR}/ (YAML: version: 1, then rules: with expected: and patterns:)`,
      });
      return issues;
    }
    for (const message of result.messages) {
      const rule = byId.get(message.ruleId);
      const offset = prose.toFile(message.range[0]);
      if (exceptions.silences(message.ruleId, offset)) continue;
      const at = position(offset);
      issues.push({
        path: file.path,
        line: at.line,
        column: at.column + 1,
        severity: rule?.strict ? 'error' : 'warning',
        message: `${firstLine(message.message)} [${message.ruleId}]`,
        hint: rule?.hint ?? 'rephrase',
      });
    }
  }
  const known = REGISTERS.flatMap((register) => houseRules(file.locale, register, contentDir).map((rule) => rule.id));
  issues.push(...exceptions.issues([...new Set(known)]));
  return issues;
}

/** Every explainer file under the content folder. */
export async function checkProse(options: ProseOptions = {}): Promise<ContentIssue[]> {
  const contentDir = path.resolve(options.contentDir ?? defaultContentDir());
  const baseDir = options.baseDir ?? process.cwd();
  const display = (absolute: string) => {
    const relative = path.relative(baseDir, absolute);
    return (relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
  };
  const issues: ContentIssue[] = [];
  for (const folder of scanContent(contentDir, display).folders) {
    for (const [locale, entry] of folder.markdown) {
      const parsed = parseExplainerFile({ path: entry.path, slug: folder.slug, locale, bytes: fs.readFileSync(entry.absolute), images: new Set() });
      if (parsed.text === undefined) continue;
      issues.push(...(await lintProse({ path: entry.path, locale, text: parsed.text, locate: parsed.locate, ...(parsed.frontMatter ? { frontMatter: parsed.frontMatter } : {}) }, contentDir)));
    }
  }
  return issues;
}

/** Rules write paragraphs (an explanation, a link); a checker line has room for the first. */
function firstLine(message: string): string {
  return message.trim().split('\n')[0]?.trim() ?? '';
}
