// Copies the two font weights and the Twemoji graphics the OG renderer uses out of their npm
// packages into `assets/og/`. Only these files, so that a standalone build traces ~19 MB instead
// of the font package's nine weights (49 MB). Skips the work when the copy is already current.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { emojiPackage, fontFiles, fontPackage, packageDir } from './asset-packages';

interface Stamp {
  [fontPackage]: string;
  [emojiPackage]: string;
  emojiCount: number;
}

function readStamp(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * Copy through a temporary name and rename into place: a reader (or a second copy running at
 * the same time, e.g. two Vitest workers) sees the old file or the new one, never half of one.
 */
function replaceFile(from: string, to: string): void {
  const temp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temp);
  renameSync(temp, to);
}

export interface CopyResult {
  copied: boolean;
  targetDir: string;
  emojiCount: number;
}

export function copyOgAssets(root: string = process.cwd()): CopyResult {
  const fonts = packageDir(root, fontPackage);
  const emoji = packageDir(root, emojiPackage);
  const svgNames = readdirSync(emoji.dir).filter((name) => name.endsWith('.svg'));

  const targetDir = path.join(root, 'assets/og');
  const fontDir = path.join(targetDir, 'fonts');
  const emojiDir = path.join(targetDir, 'emoji');
  const stampFile = path.join(targetDir, '.source.json');
  const stamp: Stamp = { [fontPackage]: fonts.version, [emojiPackage]: emoji.version, emojiCount: svgNames.length };
  const stampText = `${JSON.stringify(stamp, null, 2)}\n`;

  const current =
    readStamp(stampFile) === stampText &&
    fontFiles.every(([, name]) => existsSync(path.join(fontDir, name))) &&
    existsSync(emojiDir) &&
    readdirSync(emojiDir).filter((name) => name.endsWith('.svg')).length === svgNames.length;
  if (current) return { copied: false, targetDir, emojiCount: svgNames.length };

  mkdirSync(fontDir, { recursive: true });
  mkdirSync(emojiDir, { recursive: true });
  for (const [from, to] of fontFiles) replaceFile(path.join(fonts.dir, from), path.join(fontDir, to));
  for (const name of svgNames) replaceFile(path.join(emoji.dir, name), path.join(emojiDir, name));
  replaceFile(path.join(emoji.dir, 'license'), path.join(emojiDir, 'LICENSE-package.txt'));
  // Graphics dropped by a Twemoji update must not linger and count as covered.
  const wanted = new Set(svgNames);
  for (const name of readdirSync(emojiDir)) {
    if (name.endsWith('.svg') && !wanted.has(name)) rmSync(path.join(emojiDir, name), { force: true });
  }

  const stampTemp = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(stampTemp, stampText);
  renameSync(stampTemp, stampFile);
  return { copied: true, targetDir, emojiCount: svgNames.length };
}
