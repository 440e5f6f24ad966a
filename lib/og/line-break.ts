// Line breaking for the OG image. satori breaks Japanese between any two characters and cannot
// clamp text that mixes in emoji images, so we lay the lines out ourselves: phrases from BudouX,
// kinsoku (no closing punctuation at a line start, no opening bracket at a line end), and an
// ellipsis on the last allowed line. The measure function is passed in, so this stays pure.
import { toPhrases } from '@/lib/site/phrases';

/** Must not start a line (行頭禁則): closing brackets, punctuation, prolonged sound mark, small kana. */
const noLineStart = new Set(
  Array.from(
    '、。，．,.・：；:;？！?!‼⁇⁈⁉)）]］}｝〕〉》」』】〙〗〟’”»ー〜～…‥ゝゞヽヾ々〻' +
      'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%％',
  ),
);
/** Must not end a line (行末禁則): opening brackets and quotes. */
const noLineEnd = new Set(Array.from('(（[［{｛〔〈《「『【〘〖〝‘“«'));
/** Not left dangling before an ellipsis: "円安は、…" reads worse than "円安は…". */
const droppedBeforeEllipsis = new Set([...noLineEnd, ...Array.from('、。，．,.・：；:;')]);

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const latinWordChar = /[\p{Script=Latin}\p{Nd}]/u;
const graphemeSegmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** A grapheme without variation selectors, for the kinsoku tables: ‼️ behaves like ‼. */
function bare(grapheme: string): string {
  return grapheme.replace(/[\uFE00-\uFE0F]/gu, '');
}

function graphemesOf(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

const leadingSpace = /^\s+/u;

/**
 * Moves graphemes across unit boundaries until no unit (but the first) starts with a space or
 * a line-start-prohibited character and none ends with a line-end-prohibited one (trailing
 * spaces aside). Spaces stay with the unit before them, where a line end trims them away.
 */
export function applyKinsoku(units: readonly string[]): string[] {
  const out: string[] = [];
  for (const unit of units) {
    let rest = unit;
    // Spaces and closing punctuation ride on the end of the previous unit.
    while (out.length > 0 && rest !== '') {
      const space = leadingSpace.exec(rest)?.[0];
      const first = space ?? graphemesOf(rest)[0] ?? '';
      if (space === undefined && !noLineStart.has(bare(first))) break;
      out[out.length - 1] += first;
      rest = rest.slice(first.length);
    }
    if (rest === '') continue;
    // An opening bracket (with any spaces after it) at the end of the previous unit moves down
    // with this one; a unit that was nothing but opening brackets disappears into this one.
    let previous = out.at(-1);
    while (previous !== undefined) {
      const trimmed = previous.trimEnd();
      const last = graphemesOf(trimmed).at(-1) ?? '';
      if (!noLineEnd.has(bare(last))) break;
      const cut = trimmed.length - last.length;
      rest = previous.slice(cut) + rest;
      previous = previous.slice(0, cut);
      if (previous.trim() === '') {
        out.pop();
        rest = previous + rest;
        previous = out.at(-1);
      } else {
        out[out.length - 1] = previous;
      }
    }
    out.push(rest);
  }
  return out;
}

/**
 * The text as the smallest pieces a line may break between: words at spaces (a space stays
 * with the word before it), Japanese runs split into BudouX phrases, then kinsoku applied.
 */
export function splitPhrases(text: string): string[] {
  const words = text.trim().split(/(?<=\s)(?=\S)/u);
  const units = words.flatMap((word) => {
    if (word === '') return [];
    if (!cjk.test(word)) return [word];
    return toPhrases(word);
  });
  return applyKinsoku(units);
}

export interface LineLayoutOptions {
  /** Width of one line, in the unit `measure` returns. */
  maxWidth: number;
  maxLines: number;
  /** Width of a string as drawn. */
  measure: (text: string) => number;
  ellipsis?: string;
  /**
   * Narrow the lines as far as the line count allows, so a headline does not leave one word on
   * its last line (what CSS calls `text-wrap: balance`).
   */
  balance?: boolean;
}

export interface LineLayout {
  lines: string[];
  /** True when text was cut and the last line ends with the ellipsis. */
  truncated: boolean;
}

function withEllipsis(line: string, { maxWidth, measure, ellipsis = '…' }: LineLayoutOptions): string {
  const kept = graphemesOf(line);
  const trimmed = (): string => {
    const parts = [...kept];
    while (parts.length > 0 && (droppedBeforeEllipsis.has(parts.at(-1) ?? '') || /^\s+$/u.test(parts.at(-1) ?? ''))) {
      parts.pop();
    }
    return parts.join('');
  };
  while (kept.length > 0 && measure(trimmed() + ellipsis) > maxWidth) kept.pop();
  // In Latin text, end on a whole word ("keeps…", not "keeps fal…") when a space is at hand.
  const cut = kept.length;
  const before = kept[cut - 1] ?? '';
  const after = graphemesOf(line)[cut] ?? '';
  if (latinWordChar.test(before) && latinWordChar.test(after)) {
    const space = kept.findLastIndex((g) => /^\s+$/u.test(g));
    if (space > 0) kept.length = space;
  }
  return trimmed() + ellipsis;
}

/** Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at phrase boundaries. */
export function layoutLines(text: string, options: LineLayoutOptions): LineLayout {
  const phrases = splitPhrases(text);
  const greedy = fillLines(phrases, options);
  if (!options.balance || greedy.truncated || greedy.lines.length < 2) return { lines: greedy.lines, truncated: greedy.truncated };

  // Binary search for the narrowest width that still needs no more lines.
  let best: LineLayout = greedy;
  let low = options.maxWidth / 2;
  let high = options.maxWidth;
  while (high - low > 1) {
    const width = (low + high) / 2;
    const attempt = fillLines(phrases, { ...options, maxWidth: width });
    // A narrower box must not buy balance by splitting a phrase that fitted before.
    if (!attempt.truncated && attempt.lines.length === greedy.lines.length && attempt.splits <= greedy.splits) {
      best = attempt;
      high = width;
    } else {
      low = width;
    }
  }
  return { lines: best.lines, truncated: best.truncated };
}

/** Greedy filling; `splits` counts phrases that had to be broken between graphemes. */
function fillLines(phrases: readonly string[], options: LineLayoutOptions): LineLayout & { splits: number } {
  const { maxWidth, maxLines, measure } = options;
  const queue = [...phrases];
  const lines: string[] = [];
  let current = '';
  let splits = 0;

  while (queue.length > 0 && lines.length < maxLines) {
    const unit = queue.shift() ?? '';
    const candidate = current + unit;
    if (measure(candidate.trimEnd()) <= maxWidth) {
      current = candidate;
    } else if (current !== '') {
      lines.push(current.trimEnd());
      current = '';
      queue.unshift(unit.trimStart());
    } else {
      // A phrase wider than a whole line: break it between graphemes, kinsoku still applying.
      const pieces = applyKinsoku(graphemesOf(unit));
      if (pieces.length > 1) {
        queue.unshift(...pieces);
        splits += 1;
      } else {
        current = unit;
      }
    }
  }
  if (current.trim() !== '' && lines.length < maxLines) {
    lines.push(current.trimEnd());
    current = '';
  }

  const truncated = queue.length > 0 || current.trim() !== '';
  if (truncated && lines.length > 0) {
    lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] ?? '', options);
  }
  return { lines, truncated, splits };
}
