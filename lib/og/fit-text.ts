// Picks the largest font size at which a text fits its box, then lays out its lines.
import type { OgFontWeight } from './assets';
import { layoutLines, type LineLayout } from './line-break';
import { createMeasure } from './text-measure';

export interface FitOptions {
  weight: OgFontWeight;
  /** Candidate sizes in px, largest first; the last one is used (clamped) if none fits. */
  sizes: readonly number[];
  maxWidth: number;
  maxLines: number;
  ellipsis: string;
  balance?: boolean;
}

export interface FittedText extends LineLayout {
  fontSize: number;
}

export function fitText(text: string, { weight, sizes, ...layout }: FitOptions): FittedText {
  let fitted: FittedText | undefined;
  for (const fontSize of sizes) {
    const measure = createMeasure(weight, fontSize);
    fitted = { fontSize, ...layoutLines(text, { ...layout, measure }) };
    if (!fitted.truncated) return fitted;
  }
  if (!fitted) throw new Error('fitText needs at least one font size');
  return fitted;
}
