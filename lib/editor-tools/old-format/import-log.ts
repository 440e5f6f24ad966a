// What the importer records while it reads: where each line went, the lines it could not place, and
// the guesses the editor should check. Every rule group writes into one log; report.ts prints it.
import type { InputLine } from './lines';

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

export class ImportLog {
  readonly placements: Placement[] = [];
  readonly unplaced: UnplacedLine[] = [];
  readonly notes: ImportNote[] = [];

  place(line: InputLine, part: Part): void {
    this.placements.push({ line: line.number, part });
  }

  /** A line, or (with `text`) part of one, that the draft cannot hold. */
  leave(line: InputLine, reason: string, text = line.text): void {
    this.unplaced.push({ line: line.number, text, reason });
  }

  note(message: string, line?: InputLine): void {
    this.notes.push(line ? { line: line.number, message } : { message });
  }
}
