// Rule 12 of import.ts: page 1's title and teaser, which the export does not have, and the
// placeholders that make both pages pass the content check (every section has text, every heading
// its own link).
import { slug as slugify } from 'github-slugger';
import { TO_FILL, type DraftPage, type DraftSection } from '../draft';
import type { ImportLog } from './import-log';

export function finishPageOne(page: DraftPage, log: ImportLog): void {
  if (page.sections.length === 0) {
    page.sections.push({ heading: `${TO_FILL}見出し`, blocks: [] });
    log.note('no section heading recognised (a short line followed by a question line): page 1 has a placeholder section, and its text is in the opener');
  }
  page.title = page.sections[0]?.qa ? page.sections[0].heading : `${TO_FILL}1ページ目の題`;
  page.teaser = `${TO_FILL}1ページ目を一行で紹介する文`;
  log.note("page 1's title is its first section heading, and its teaser is a placeholder: the export has neither");
  for (const each of page.sections) {
    if (each.blocks.length === 0) {
      each.blocks.push({ type: 'paragraph', text: `${TO_FILL}本文` });
      log.note(`the section "${each.heading}" had no text after its Q&A: it has a placeholder paragraph`);
    }
  }
}

/**
 * Each heading becomes the section's link, so two headings with the same link are an error in
 * the checker; the export may well repeat one. The second gets a number, and a note.
 */
export function uniqueHeadings(sections: DraftSection[], log: ImportLog): void {
  const used = new Set<string>();
  for (const section of sections) {
    let heading = section.heading;
    for (let count = 2; used.has(slugify(heading)); count++) heading = `${section.heading}（${count}）`;
    if (heading !== section.heading) {
      log.note(`the heading "${section.heading}" appears twice: the second one is now "${heading}"`);
      section.heading = heading;
    }
    used.add(slugify(heading));
  }
}
