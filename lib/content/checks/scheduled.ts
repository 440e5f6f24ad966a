// `npm run check:content` lists every explainer that is scheduled (its publication moment is still
// ahead of the clock; lib/content/publication.ts): information, not a problem. Drafts are left out:
// they go nowhere until `draft: true` is removed, whatever their date.
import type { ParsedExplainerFile } from '../parse/explainer-file';
import { isScheduled, NEWSROOM_OFFSET, readPublication } from '../publication';
import type { ContentIssue } from '../types';

export function scheduledIssues(files: Iterable<ParsedExplainerFile>, now: Date): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const file of files) {
    const frontMatter = file.frontMatter;
    if (!frontMatter || frontMatter.draft) continue;
    const publication = readPublication(frontMatter.published);
    if (typeof publication === 'string' || !isScheduled(publication, now)) continue;
    issues.push({
      path: file.path,
      ...file.locate(['published']),
      severity: 'info',
      message: `scheduled to go online with the first build on or after ${japanTime(publication.at)} (Japan time)`,
      hint: 'until then the production build, feeds, sitemap and search leave it out; npm run dev shows it',
    });
  }
  return issues;
}

/** `2026-12-09T22:00:00.000Z` → `2026-12-10 07:00`, in the newsroom's zone. */
export function japanTime(instant: string): string {
  const hours = Number(NEWSROOM_OFFSET.slice(1, 3)) * (NEWSROOM_OFFSET.startsWith('-') ? -1 : 1);
  const shifted = new Date(new Date(instant).getTime() + hours * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}
