// Rule 11 of import.ts: the 次のページを読む line and its teaser, which are all the export says
// about page 2; the rest of page 2 is placeholders.
import { TO_FILL, type DraftPage } from '../draft';
import type { ImportLog } from './import-log';
import { afterNextPageLabel, kindAt, type InputLine } from './lines';

const FIRST_SENTENCE = /^(.+?[。．！!？?])(?=.)/;

/** Page 2 from the next-page line at `labelIndex` (negative: the export has none). */
export function readNextPage(lines: readonly InputLine[], labelIndex: number, log: ImportLog): DraftPage {
  const teaser = labelIndex >= 0 ? readTeaser(lines, labelIndex, log) : '';
  const page: DraftPage = { title: '', teaser, opener: [], sections: [] };
  if (teaser === '') {
    page.teaser = `${TO_FILL}2ページ目を一行で紹介する文`;
    log.note('no teaser after 次のページを読む: page 2 is all placeholders (an explainer has at least two pages)');
  }
  const firstSentence = teaser === '' ? undefined : FIRST_SENTENCE.exec(teaser)?.[1]?.replace(/[。．]$/, '');
  page.title = firstSentence ?? `${TO_FILL}2ページ目の題`;
  log.note(firstSentence ? `page 2's title is the first sentence of its teaser ("${firstSentence}"): check it` : "page 2's title is a placeholder");
  page.sections.push({ heading: `${TO_FILL}2ページ目の見出し`, blocks: [{ type: 'paragraph', text: `${TO_FILL}2ページ目の本文。` }] });
  log.note('page 2 has a placeholder section: write its text (or import it separately and merge)');
  return page;
}

/** The text after the label, or the next line when the label is alone; what follows is not placed. */
function readTeaser(lines: readonly InputLine[], labelIndex: number, log: ImportLog): string {
  const label = lines[labelIndex]!;
  log.place(label, 'next-page');
  let after = labelIndex + 1;
  let teaser = afterNextPageLabel(label.text);
  if (teaser !== '') {
    log.place(label, 'teaser');
  } else if (kindAt(lines, after) === 'text') {
    const line = lines[after]!;
    teaser = line.text;
    log.place(line, 'teaser');
    after += 1;
  }
  for (const line of lines.slice(after)) {
    log.leave(line, 'after the next-page teaser: the export holds one page, and what follows has no place in it');
  }
  return teaser;
}
