// The glyphs of the fonts and emoji the renderer ships, read straight from their npm packages
// instead of the copies in assets/og/: the content check needs nothing but `npm ci`. The renderer
// keeps reading assets/og/ (assets.ts says why); both hold the same files (copy-assets.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkit';
import { emojiPackage, fontFiles, fontPackage, packageDir } from './asset-packages';
import type { GlyphSource } from './glyphs';

let source: GlyphSource | undefined;

export function packageGlyphs(root: string = process.cwd()): GlyphSource {
  if (!source) {
    const fontDir = packageDir(root, fontPackage).dir;
    const [regular, bold] = [fontFiles[0][0], fontFiles[1][0]].map((file) => create(readFileSync(path.join(fontDir, file))));
    if (regular?.type !== 'TTF' || bold?.type !== 'TTF') throw new Error(`${fontPackage}: expected two TTF fonts`);
    const emojiDir = packageDir(root, emojiPackage).dir;
    source = {
      covers: (codePoint) => regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint),
      emojiNames: new Set(
        readdirSync(emojiDir)
          .filter((name) => name.endsWith('.svg'))
          .map((name) => name.slice(0, -'.svg'.length)),
      ),
    };
  }
  return source;
}
