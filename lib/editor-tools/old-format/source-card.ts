// Rule 8 of import.ts (and the start of rule 9): a run of ✅ lines and the さらに読む line after it
// become one source card; text run together after the address opens its commentary.
import { paragraphTextProblem } from '../draft';
import { addCommentary, type BodyState } from './commentary';
import type { ImportLog } from './import-log';
import { afterMark, kindAt, parseSourceLine, type InputLine } from './lines';

/**
 * Reads the card whose first ✅ line is `lines[start]` (the page body ends before `bodyEnd`) into
 * the current section. Returns the index of the last line it took: the body reads on after it.
 */
export function readSourceCard(lines: readonly InputLine[], start: number, bodyEnd: number, state: BodyState, log: ImportLog): number {
  let end = start;
  while (end < bodyEnd && kindAt(lines, end) === 'source-point') end += 1;
  const points = lines.slice(start, end);
  const sourceLine = end < bodyEnd && kindAt(lines, end) === 'source' ? lines[end] : undefined;
  const parsed = sourceLine ? parseSourceLine(sourceLine.text) : undefined;
  const { section } = state;
  if (!section || !sourceLine || !parsed?.ok) {
    const reason = !section
      ? '✅ points before the first section heading: a source card goes inside a section'
      : !parsed
        ? '✅ points without a "さらに読む ⇒…出典/画像元: https://…" line after them: a card needs its source'
        : `✅ points whose source cannot be linked: ${'problem' in parsed ? parsed.problem : ''}`;
    for (const point of points) log.leave(point, reason);
    if (sourceLine) log.leave(sourceLine, reason);
    state.commentary = undefined;
    return sourceLine ? end : end - 1;
  }
  let name = parsed.name;
  if (name === '') {
    name = new URL(parsed.url).hostname;
    log.note(`the source line has no name: the card is named after the address (${name})`, sourceLine);
  }
  const writable: InputLine[] = [];
  for (const point of points) {
    const problem = paragraphTextProblem(afterMark(point.text));
    if (problem) log.leave(point, problem);
    else writable.push(point);
  }
  if (writable.length === 0) {
    log.leave(sourceLine, 'no ✅ point of this source could be written, so there is no card to attach it to');
    state.commentary = undefined;
    return end;
  }
  section.blocks.push({ type: 'source', name, url: parsed.url, points: writable.map((point) => afterMark(point.text)) });
  for (const point of writable) log.place(point, 'source-point');
  log.place(sourceLine, 'source');
  state.commentary = { type: 'commentary', paragraphs: [] };
  const runInProblem = parsed.runIn === '' ? undefined : paragraphTextProblem(parsed.runIn);
  if (runInProblem) {
    log.leave(sourceLine, `the text after the address: ${runInProblem}`, parsed.runIn);
  } else if (parsed.runIn !== '') {
    addCommentary(state, sourceLine, parsed.runIn, log);
    log.note(
      `the text after the address was taken as the start of the commentary; the address was cut at the first character that cannot be in one (${parsed.url} | ${parsed.runIn.slice(0, 10)}…): check it`,
      sourceLine,
    );
  }
  return end;
}
