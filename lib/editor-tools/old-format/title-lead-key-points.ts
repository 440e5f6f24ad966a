// Rules 1–3 of import.ts: the title, the lead and the three key points at the top of the export.
import { joinSoftBreaks } from '@/lib/content/parse/text';
import type { Inline } from '@/lib/content/types';
import { TO_FILL } from '../draft';
import type { ImportLog } from './import-log';
import { afterMark, kindAt, kindOf, type InputLine } from './lines';

export interface Head {
  lead: string;
  keyPoints: [string, string, string];
  /** Index of the first line after the key points: where the page body begins. */
  bodyStart: number;
}

/** Lines 1 to `bodyEnd` hold the lead and key points; line 0, the title, is placed by the caller. */
export function readHead(lines: readonly InputLine[], bodyEnd: number, log: ImportLog): Head {
  const keyStart = lines.findIndex((line, index) => index > 0 && index < bodyEnd && kindOf(line.text) === 'key-point');
  const leadEnd = keyStart >= 0 ? keyStart : Math.min(2, bodyEnd);
  const lead = readLead(lines.slice(1, leadEnd), log);
  const { keyPoints, end } = readKeyPoints(lines, leadEnd, bodyEnd, log);
  return { lead, keyPoints, bodyStart: end };
}

/** Rule 2: the text lines between the title and the first 💡 line, joined into one text. */
function readLead(lines: readonly InputLine[], log: ImportLog): string {
  const texts: string[] = [];
  for (const line of lines) {
    if (kindOf(line.text) === 'text') {
      texts.push(line.text);
      log.place(line, 'lead');
    } else {
      log.leave(line, 'a marked line (✅, さらに読む) between the title and the key points');
    }
  }
  const lead = joinLines(texts);
  if (lead !== '') return lead;
  log.note('no lead found after the title: the lead is a placeholder');
  return `${TO_FILL}タイトルの下に出る要約`;
}

/** Rule 3: the run of 💡 lines from `start`; three key points, completed with placeholders. */
function readKeyPoints(lines: readonly InputLine[], start: number, bodyEnd: number, log: ImportLog) {
  const keyPoints: string[] = [];
  let end = start;
  while (end < bodyEnd && kindAt(lines, end) === 'key-point') {
    const line = lines[end]!;
    if (keyPoints.length < 3) {
      keyPoints.push(afterMark(line.text) || `${TO_FILL}要点`);
      log.place(line, 'key-point');
    } else {
      log.leave(line, 'a fourth 💡 key point: an explainer has exactly three');
    }
    end += 1;
  }
  if (keyPoints.length < 3) {
    log.note(`${keyPoints.length} 💡 key point(s) found: the missing ones are placeholders`);
    while (keyPoints.length < 3) keyPoints.push(`${TO_FILL}要点${keyPoints.length + 1}（一行で）`);
  }
  return { keyPoints: [keyPoints[0]!, keyPoints[1]!, keyPoints[2]!] as [string, string, string], end };
}

/** Lines of one text, joined as the content layer joins wrapped lines (no space between Japanese). */
function joinLines(texts: readonly string[]): string {
  const parts: Inline[] = [{ type: 'text', value: texts.join('\n') }];
  joinSoftBreaks(parts);
  const [first] = parts;
  return first?.type === 'text' ? first.value.trim() : '';
}
