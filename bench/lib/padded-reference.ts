// Builds bench/reference-app with its /padded page grown to a target HTML byte count (our explainer
// page 1's, from the same run): `next start` throughput of our page is compared with Next serving
// a page of the same size, not with a 4 KB page (which would measure the load generator reading
// bigger answers). The size in bytes is not a simple function of the characters (two copies of
// the text, the HTML and the RSC payload, plus markup per paragraph), so it is found by building:
// a first guess, then a correction from the slope, until within 0.5 %.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PADDED_PATH = '/padded';
const TOLERANCE = 0.005;

export interface PaddedBuild {
  characters: number;
  bytes: number;
  targetBytes: number;
  builds: number;
}

/** `build(characters)` builds the reference app with that padding; resolves when done. */
export async function buildPaddedReference(referenceDir: string, targetBytes: number, build: (characters: number) => Promise<void>): Promise<PaddedBuild> {
  const bytesOf = () => readFileSync(path.join(referenceDir, '.next', 'server', 'app', `${PADDED_PATH.slice(1)}.html`)).length;
  // Each Japanese character is 3 bytes of UTF-8, once in the HTML and once in the RSC payload.
  let characters = Math.max(0, Math.round(targetBytes / 6));
  await build(characters);
  let bytes = bytesOf();
  let builds = 1;
  let previous: { characters: number; bytes: number } | undefined;
  while (Math.abs(bytes - targetBytes) / targetBytes > TOLERANCE && builds < 4) {
    const slope = previous && previous.characters !== characters ? (bytes - previous.bytes) / (characters - previous.characters) : bytes / Math.max(characters, 1);
    previous = { characters, bytes };
    characters = Math.max(0, Math.round(characters + (targetBytes - bytes) / slope));
    await build(characters);
    bytes = bytesOf();
    builds++;
  }
  if (Math.abs(bytes - targetBytes) / targetBytes > TOLERANCE * 4) {
    throw new Error(`reference-app${PADDED_PATH}: ${bytes} bytes after ${builds} builds, target ${targetBytes}`);
  }
  return { characters, bytes, targetBytes, builds };
}
