// Writes app/favicon.ico from app/icon.svg: `npm run favicon`, then commit the file.
// Browsers ask for /favicon.ico on their own wherever a document names no icon (a feed, the sitemap
// or an OG image opened directly, and some history states during page turns): without the file
// every such visit logs a 404. The file is committed rather than built because the SVG draws its
// glyph with a system font (Noto Sans CJK JP, the one the tests install), and a build should not
// depend on which fonts a machine has.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';

const root = path.join(__dirname, '..');
const svg = readFileSync(path.join(root, 'app/icon.svg'));
// 16 and 32 px for tabs and bookmarks, 48 px for Windows' site tiles.
const sizes = [16, 32, 48];

async function main(): Promise<void> {
  const pngs = await Promise.all(
    sizes.map((size) => sharp(svg, { density: (72 * size) / 64 }).resize(size, size).png().toBuffer()),
  );
  const ico = await pngToIco(pngs);
  const target = path.join(root, 'app/favicon.ico');
  writeFileSync(target, ico);
  console.log(`favicon: wrote ${path.relative(root, target)} (${sizes.join(', ')} px, ${ico.length} bytes)`);
}

void main();
