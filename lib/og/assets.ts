// Reads the fonts and emoji that the OG renderer and the glyph check need, from `assets/og/`
// (filled by scripts/copy-og-assets.ts). Paths start at process.cwd() because `next build`,
// `next start`, Vitest and our scripts all run from the repository root; the literal path
// segments let Next's output tracing see which files a standalone build must carry.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';

export type OgFontWeight = 400 | 700;

export interface OgFont {
  weight: OgFontWeight;
  /** The raw TTF, handed to satori. The same object on every call, so satori parses it once. */
  data: Buffer;
  /** The same file read by fontkit, for glyph coverage and text measuring. */
  font: Font;
}

export const ogFontFamily = 'Noto Sans JP';

const missingHint = 'OG assets are missing: run `npm run og:assets` (tsx scripts/copy-og-assets.ts) first.';

function readAsset(absolutePath: string): Buffer {
  if (!existsSync(absolutePath)) throw new Error(`${missingHint} Not found: ${absolutePath}`);
  return readFileSync(absolutePath);
}

function toFont(data: Buffer, weight: OgFontWeight): OgFont {
  const parsed = create(data);
  // A collection (TTC) would mean the wrong file was copied; satori cannot read those either.
  if (parsed.type !== 'TTF') throw new Error(`OG font for weight ${weight} is ${parsed.type}, expected TTF`);
  return { weight, data, font: parsed };
}

let fonts: Record<OgFontWeight, OgFont> | undefined;

/** Both weights, read and opened once per process (about 11 MB, some 20 ms). */
export function loadOgFonts(): Record<OgFontWeight, OgFont> {
  fonts ??= {
    400: toFont(readAsset(path.join(process.cwd(), 'assets/og/fonts/NotoSansJP-Regular.ttf')), 400),
    700: toFont(readAsset(path.join(process.cwd(), 'assets/og/fonts/NotoSansJP-Bold.ttf')), 700),
  };
  return fonts;
}

let emojiNames: ReadonlySet<string> | undefined;

/** File names (without `.svg`) of the Twemoji graphics we ship, e.g. `1f4a1`. */
export function emojiSvgNames(): ReadonlySet<string> {
  if (!emojiNames) {
    const dir = path.join(process.cwd(), 'assets/og/emoji');
    if (!existsSync(dir)) throw new Error(`${missingHint} Not found: ${dir}`);
    emojiNames = new Set(
      readdirSync(dir)
        .filter((name) => name.endsWith('.svg'))
        .map((name) => name.slice(0, -'.svg'.length)),
    );
  }
  return emojiNames;
}

const emojiDataUris = new Map<string, string>();

/** A Twemoji graphic as a data URI for an <img>, so satori never fetches it from a CDN. */
export function emojiDataUri(name: string): string {
  let uri = emojiDataUris.get(name);
  if (!uri) {
    if (!emojiSvgNames().has(name)) throw new Error(`No Twemoji graphic named ${name}`);
    const svg = readAsset(path.join(process.cwd(), 'assets/og/emoji', `${name}.svg`));
    uri = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    emojiDataUris.set(name, uri);
  }
  return uri;
}
