// The revision of an original (ja.md) that a translation names in `translatedFrom.revision`: one
// short hash per part a translator works through — the front matter's texts, then per page its
// head (the ::page line and the opener) and each section. Content hashes rather than a git
// commit, so that the check works in a shallow clone, in CI and before anything is committed; a
// hash per part, so that the warning can say which pages and sections changed.
import { createHash } from 'node:crypto';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FrontMatter } from '../parse/front-matter-schema';
import { parseMarkdown } from '../parse/markdown';

export interface OriginalPage {
  head: string;
  sections: { heading: string; hash: string }[];
}

export interface OriginalRevision {
  front: string;
  pages: OriginalPage[];
}

const HASH_LENGTH = 6;

function shortHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, HASH_LENGTH);
}

/** Line-end spaces and blank lines around a part do not change it; every other character does. */
function normalize(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** The front-matter fields a translator translates (not dates, topics or draft). */
function frontTexts(frontMatter: FrontMatter): string {
  const { title, lead, keyPoints, corrections, updates, terms } = frontMatter;
  return JSON.stringify({ title, lead, keyPoints, corrections, updates, terms });
}

export function originalRevision(text: string, frontMatter: FrontMatter): OriginalRevision {
  const root = parseMarkdown(text);
  const pages: OriginalPage[] = [];
  // Each part runs from its marker (::page or ##) to the next marker.
  const marks: { kind: 'page' | 'section'; offset: number; node: RootContent }[] = [];
  for (const node of root.children) {
    const offset = node.position?.start.offset;
    if (offset === undefined) continue;
    if (node.type === 'leafDirective' && node.name === 'page') marks.push({ kind: 'page', offset, node });
    else if (node.type === 'heading' && node.depth === 2) marks.push({ kind: 'section', offset, node });
  }
  marks.forEach((mark, index) => {
    const end = marks[index + 1]?.offset ?? text.length;
    const hash = shortHash(normalize(text.slice(mark.offset, end)));
    if (mark.kind === 'page') {
      pages.push({ head: hash, sections: [] });
      return;
    }
    // A section before the first ::page is an error of its own; it belongs to no page here.
    pages.at(-1)?.sections.push({ heading: toString(mark.node), hash });
  });
  return { front: shortHash(frontTexts(frontMatter)), pages };
}

/** `front page1head.section.section page2head.section …`, as stored in en.md. */
export function formatRevision(revision: OriginalRevision): string {
  return [revision.front, ...revision.pages.map((page) => [page.head, ...page.sections.map((section) => section.hash)].join('.'))].join(' ');
}

interface StoredRevision {
  front: string;
  pages: { head: string; sections: string[] }[];
}

export function parseRevision(value: string): StoredRevision {
  const [front = '', ...pages] = value.split(' ');
  return {
    front,
    pages: pages.map((group) => {
      const [head = '', ...sections] = group.split('.');
      return { head, sections };
    }),
  };
}

/** What changed in the original since the stored revision, in words an editor reads. */
export function changesSince(stored: string, current: OriginalRevision): string[] {
  const before = parseRevision(stored);
  const changes: string[] = [];
  if (before.front !== current.front) changes.push('the title, lead, key points, updates, corrections or terms');
  current.pages.forEach((page, index) => {
    const number = index + 1;
    const old = before.pages[index];
    if (!old) {
      changes.push(`page ${number} (new)`);
      return;
    }
    if (old.head !== page.head) changes.push(`page ${number}: its title, teaser or opener`);
    const kept = new Set(old.sections);
    const changed = page.sections.filter((section) => !kept.has(section.hash));
    for (const section of changed) changes.push(`page ${number}: the section 「${section.heading}」`);
    const current = new Set(page.sections.map((section) => section.hash));
    const removed = old.sections.filter((hash) => !current.has(hash)).length - changed.length;
    if (removed > 0) changes.push(`page ${number}: ${removed === 1 ? 'a section was' : `${removed} sections were`} removed`);
  });
  const dropped = before.pages.length - current.pages.length;
  if (dropped > 0) changes.push(`${dropped === 1 ? 'a page was' : `${dropped} pages were`} removed`);
  return changes;
}
