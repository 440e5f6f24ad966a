// Rule 9 of import.ts: the commentary after a source card, and the state of the page body that
// the body's rule groups (page-body.ts, source-card.ts) share while they read it line by line.
import type { DraftBlock, DraftPage, DraftSection } from '../draft';
import type { ImportLog, Placement } from './import-log';
import type { InputLine } from './lines';

export type CommentaryBlock = Extract<DraftBlock, { type: 'commentary' }>;

export interface BodyState {
  page: DraftPage;
  /** The section being read; none before the first heading (the opener). */
  section?: DraftSection;
  /** The commentary that follows the last source card, while text may still join it. */
  commentary?: CommentaryBlock;
}

/** One more paragraph of the open commentary; the block enters its section with its first one. */
export function addCommentary(state: BodyState, line: InputLine, text: string, log: ImportLog): void {
  const { section, commentary } = state;
  if (!section || !commentary) return;
  if (commentary.paragraphs.length === 0) section.blocks.push(commentary);
  commentary.paragraphs.push(text);
  log.place(line, 'commentary');
}

/** Which commentaries may have taken in body text: those longer than their first line. */
export function noteLongCommentaries(log: ImportLog): void {
  for (const [number, count] of commentaryRuns(log.placements)) {
    if (count > 1) {
      log.notes.push({ line: number, message: `commentary of ${count} lines from here (up to the next heading, ✅ line, reader's voice or blank line): move any plain facts out of it` });
    }
  }
}

/** First line → number of lines, for each run of commentary lines that follow one another. */
function commentaryRuns(placements: readonly Placement[]): Map<number, number> {
  const runs = new Map<number, number>();
  let start = 0;
  placements.forEach((placement, index) => {
    if (placement.part !== 'commentary') return;
    // A source line with run-in text is placed as 'source' then 'commentary': the run starts there.
    if (placements[index - 1]?.part !== 'commentary') start = placement.line;
    runs.set(start, (runs.get(start) ?? 0) + 1);
  });
  return runs;
}
