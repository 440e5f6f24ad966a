// The text textlint reads: the file with the syntax of the inline marks cut out (`:term[`,
// `]{id="…"}`, `:ruby[`, `]{reading="…"}`, `:allow[`, `]{rule="…"}`), so that a name the file splits
// with a mark (`:term[金正恩]{id="kim-jong-un"}総書記`) reads as one word, as readers read it, and the
// house dictionary sees 金正恩総書記. Every offset maps back to the file, so that messages keep
// their true line and column. Everything else (front matter, block lines) stays where it is.

/** A run of the file's characters, [start, end), that textlint does not read. */
export type Cut = readonly [number, number];

export interface ReaderText {
  text: string;
  /** A file offset in the reader text; an offset inside a cut lands where the cut was. */
  toReader(offset: number): number;
  /** A reader-text offset in the file: the kept character it names. */
  toFile(offset: number): number;
  /** 0-based line and column of a reader-text offset, for the nodes' `loc`. */
  position(offset: number): { line: number; column: number };
}

export function readerText(file: string, cuts: readonly Cut[]): ReaderText {
  const sorted = [...cuts].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) throw new Error('prose: overlapping cuts');
    text += file.slice(at, start);
    at = end;
  }
  text += file.slice(at);

  const toReader = (offset: number) => {
    let removed = 0;
    for (const [start, end] of sorted) {
      if (start >= offset) break;
      removed += Math.min(end, offset) - start;
    }
    return offset - removed;
  };
  const toFile = (offset: number) => {
    let result = offset;
    for (const [start, end] of sorted) {
      if (start > result) break;
      result += end - start;
    }
    return result;
  };
  return { text, toReader, toFile, position: lineColumns(text) };
}

/** 1-based line, 0-based column of an offset in `text` (textlint's convention for `loc`). */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) };
  };
}
