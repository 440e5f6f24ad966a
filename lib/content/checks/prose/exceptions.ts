// The inline marks as the prose check sees them: the syntax of each mark is cut from the reader
// text (reader-text.ts), and `:allow[…]{rule="…"}` is the editors' exception for the words it holds.
// An exception is a mark, not a comment: the content layer refuses HTML comments (the page shows
// everything the file says), and a mark says exactly which words it covers, as the rule's message
// names one sentence. The words inside are published as plain text (parse/inline.ts).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../../types';
import { unknownNameHint } from '../suggest';
import type { Cut } from './reader-text';

/** One `:allow[…]{rule="…"}`: the rules it silences between start and end (file offsets). */
export interface ProseException {
  start: number;
  end: number;
  rules: string[];
  line: number;
  column: number;
}

/** The cuts of every inline mark, and the exceptions among them. */
export function inlineMarks(root: Root): { cuts: Cut[]; exceptions: ProseException[] } {
  const cuts: Cut[] = [];
  const exceptions: ProseException[] = [];
  visit(root, 'textDirective', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const labelStart = node.children[0]?.position?.start.offset;
    const labelEnd = node.children.at(-1)?.position?.end.offset;
    if (labelStart === undefined || labelEnd === undefined) cuts.push([start, end]);
    else cuts.push([start, labelStart], [labelEnd, end]);
    if (node.name !== 'allow') return;
    const rules = String(node.attributes?.rule ?? '').split(/\s+/).filter(Boolean);
    const at = node.position?.start;
    exceptions.push({ start, end, rules, line: at?.line ?? 1, column: at?.column ?? 1 });
  });
  return { cuts, exceptions };
}

/** Which messages the file's exceptions silence, and what is wrong with the exceptions themselves. */
export class ExceptionLedger {
  private readonly used = new Set<string>();

  constructor(
    private readonly exceptions: readonly ProseException[],
    private readonly path: string,
  ) {}

  /** Whether a message of `ruleId` at a file offset falls under an exception naming that rule. */
  silences(ruleId: string, offset: number): boolean {
    const index = this.exceptions.findIndex((item) => item.start <= offset && offset < item.end && item.rules.includes(ruleId));
    if (index < 0) return false;
    this.used.add(`${index} ${ruleId}`);
    return true;
  }

  /** After every register: an exception naming no rule of the check, or one that silenced nothing. */
  issues(knownRules: readonly string[]): ContentIssue[] {
    const issues: ContentIssue[] = [];
    this.exceptions.forEach((exception, index) => {
      for (const rule of exception.rules) {
        const at = { path: this.path, line: exception.line, column: exception.column };
        if (!knownRules.includes(rule)) {
          issues.push({
            ...at,
            severity: 'error',
            message: `:allow names "${rule}", which is not a rule of the prose check`,
            hint: unknownNameHint(rule, knownRules, 'rules (as messages name them in [ ])'),
          });
        } else if (!this.used.has(`${index} ${rule}`)) {
          issues.push({
            ...at,
            severity: 'warning',
            message: `:allow for ${rule} is not needed: the rule reports nothing in these words`,
            hint: 'remove the mark and keep the words: write the text without :allow[ ]{…}',
          });
        }
      }
    });
    return issues;
  }
}
