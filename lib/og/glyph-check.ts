// The OG renderer's contribution to the content check. Share images draw the title, page titles,
// key points and teasers with the Noto Sans JP font that ships with the renderer. A character
// outside that font would come out as a box (or make the renderer reach for a CDN), so the checker
// stops it here, naming the file, line and character.
import type { ContentValidator } from '@/lib/content/checks/corpus';
import type { SourcePosition } from '@/lib/content/checks/issues';
import type { ContentIssue } from '@/lib/content/types';
import type { GlyphSource } from './glyphs';
import { segmentGlyphs } from './glyphs';
import { packageGlyphs } from './package-glyphs';

/** Distinct graphemes of `text` the OG image cannot draw, in order of first appearance. */
export function missingGlyphs(text: string, source: GlyphSource = packageGlyphs()): string[] {
  const missing = new Set<string>();
  for (const piece of segmentGlyphs(text, source)) {
    if (piece.kind === 'missing') missing.add(piece.grapheme);
  }
  return [...missing];
}

function describe(grapheme: string): string {
  const codePoints = [...grapheme].map((char) => `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${grapheme}" (${codePoints.join(' ')})`;
}

export const ogGlyphCoverage: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      const texts: { what: string; text: string; at: SourcePosition }[] = [];
      if (file.frontMatter) {
        texts.push({ what: 'title', text: file.frontMatter.title, at: file.locate(['title']) });
        file.frontMatter.keyPoints.forEach((point, index) =>
          texts.push({ what: `key point ${index + 1}`, text: point, at: file.locate(['keyPoints', index]) }),
        );
      }
      file.pages.forEach((page, index) => {
        const at = file.pageStarts[index] ?? file.bodyStart;
        texts.push({ what: `page ${page.number} title`, text: page.title, at });
        texts.push({ what: `page ${page.number} teaser`, text: page.teaser, at });
      });
      for (const { what, text, at } of texts) {
        const missing = missingGlyphs(text);
        if (missing.length === 0) continue;
        issues.push({
          path: file.path,
          ...at,
          severity: 'error',
          message: `the ${what} has ${missing.map(describe).join(', ')}, which the share image font cannot draw`,
          hint: 'write it with characters the font has (a common variant, kana or words), or ask a developer to add a font that covers it',
        });
      }
    }
  }
  return issues;
};
