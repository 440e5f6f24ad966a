// Rules 4–10 of import.ts: page 1's body, from the key points to the 次のページを読む line. Each
// line is taken in turn; a section heading takes its quick Q&A with it, a ✅ line its whole card.
import { paragraphTextProblem, type DraftPage } from '../draft';
import { addCommentary, noteLongCommentaries, type BodyState } from './commentary';
import type { ImportLog } from './import-log';
import { kindAt, kindOf, type InputLine } from './lines';
import { readSourceCard } from './source-card';

/** Longer lines are taken for paragraphs even without `。`. The reference's headings are ~20. */
export const MAX_HEADING_LENGTH = 40;

const SENTENCE_END = /[。．！!？?、,]$/;
const QUESTION_END = /[?？]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Rule 5, on the line alone. */
export function looksLikeHeading(text: string): boolean {
  return (
    [...text].length <= MAX_HEADING_LENGTH && !text.includes('。') && !SENTENCE_END.test(text) && LETTER_OR_DIGIT.test(text)
  );
}

/** Page 1 with its opener and sections (title and teaser left empty: rule 12 fills them). */
export function readPageBody(lines: readonly InputLine[], bodyStart: number, bodyEnd: number, log: ImportLog): DraftPage {
  const state: BodyState = { page: { title: '', teaser: '', opener: [], sections: [] } };
  const voiceIndex = findLastIndex(lines, bodyStart, bodyEnd, (line) => kindOf(line.text) === 'text');
  for (let index = bodyStart; index < bodyEnd; index++) {
    const line = lines[index]!;
    const lineKind = kindOf(line.text);
    if (lineKind === 'text') {
      if (isHeadingAt(lines, index, bodyEnd)) {
        readHeading(lines, index, state, log);
        index += 2;
      } else {
        readText(line, index === voiceIndex, state, log);
      }
    } else if (lineKind === 'source-point') {
      index = readSourceCard(lines, index, bodyEnd, state, log);
    } else {
      // A `💡` or `さらに読む` line here has nothing to belong to.
      state.commentary = undefined;
      log.leave(
        line,
        lineKind === 'key-point'
          ? 'a 💡 key point after the body has begun: key points are the three 💡 lines after the lead'
          : 'a source line without ✅ points right before it: a card needs its points',
      );
    }
  }
  noteLongCommentaries(log);
  return state.page;
}

/** Rule 5: a heading-like line, a question line, and an answer line, all three in the body. */
function isHeadingAt(lines: readonly InputLine[], index: number, bodyEnd: number): boolean {
  const [heading, question, answer] = [lines[index], lines[index + 1], lines[index + 2]];
  return (
    heading !== undefined &&
    question !== undefined &&
    answer !== undefined &&
    index + 2 < bodyEnd &&
    [index, index + 1, index + 2].every((each) => kindAt(lines, each) === 'text') &&
    looksLikeHeading(heading.text) &&
    QUESTION_END.test(question.text) &&
    !answer.afterBlank &&
    paragraphTextProblem(answer.text) === undefined
  );
}

/** Rule 5: a new section from the heading at `index` and its quick Q&A on the next two lines. */
function readHeading(lines: readonly InputLine[], index: number, state: BodyState, log: ImportLog): void {
  const [heading, question, answer] = [lines[index]!, lines[index + 1]!, lines[index + 2]!];
  state.section = { heading: heading.text, qa: { question: question.text, answer: answer.text }, blocks: [] };
  state.page.sections.push(state.section);
  state.commentary = undefined;
  log.place(heading, 'heading');
  log.place(question, 'question');
  log.place(answer, 'answer');
}

/** Rules 6, 7, 9 and 10 for a text line that is not a heading: opener, voice, commentary or body. */
function readText(line: InputLine, isLastText: boolean, state: BodyState, log: ImportLog): void {
  const problem = paragraphTextProblem(line.text);
  const { section, commentary } = state;
  if (problem) {
    log.leave(line, problem);
  } else if (!section) {
    state.page.opener.push(line.text);
    log.place(line, 'opener');
  } else if (isLastText) {
    section.blocks.push({ type: 'voice', paragraphs: [line.text] });
    log.place(line, 'voice');
    log.note("taken as the reader's voice (the last line of the page)", line);
  } else if (commentary && !(line.afterBlank && commentary.paragraphs.length > 0)) {
    addCommentary(state, line, line.text, log);
  } else {
    state.commentary = undefined;
    section.blocks.push({ type: 'paragraph', text: line.text });
    log.place(line, 'body');
  }
}

function findLastIndex<T>(items: readonly T[], from: number, to: number, test: (item: T) => boolean): number {
  for (let index = to - 1; index >= from; index--) if (test(items[index]!)) return index;
  return -1;
}
