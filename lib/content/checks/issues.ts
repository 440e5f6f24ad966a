// Content problems: how they are collected, ordered and printed. The same text goes to the
// editors' check command and into the Error that stops `next build`.
import type { ContentIssue } from '../types';

export interface SourcePosition {
  line: number;
  column: number;
}

export const START: SourcePosition = { line: 1, column: 1 };

/** Collects the issues of one file, so that every check can report without stopping the others. */
export class IssueList {
  readonly items: ContentIssue[] = [];

  constructor(readonly path: string) {}

  error(at: SourcePosition | undefined, message: string, hint: string): void {
    this.add('error', at, message, hint);
  }

  warning(at: SourcePosition | undefined, message: string, hint: string): void {
    this.add('warning', at, message, hint);
  }

  private add(severity: ContentIssue['severity'], at: SourcePosition | undefined, message: string, hint: string) {
    const { line, column } = at ?? START;
    this.items.push({ path: this.path, line, column, message, hint, severity });
  }
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

const SEVERITY_ORDER: readonly ContentIssue['severity'][] = ['error', 'warning', 'info'];

/** Stable order: by file, then position, errors before warnings (before information) at the same place. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      comparePaths(a.path, b.path) ||
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.message.localeCompare(b.message),
  );
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `path:line:column  message  (hint)`; warnings and information say so before the message. */
export function formatIssue(issue: ContentIssue): string {
  const label = issue.severity === 'error' ? '' : `${issue.severity}: `;
  return `${issue.path}:${issue.line}:${issue.column}  ${label}${issue.message}  (${issue.hint})`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  return sortIssues(issues).map(formatIssue).join('\n');
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Thrown when the site loads content that has errors, so that `next build` fails on them. */
export class ContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(
      `Content has ${countLabel(errors.length, 'error')}; run \`npm run check:content\` for details.\n` +
        formatIssues(errors),
    );
    this.name = 'ContentError';
  }
}
