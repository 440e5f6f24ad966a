// Old site's plain-text export (one page of an explainer) → a draft in our format.
//
// The export has no markup beyond a few emoji and UI labels, so most parts are recognised by
// position. These are the rules, in the order the parts appear; each is a guess about a format we
// only know from examples, and every guess that could be wrong is listed in `notes` for the editor.
// Each group of rules has its own file, and all write into one ImportLog (import-log.ts): rule 1
// here, 2–3 title-lead-key-points.ts, 4–7 and 10 page-body.ts, 8 source-card.ts, 9 commentary.ts,
// 11 next-page.ts, 12 page-one.ts.
//
// 1. Title: the first non-blank line.
// 2. Lead: the lines after it up to the first `💡` line, joined into one text. Without any `💡`
//    line, only the second line.
// 3. Key points: the run of consecutive `💡` lines. The first three are the key points; more are
//    not placed; fewer are completed with 【要記入】 placeholders.
// 4. The page body runs from there to the `次のページを読む` line (or the end of the file).
// 5. Section heading: a line that is short (≤ MAX_HEADING_LENGTH characters), has no `。`, does not
//    end like a sentence (。．！!？?、,), contains a letter or digit, and is followed by a question
//    line (ending in `?` or `？`) and then by one more text line, the answer. Headings are
//    recognised only with their quick Q&A: a heading-like line without a question after it cannot
//    be told from a short paragraph, and is kept as a paragraph.
// 6. Opener: the text lines before the first heading.
// 7. Body: text lines after a section's Q&A, and text after a commentary that a blank line ends.
// 8. Source card: a run of `✅` lines followed by a `さらに読む ⇒<name>出典/画像元: <URL>` line.
//    Without that line (or with an address that is not https) the card cannot be made, and the
//    lines are not placed: a card without its real source would misattribute the points.
// 9. Commentary: the text run together after the address on the source line, then the following
//    text lines until the next heading, `✅` line or reader's voice — or a blank line, when the
//    export has blank lines. (The export joins the commentary and the next paragraphs without any
//    mark, so this may take in body text; the note says which lines to review.)
// 10. Reader's voice: the last text line before `次のページを読む` (or the end of the file), when it is
//    inside a section.
// 11. Next page: the text after `次のページを読む ⇒`, or the next line when the label is alone, is the
//    teaser of page 2. Page 2's title is the teaser's first sentence; its section is a placeholder.
// 12. Page 1's title is the first section heading; its teaser is a placeholder (the export has none).
// Anything else — a `💡` line after the key points, a source line without points, `✅` points before
// the first heading, lines after the teaser, text the content format cannot hold as a paragraph
// (see paragraphTextProblem) — is reported in `unplaced` with its line number.
import { PLACEHOLDER_TOPIC, TO_FILL, type DraftExplainer } from '../draft';
import { ImportLog, type ImportNote, type Placement, type UnplacedLine } from './import-log';
import { kindOf, readLines } from './lines';
import { readNextPage } from './next-page';
import { readPageBody } from './page-body';
import { finishPageOne, uniqueHeadings } from './page-one';
import { readHead } from './title-lead-key-points';

export interface ImportResult {
  draft: DraftExplainer;
  /** Where each input line went; a line may serve two parts (a source line with run-in commentary). */
  placements: Placement[];
  unplaced: UnplacedLine[];
  notes: ImportNote[];
}

export interface ImportOptions {
  /** The publication date to write (YYYY-MM-DD): the export has none. */
  today: string;
  /** The input's name, mentioned in the draft's header comment. */
  inputName: string;
  /** The report file's name, if one is written, mentioned there too. */
  reportName?: string;
}

export class EmptyInputError extends Error {
  override name = 'EmptyInputError';
}

export function importOldFormat(input: string, options: ImportOptions): ImportResult {
  const lines = readLines(input);
  const [titleLine] = lines;
  if (!titleLine) throw new EmptyInputError('the file has no text');
  const log = new ImportLog();

  log.place(titleLine, 'title');
  const nextPageIndex = lines.findIndex((line, index) => index > 0 && kindOf(line.text) === 'next-page');
  const bodyEnd = nextPageIndex < 0 ? lines.length : nextPageIndex;
  const { lead, keyPoints, bodyStart } = readHead(lines, bodyEnd, log);
  const page1 = readPageBody(lines, bodyStart, bodyEnd, log);
  const page2 = readNextPage(lines, nextPageIndex, log);
  finishPageOne(page1, log);
  uniqueHeadings([...page1.sections, ...page2.sections], log);

  return {
    draft: {
      headerComment: `${oneLine(options.inputName)} から取り込んだ下書き（${options.today}）。取り込みの報告${options.reportName ? `（${oneLine(options.reportName)}）` : ''}で推測した箇所と置けなかった行を確かめ、${TO_FILL} の箇所を書き換えてから draft: false にします。`,
      frontMatter: {
        title: titleLine.text,
        lead,
        keyPoints,
        published: options.today,
        topics: [PLACEHOLDER_TOPIC],
        draft: true,
        corrections: [],
      },
      fieldComments: {
        published: '取り込んだ日。公開する日に合わせる',
        topics: 'トピック名（小文字・数字・ハイフン）を一つ以上、例：[north-korea, russia]',
      },
      pages: [page1, page2],
    },
    placements: [...log.placements].sort((a, b) => a.line - b.line),
    unplaced: [...log.unplaced].sort((a, b) => a.line - b.line),
    notes: [...log.notes].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
