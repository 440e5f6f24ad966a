// Old site's plain-text export (one page of an explainer) → a draft in our format.
//
// The export has no markup beyond a few emoji and UI labels, so most parts are recognised by
// position. These are the rules, in the order the parts appear; each is a guess about a format we
// only know from examples, and every guess that could be wrong is listed in `notes` for the editor:
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
import { slug as slugify } from 'github-slugger';
import { joinSoftBreaks } from '@/lib/content/parse/text';
import type { Inline } from '@/lib/content/types';
import { paragraphTextProblem, PLACEHOLDER_TOPIC, TO_FILL, type DraftBlock, type DraftExplainer, type DraftPage, type DraftSection } from '../draft';
import { afterMark, afterNextPageLabel, kindOf, parseSourceLine, readLines, type InputLine } from './lines';

/** Longer lines are taken for paragraphs even without `。`. The reference's headings are ~20. */
export const MAX_HEADING_LENGTH = 40;

export type Part =
  | 'title'
  | 'lead'
  | 'key-point'
  | 'opener'
  | 'heading'
  | 'question'
  | 'answer'
  | 'body'
  | 'source-point'
  | 'source'
  | 'commentary'
  | 'voice'
  | 'next-page'
  | 'teaser';

export interface Placement {
  line: number;
  part: Part;
}

export interface UnplacedLine {
  line: number;
  text: string;
  reason: string;
}

/** A guess the editor should check, or a placeholder to fill. */
export interface ImportNote {
  line?: number;
  message: string;
}

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

const SENTENCE_END = /[。．！!？?、,]$/;
const QUESTION_END = /[?？]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const FIRST_SENTENCE = /^(.+?[。．！!？?])(?=.)/;

export function importOldFormat(input: string, options: ImportOptions): ImportResult {
  const lines = readLines(input);
  const [titleLine] = lines;
  if (!titleLine) throw new EmptyInputError('the file has no text');

  const placements: Placement[] = [];
  const unplaced: UnplacedLine[] = [];
  const notes: ImportNote[] = [];
  const place = (line: InputLine, part: Part) => placements.push({ line: line.number, part });
  const leave = (line: InputLine, reason: string) => unplaced.push({ line: line.number, text: line.text, reason });
  const kind = (index: number) => {
    const line = lines[index];
    return line ? kindOf(line.text) : undefined;
  };

  // 1–3: title, lead, key points.
  place(titleLine, 'title');
  const nextPageIndex = lines.findIndex((line, index) => index > 0 && kindOf(line.text) === 'next-page');
  const bodyEnd = nextPageIndex < 0 ? lines.length : nextPageIndex;
  const keyStart = lines.findIndex((line, index) => index > 0 && index < bodyEnd && kindOf(line.text) === 'key-point');
  const leadEnd = keyStart >= 0 ? keyStart : Math.min(2, bodyEnd);
  const leadTexts: string[] = [];
  for (let index = 1; index < leadEnd; index++) {
    const line = lines[index]!;
    if (kindOf(line.text) === 'text') {
      leadTexts.push(line.text);
      place(line, 'lead');
    } else {
      leave(line, 'a marked line (✅, さらに読む) between the title and the key points');
    }
  }
  let lead = joinLines(leadTexts);
  if (lead === '') {
    lead = `${TO_FILL}タイトルの下に出る要約`;
    notes.push({ message: 'no lead found after the title: the lead is a placeholder' });
  }

  let bodyStart = leadEnd;
  const keyPoints: string[] = [];
  while (bodyStart < bodyEnd && kind(bodyStart) === 'key-point') {
    const line = lines[bodyStart]!;
    if (keyPoints.length < 3) {
      keyPoints.push(afterMark(line.text) || `${TO_FILL}要点`);
      place(line, 'key-point');
    } else {
      leave(line, 'a fourth 💡 key point: an explainer has exactly three');
    }
    bodyStart += 1;
  }
  if (keyPoints.length < 3) {
    notes.push({ message: `${keyPoints.length} 💡 key point(s) found: the missing ones are placeholders` });
    while (keyPoints.length < 3) keyPoints.push(`${TO_FILL}要点${keyPoints.length + 1}（一行で）`);
  }

  // 4–10: the page body.
  const page1: DraftPage = { title: '', teaser: '', opener: [], sections: [] };
  const voiceIndex = findLastIndex(lines, bodyStart, bodyEnd, (line) => kindOf(line.text) === 'text');
  const isHeadingAt = (index: number): boolean => {
    const [heading, question, answer] = [lines[index], lines[index + 1], lines[index + 2]];
    return (
      heading !== undefined &&
      question !== undefined &&
      answer !== undefined &&
      index + 2 < bodyEnd &&
      [index, index + 1, index + 2].every((each) => kind(each) === 'text') &&
      looksLikeHeading(heading.text) &&
      QUESTION_END.test(question.text) &&
      !answer.afterBlank &&
      paragraphTextProblem(answer.text) === undefined
    );
  };

  let section: DraftSection | undefined;
  let commentary: Extract<DraftBlock, { type: 'commentary' }> | undefined;
  const addCommentary = (line: InputLine, text: string) => {
    if (!section || !commentary) return;
    if (commentary.paragraphs.length === 0) section.blocks.push(commentary);
    commentary.paragraphs.push(text);
    place(line, 'commentary');
  };

  for (let index = bodyStart; index < bodyEnd; index++) {
    const line = lines[index]!;
    const lineKind = kindOf(line.text);

    if (lineKind === 'text') {
      const problem = paragraphTextProblem(line.text);
      if (isHeadingAt(index)) {
        const question = lines[index + 1]!;
        const answer = lines[index + 2]!;
        section = { heading: line.text, qa: { question: question.text, answer: answer.text }, blocks: [] };
        page1.sections.push(section);
        commentary = undefined;
        place(line, 'heading');
        place(question, 'question');
        place(answer, 'answer');
        index += 2;
      } else if (problem) {
        leave(line, problem);
      } else if (!section) {
        page1.opener.push(line.text);
        place(line, 'opener');
      } else if (index === voiceIndex) {
        section.blocks.push({ type: 'voice', paragraphs: [line.text] });
        place(line, 'voice');
        notes.push({ line: line.number, message: "taken as the reader's voice (the last line of the page)" });
      } else if (commentary && !(line.afterBlank && commentary.paragraphs.length > 0)) {
        addCommentary(line, line.text);
      } else {
        commentary = undefined;
        section.blocks.push({ type: 'paragraph', text: line.text });
        place(line, 'body');
      }
      continue;
    }

    if (lineKind === 'source-point') {
      let end = index;
      while (end < bodyEnd && kind(end) === 'source-point') end += 1;
      const points = lines.slice(index, end);
      const sourceLine = end < bodyEnd && kind(end) === 'source' ? lines[end] : undefined;
      const parsed = sourceLine ? parseSourceLine(sourceLine.text) : undefined;
      if (!section || !sourceLine || !parsed?.ok) {
        const reason = !section
          ? '✅ points before the first section heading: a source card goes inside a section'
          : !parsed
            ? '✅ points without a "さらに読む ⇒…出典/画像元: https://…" line after them: a card needs its source'
            : `✅ points whose source cannot be linked: ${'problem' in parsed ? parsed.problem : ''}`;
        for (const point of points) leave(point, reason);
        if (sourceLine) leave(sourceLine, reason);
        commentary = undefined;
        index = sourceLine ? end : end - 1;
        continue;
      }
      let name = parsed.name;
      if (name === '') {
        name = new URL(parsed.url).hostname;
        notes.push({ line: sourceLine.number, message: `the source line has no name: the card is named after the address (${name})` });
      }
      const writable: InputLine[] = [];
      for (const point of points) {
        const problem = paragraphTextProblem(afterMark(point.text));
        if (problem) leave(point, problem);
        else writable.push(point);
      }
      if (writable.length === 0) {
        leave(sourceLine, 'no ✅ point of this source could be written, so there is no card to attach it to');
        commentary = undefined;
        index = end;
        continue;
      }
      section.blocks.push({ type: 'source', name, url: parsed.url, points: writable.map((point) => afterMark(point.text)) });
      for (const point of writable) place(point, 'source-point');
      place(sourceLine, 'source');
      commentary = { type: 'commentary', paragraphs: [] };
      const runInProblem = parsed.runIn === '' ? undefined : paragraphTextProblem(parsed.runIn);
      if (runInProblem) {
        unplaced.push({ line: sourceLine.number, text: parsed.runIn, reason: `the text after the address: ${runInProblem}` });
      } else if (parsed.runIn !== '') {
        addCommentary(sourceLine, parsed.runIn);
        notes.push({
          line: sourceLine.number,
          message: `the text after the address was taken as the start of the commentary; the address was cut at the first character that cannot be in one (${parsed.url} | ${parsed.runIn.slice(0, 10)}…): check it`,
        });
      }
      index = end;
      continue;
    }

    // A `💡` or `さらに読む` line here has nothing to belong to.
    commentary = undefined;
    leave(
      line,
      lineKind === 'key-point'
        ? 'a 💡 key point after the body has begun: key points are the three 💡 lines after the lead'
        : 'a source line without ✅ points right before it: a card needs its points',
    );
  }

  // Which commentaries may have taken in body text: those longer than their first line.
  for (const [number, count] of commentaryRuns(placements)) {
    if (count > 1) {
      notes.push({ line: number, message: `commentary of ${count} lines from here (up to the next heading, ✅ line, reader's voice or blank line): move any plain facts out of it` });
    }
  }

  // 11: the next page.
  const page2: DraftPage = { title: '', teaser: '', opener: [], sections: [] };
  let teaser = '';
  if (nextPageIndex >= 0) {
    const label = lines[nextPageIndex]!;
    place(label, 'next-page');
    let after = nextPageIndex + 1;
    teaser = afterNextPageLabel(label.text);
    if (teaser !== '') {
      place(label, 'teaser');
    } else if (kind(after) === 'text') {
      const line = lines[after]!;
      teaser = line.text;
      place(line, 'teaser');
      after += 1;
    }
    for (const line of lines.slice(after)) {
      leave(line, 'after the next-page teaser: the export holds one page, and what follows has no place in it');
    }
  }
  if (teaser === '') {
    page2.teaser = `${TO_FILL}2ページ目を一行で紹介する文`;
    notes.push({ message: 'no teaser after 次のページを読む: page 2 is all placeholders (an explainer has at least two pages)' });
  } else {
    page2.teaser = teaser;
  }
  const firstSentence = teaser === '' ? undefined : FIRST_SENTENCE.exec(teaser)?.[1]?.replace(/[。．]$/, '');
  page2.title = firstSentence ?? `${TO_FILL}2ページ目の題`;
  notes.push({
    message: firstSentence
      ? `page 2's title is the first sentence of its teaser ("${firstSentence}"): check it`
      : "page 2's title is a placeholder",
  });
  page2.sections.push({ heading: `${TO_FILL}2ページ目の見出し`, blocks: [{ type: 'paragraph', text: `${TO_FILL}2ページ目の本文。` }] });
  notes.push({ message: 'page 2 has a placeholder section: write its text (or import it separately and merge)' });

  // 12: page 1's title and teaser; every section needs text.
  if (page1.sections.length === 0) {
    page1.sections.push({ heading: `${TO_FILL}見出し`, blocks: [] });
    notes.push({ message: 'no section heading recognised (a short line followed by a question line): page 1 has a placeholder section, and its text is in the opener' });
  }
  page1.title = page1.sections[0]?.qa ? page1.sections[0].heading : `${TO_FILL}1ページ目の題`;
  page1.teaser = `${TO_FILL}1ページ目を一行で紹介する文`;
  notes.push({ message: "page 1's title is its first section heading, and its teaser is a placeholder: the export has neither" });
  for (const each of page1.sections) {
    if (each.blocks.length === 0) {
      each.blocks.push({ type: 'paragraph', text: `${TO_FILL}本文` });
      notes.push({ message: `the section "${each.heading}" had no text after its Q&A: it has a placeholder paragraph` });
    }
  }
  uniqueHeadings([...page1.sections, ...page2.sections], notes);

  placements.sort((a, b) => a.line - b.line);
  unplaced.sort((a, b) => a.line - b.line);
  return {
    draft: {
      headerComment: `${oneLine(options.inputName)} から取り込んだ下書き（${options.today}）。取り込みの報告${options.reportName ? `（${oneLine(options.reportName)}）` : ''}で推測した箇所と置けなかった行を確かめ、${TO_FILL} の箇所を書き換えてから draft: false にします。`,
      frontMatter: {
        title: titleLine.text,
        lead,
        keyPoints: [keyPoints[0]!, keyPoints[1]!, keyPoints[2]!],
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
    placements,
    unplaced,
    notes: notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
}

/** Rule 5, on the line alone. */
export function looksLikeHeading(text: string): boolean {
  return (
    [...text].length <= MAX_HEADING_LENGTH && !text.includes('。') && !SENTENCE_END.test(text) && LETTER_OR_DIGIT.test(text)
  );
}

/** Lines of one text, joined as the content layer joins wrapped lines (no space between Japanese). */
function joinLines(texts: readonly string[]): string {
  const parts: Inline[] = [{ type: 'text', value: texts.join('\n') }];
  joinSoftBreaks(parts);
  const [first] = parts;
  return first?.type === 'text' ? first.value.trim() : '';
}

function findLastIndex<T>(items: readonly T[], from: number, to: number, test: (item: T) => boolean): number {
  for (let index = to - 1; index >= from; index--) if (test(items[index]!)) return index;
  return -1;
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

/**
 * Each heading becomes the section's link, so two headings with the same link are an error in
 * the checker; the export may well repeat one. The second gets a number, and a note.
 */
function uniqueHeadings(sections: DraftSection[], notes: ImportNote[]): void {
  const used = new Set<string>();
  for (const section of sections) {
    let heading = section.heading;
    for (let count = 2; used.has(slugify(heading)); count++) heading = `${section.heading}（${count}）`;
    if (heading !== section.heading) {
      notes.push({ message: `the heading "${section.heading}" appears twice: the second one is now "${heading}"` });
      section.heading = heading;
    }
    used.add(slugify(heading));
  }
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
