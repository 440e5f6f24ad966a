// The old site's plain-text export, read line by line. It is not Markdown: each line is one
// paragraph or one labelled item, recognised by the emoji or the UI words the old site printed in
// front of it. Blank lines carry no meaning of their own except where import.ts says so.
import { httpsProblem } from '@/lib/content/checks/urls';

export interface InputLine {
  /** 1-based line number in the input file, for the report. */
  number: number;
  /** The line without surrounding spaces (full-width ones included). */
  text: string;
  /** Whether one or more blank lines come right before it. */
  afterBlank: boolean;
}

/** Non-blank lines with their numbers. Accepts LF, CRLF and CR, and a leading BOM. */
export function readLines(text: string): InputLine[] {
  const lines: InputLine[] = [];
  let afterBlank = false;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const trimmed = raw.trim();
      if (trimmed === '') {
        afterBlank = true;
        return;
      }
      lines.push({ number: index + 1, text: trimmed, afterBlank: afterBlank && lines.length > 0 });
      afterBlank = false;
    });
  return lines;
}

/**
 * What a line is by its first characters:
 * - `💡 …` a key point;
 * - `✅ …` a point taken from a source;
 * - `さらに読む ⇒<name>出典/画像元: <URL>` the source of the ✅ points just above;
 * - `次のページを読む ⇒` the link to the next page (its teaser follows);
 * - anything else is text, placed by its position (see import.ts).
 */
export type LineKind = 'key-point' | 'source-point' | 'source' | 'next-page' | 'text';

const KEY_POINT = '💡';
const SOURCE_POINT = '✅';
const SOURCE_LABEL = 'さらに読む';
const NEXT_PAGE_LABEL = '次のページを読む';

export function kindOf(text: string): LineKind {
  if (text.startsWith(KEY_POINT)) return 'key-point';
  if (text.startsWith(SOURCE_POINT)) return 'source-point';
  if (text.startsWith(SOURCE_LABEL)) return 'source';
  if (text.startsWith(NEXT_PAGE_LABEL)) return 'next-page';
  return 'text';
}

/** The kind of `lines[index]`, or undefined past the end. */
export function kindAt(lines: readonly InputLine[], index: number): LineKind | undefined {
  const line = lines[index];
  return line ? kindOf(line.text) : undefined;
}

/** The text after an emoji mark (and the emoji variation selector some exports add). */
export function afterMark(text: string): string {
  const mark = [KEY_POINT, SOURCE_POINT].find((candidate) => text.startsWith(candidate)) ?? '';
  return text.slice(mark.length).replace(/^\uFE0F/, '').trim();
}

/** The arrow the old site printed after its link labels: ⇒, →, => or >. */
const ARROW = /^(?:⇒|→|=>|>)/;

/** The text after `次のページを読む ⇒` on the same line: the teaser, when it was not put on the next line. */
export function afterNextPageLabel(text: string): string {
  return text.slice(NEXT_PAGE_LABEL.length).trim().replace(ARROW, '').trim();
}

export type SourceLine =
  | {
      ok: true;
      /** The source's name as printed (may be empty). */
      name: string;
      url: string;
      /** Text run together after the address: the start of the paragraph that followed. */
      runIn: string;
    }
  | { ok: false; problem: string };

// The characters an address may contain (RFC 3986: unreserved, reserved and %). The old export
// glues the next paragraph to the address, so the address ends at the first other character.
const ADDRESS = /^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/i;
const ADDRESS_START = /https?:\/\//i;
// The label the old site printed between the name and the address: 出典/画像元: (and variants).
const ORIGIN_LABEL = /(?:出典|画像元)(?:\s*[/／・]\s*(?:出典|画像元))?\s*[:：]?$/;

/** Splits a `さらに読む ⇒…出典/画像元: https://…` line. */
export function parseSourceLine(text: string): SourceLine {
  const afterLabel = text.slice(SOURCE_LABEL.length).trim().replace(ARROW, '').trim();
  const start = afterLabel.search(ADDRESS_START);
  if (start < 0) return { ok: false, problem: 'the source line has no address (https://…)' };
  const name = afterLabel.slice(0, start).trim().replace(ORIGIN_LABEL, '').trim();
  const rest = afterLabel.slice(start);
  const url = ADDRESS.exec(rest)?.[0] ?? '';
  const problem = httpsProblem(url);
  if (problem) return { ok: false, problem: `the source address ${problem}` };
  return { ok: true, name, url, runIn: rest.slice(url.length).trim() };
}
