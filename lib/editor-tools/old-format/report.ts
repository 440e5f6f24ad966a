// What the importer tells the editor: the lines it could not place (on stderr, and in a report
// file next to the input, since nothing but explainers may go in content/), the guesses to check,
// and where every line went.
import type { ImportResult } from './import';
import type { Part } from './import-log';

const PART_LABELS: Record<Part, string> = {
  title: 'title',
  lead: 'lead',
  'key-point': 'key point (💡)',
  opener: 'opener',
  heading: 'section heading',
  question: 'quick Q&A: question',
  answer: 'quick Q&A: answer',
  body: 'body paragraph',
  'source-point': 'source card: point (✅)',
  source: 'source card: name and address',
  commentary: 'commentary',
  voice: "reader's voice",
  'next-page': 'next-page link',
  teaser: "page 2's teaser",
};

/** One line per unplaced input line, `<input>:<line>: not placed: <reason>` then the text. */
export function formatUnplaced(inputName: string, result: Pick<ImportResult, 'unplaced'>): string[] {
  return result.unplaced.map((each) => `${inputName}:${each.line}: not placed: ${each.reason}\n    ${each.text}`);
}

export interface ReportContext {
  inputName: string;
  outputName: string;
  today: string;
}

export function formatReport(result: ImportResult, context: ReportContext): string {
  const out: string[] = [
    `Import report: ${context.inputName} → ${context.outputName} (draft), ${context.today}`,
    '',
    `Lines not placed (${result.unplaced.length}). They are NOT in the draft: copy them where they belong.`,
  ];
  if (result.unplaced.length === 0) out.push('  (none)');
  for (const each of result.unplaced) out.push(`  line ${each.line}: ${each.text}`, `      ${each.reason}`);
  out.push('', `To check (${result.notes.length}): guesses the importer made, and placeholders (【要記入】) to fill.`);
  for (const note of result.notes) out.push(`  ${note.line === undefined ? '-' : `line ${note.line}:`} ${note.message}`);
  out.push('', 'Where each line went:');
  const parts = new Map<number, string[]>();
  for (const placement of result.placements) {
    parts.set(placement.line, [...(parts.get(placement.line) ?? []), PART_LABELS[placement.part]]);
  }
  for (const each of result.unplaced) parts.set(each.line, [...(parts.get(each.line) ?? []), 'NOT PLACED']);
  for (const [line, labels] of [...parts].sort(([a], [b]) => a - b)) out.push(`  ${String(line).padStart(4)}  ${labels.join(' + ')}`);
  return `${out.join('\n')}\n`;
}

export function summaryLine(result: ImportResult): string {
  const placed = new Set(result.placements.map((placement) => placement.line)).size;
  return `${placed} line${placed === 1 ? '' : 's'} placed, ${result.unplaced.length} not placed, ${result.notes.length} to check`;
}
