// Builds bench/reference-app with its /padded page grown to our explainer page 1's size from the same
// run: `next start` throughput of our page is compared with Next serving a page of the same size,
// not with a 4 KB page (which would measure the load generator reading bigger answers). Size is
// the HTML's UTF-8 bytes *and* its length as a string (UTF-16 code units), because Next's work per
// request goes by the string (bench/reference-app/app/padded/page.tsx says why; BENCHMARKS.md has
// the profile): padded with Japanese alone, the reference had our bytes in half our characters and
// measured half of Next's cost on our page as if it were ours. Neither figure is a simple function
// of the padding (two copies of the text, the HTML and the RSC payload, plus markup per
// paragraph), so both are found by building: a first build gives the page's own base, from which
// the padding's length and ASCII share follow; then corrections from the slope until the bytes are
// within 0.5 % and the length within 2 %.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PADDED_PATH = '/padded';
const BYTES_TOLERANCE = 0.005;
const LENGTH_TOLERANCE = 0.02;

export interface PageSize {
  /** UTF-8 bytes of the HTML file. */
  bytes: number;
  /** Its length as a JavaScript string (UTF-16 code units), what Next hashes and encodes per request. */
  length: number;
}

export interface Padding {
  characters: number;
  /** The share of the padding's characters that are ASCII (1 byte) rather than Japanese (3 bytes). */
  asciiShare: number;
}

export interface PaddedBuild extends Padding {
  bytes: number;
  length: number;
  targetBytes: number;
  targetLength: number;
  builds: number;
}

/** The size of a built HTML file. */
export function pageSize(file: string): PageSize {
  const text = readFileSync(file, 'utf8');
  return { bytes: Buffer.byteLength(text), length: text.length };
}

/** The environment that makes the reference app's build use `padding`. */
export function paddingEnv(padding: Padding): Record<string, string> {
  return { BENCH_PADDING_CHARACTERS: String(padding.characters), BENCH_PADDING_ASCII_SHARE: padding.asciiShare.toFixed(4) };
}

/**
 * The padding that gives `target`, from a build with `tried` that came to `got`: every padding
 * character is in the file twice, as 1 unit and 1 or 3 bytes each time.
 */
export function paddingFor(target: PageSize, tried: Padding, got: PageSize): Padding {
  const baseLength = got.length - 2 * tried.characters;
  const baseBytes = got.bytes - 2 * tried.characters * (3 - 2 * tried.asciiShare);
  const characters = Math.max(0, Math.round((target.length - baseLength) / 2));
  if (characters === 0) return { characters, asciiShare: 0 };
  const bytesPerCharacter = (target.bytes - baseBytes) / (2 * characters);
  return { characters, asciiShare: Math.min(1, Math.max(0, (3 - bytesPerCharacter) / 2)) };
}

/** `build(padding)` builds the reference app with that padding; resolves when done. */
export async function buildPaddedReference(referenceDir: string, target: PageSize, build: (padding: Padding) => Promise<void>): Promise<PaddedBuild> {
  const sizeOf = () => pageSize(path.join(referenceDir, '.next', 'server', 'app', `${PADDED_PATH.slice(1)}.html`));
  const off = (got: PageSize) => ({ bytes: Math.abs(got.bytes - target.bytes) / target.bytes, length: Math.abs(got.length - target.length) / target.length });
  let padding: Padding = { characters: Math.max(0, Math.round(target.length / 2)), asciiShare: 0.5 };
  await build(padding);
  let got = sizeOf();
  let builds = 1;
  while ((off(got).bytes > BYTES_TOLERANCE || off(got).length > LENGTH_TOLERANCE) && builds < 5) {
    padding = paddingFor(target, padding, got);
    await build(padding);
    got = sizeOf();
    builds++;
  }
  if (off(got).bytes > BYTES_TOLERANCE * 4 || off(got).length > LENGTH_TOLERANCE * 2) {
    throw new Error(`reference-app${PADDED_PATH}: ${got.bytes} bytes and ${got.length} characters after ${builds} builds, target ${target.bytes} and ${target.length}`);
  }
  return { ...padding, ...got, targetBytes: target.bytes, targetLength: target.length, builds };
}
