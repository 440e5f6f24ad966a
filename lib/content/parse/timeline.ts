// The entries of a :::timeline: one list item each, starting with its date (a year, a month or a
// day) and a colon. A date that does not exist, or that could be read two ways (6/7/2024), is
// refused; entries out of chronological order are a warning, since a reversed list is sometimes meant.
import type { List } from 'mdast';
import type { IssueList } from '../checks/issues';
import { calendarProblem } from './front-matter-schema';
import { startOf } from './markdown';
import { listItems } from './prose';
import type { Inline, TimelineEntry } from '../types';

const ENTRY_HINT = 'start each entry with its date and a colon: "- 2024-06-19: …", "- 2024-06: …" or "- 2024: …"';
const LEADING_DATE = /^\s*([^\s:：]+)\s*[:：]\s*/u;
const DATE_LIKE = /^[\d/.\-年月日]+$/u;

const REAL_DATE_HINT = 'check the date: a year, YYYY-MM or YYYY-MM-DD that exists';

type DateReading = { date: string; precision: TimelineEntry['precision'] } | { problem: string; hint: string };

/** Reads a timeline date; exported for the tests of the date rules. */
export function readTimelineDate(token: string): DateReading {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(token);
  if (!match) {
    return DATE_LIKE.test(token)
      ? { problem: `"${token}" is not a date the timeline can read without guessing`, hint: 'write it with hyphens, year first: 2024-06-07, 2024-06 or 2024' }
      : { problem: 'the timeline entry has no date', hint: ENTRY_HINT };
  }
  const [, year = '', month, day] = match;
  if (month === undefined) return { date: token, precision: 'year' };
  const problem = calendarProblem(token, year, month, day);
  if (problem) return { problem, hint: REAL_DATE_HINT };
  return { date: token, precision: day === undefined ? 'month' : 'day' };
}

/** Whether `later` may follow `earlier`: a year and a month inside it are not out of order either way. */
function inOrder(earlier: string, later: string): boolean {
  return later.startsWith(earlier) || earlier.startsWith(later) || earlier <= later;
}

export function readTimelineEntries(list: List, issues: IssueList): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let previous: TimelineEntry | undefined;
  for (const item of list.children) {
    const at = startOf(item);
    const [inlines] = listItems({ ...list, children: [item] }, issues);
    if (!inlines) continue;
    const first = inlines[0];
    const match = first?.type === 'text' ? LEADING_DATE.exec(first.value) : null;
    const reading = match?.[1] ? readTimelineDate(match[1]) : ({ problem: 'the timeline entry has no date', hint: ENTRY_HINT } as const);
    if ('problem' in reading) {
      issues.error(at, reading.problem, reading.hint);
      continue;
    }
    const rest: Inline[] = first?.type === 'text' && match ? [{ type: 'text', value: first.value.slice(match[0].length) }, ...inlines.slice(1)] : inlines;
    const children = rest.filter((inline) => inline.type !== 'text' || inline.value !== '');
    if (children.length === 0) {
      issues.error(at, `the timeline entry ${reading.date} says nothing`, 'write what happened after the date and the colon');
      continue;
    }
    const entry: TimelineEntry = { ...reading, children };
    if (previous && !inOrder(previous.date, entry.date)) {
      issues.warning(at, `the timeline entry ${entry.date} comes after ${previous.date}`, 'list the entries from the earliest to the latest');
    }
    entries.push(entry);
    previous = entry;
  }
  return entries;
}
