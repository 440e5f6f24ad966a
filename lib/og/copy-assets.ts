// Copies the two font weights and the Twemoji graphics the OG renderer uses out of their npm
// packages into `assets/og/`. Only these files, so that a standalone build traces ~19 MB instead
// of the font package's nine weights (49 MB). Skips the work when the copy is already current.
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const fontPackage = '@expo-google-fonts/noto-sans-jp';
const emojiPackage = '@twemoji/svg';

/** Source file in the font package → our name for it. */
const fontFiles = [
  ['400Regular/NotoSansJP_400Regular.ttf', 'NotoSansJP-Regular.ttf'],
  ['700Bold/NotoSansJP_700Bold.ttf', 'NotoSansJP-Bold.ttf'],
  ['LICENSE_FONT', 'OFL.txt'],
] as const;

interface Stamp {
  [fontPackage]: string;
  [emojiPackage]: string;
  emojiCount: number;
}

function packageDir(root: string, name: string): { dir: string; version: string } {
  const require = createRequire(path.join(root, 'package.json'));
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string'
      ? manifest.version
      : 'unknown';
  return { dir: path.dirname(manifestPath), version };
}

function readStamp(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
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
  for (const [from, to] of fontFiles) copyFileSync(path.join(fonts.dir, from), path.join(fontDir, to));

  // Start the emoji folder afresh so graphics dropped by a Twemoji update do not linger.
  rmSync(emojiDir, { recursive: true, force: true });
  cpSync(emoji.dir, emojiDir, {
    recursive: true,
    filter: (source) => source === emoji.dir || source.endsWith('.svg'),
  });
  copyFileSync(path.join(emoji.dir, 'license'), path.join(emojiDir, 'LICENSE-package.txt'));

  writeFileSync(stampFile, stampText);
  return { copied: true, targetDir, emojiCount: svgNames.length };
}
