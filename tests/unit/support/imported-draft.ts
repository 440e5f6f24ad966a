// Shared by the editor-import-*.test.ts files: the fixtures of tests/fixtures/import/ (short made-up
// stories in the shape of the old site's plain-text export), the importer run on them, and the
// round trip that writes a draft into a scratch content folder and reads it back as the site does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import type { Explainer, ExplainerPage, Inline, Prose } from '@/lib/content/types';
import type { DraftBlock, DraftPage } from '@/lib/editor-tools/draft';
import { draftToMarkdown } from '@/lib/editor-tools/draft-markdown';
import { importOldFormat, type ImportResult } from '@/lib/editor-tools/old-format/import';
import { writeNewExplainer } from '@/lib/editor-tools/write-explainer';

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));
export const TODAY = '2026-05-14';

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function fixtureLines(name: string): string[] {
  return fixtureText(name).split('\n');
}

export function importText(text: string): ImportResult {
  return importOldFormat(text, { today: TODAY, inputName: 'fixture.txt' });
}

/** Writes the draft into a fresh content folder and runs the real content check over it. */
export function check(result: ImportResult, slug = 'imported'): { loaded: LoadedContent; explainer: Explainer | undefined } {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-import-'));
  try {
    fs.mkdirSync(path.join(contentDir, 'explainers'));
    writeNewExplainer({ contentDir, slug, markdown: draftToMarkdown(result.draft) });
    const loaded = loadContent({ contentDir, baseDir: contentDir, includeDrafts: true });
    return { loaded, explainer: loaded.explainers.find((each) => each.slug === slug) };
  } finally {
    fs.rmSync(contentDir, { recursive: true, force: true });
  }
}

/** Inline content that must be plain text: anything else means the writer failed to escape. */
function plain(inlines: readonly Inline[]): string {
  for (const inline of inlines) expect(inline.type).toBe('text');
  return inlines.map((inline) => (inline.type === 'text' ? inline.value : '')).join('');
}

function paragraphText(prose: Prose): string {
  expect(prose.type).toBe('paragraph');
  return prose.type === 'paragraph' ? plain(prose.children) : '';
}

/** A loaded page in the draft's shape, to compare what was written with what the site reads. */
export function outline(page: ExplainerPage): DraftPage {
  return {
    title: page.title,
    teaser: page.teaser,
    opener: page.intro.map(paragraphText),
    sections: page.sections.map((section) => ({
      heading: section.heading,
      ...(section.qa ? { qa: { question: section.qa.question, answer: plain(section.qa.answer) } } : {}),
      blocks: section.blocks.map((block): DraftBlock => {
        switch (block.type) {
          case 'source':
            return { type: 'source', name: block.name, url: block.url, points: block.points.map(plain) };
          case 'commentary':
          case 'voice':
            return { type: block.type, paragraphs: block.children.map(paragraphText) };
          case 'paragraph':
          case 'list':
          case 'quote':
            return { type: 'paragraph', text: paragraphText(block) };
          default:
            throw new Error(`the importer never writes a ${block.type} block`);
        }
      }),
    })),
  };
}

/** Every non-blank input line is placed or reported, none silently dropped. */
export function expectEveryLineAccountedFor(text: string, result: ImportResult): void {
  const nonBlank = text
    .split('\n')
    .flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
  const accounted = new Set([...result.placements.map((each) => each.line), ...result.unplaced.map((each) => each.line)]);
  expect([...accounted].sort((a, b) => a - b)).toEqual(nonBlank);
}
