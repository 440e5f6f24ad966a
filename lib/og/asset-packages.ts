// The npm packages the OG fonts and emoji come from, and which of their files we use. Read by the
// copy into assets/og/ (copy-assets.ts) and by the content check (package-glyphs.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const fontPackage = '@expo-google-fonts/noto-sans-jp';
export const emojiPackage = '@twemoji/svg';

/** Source file in the font package → our name for it. The first two are the weights 400 and 700. */
export const fontFiles = [
  ['400Regular/NotoSansJP_400Regular.ttf', 'NotoSansJP-Regular.ttf'],
  ['700Bold/NotoSansJP_700Bold.ttf', 'NotoSansJP-Bold.ttf'],
  ['LICENSE_FONT', 'OFL.txt'],
] as const;

export function packageDir(root: string, name: string): { dir: string; version: string } {
  const require = createRequire(path.join(root, 'package.json'));
  const manifestPath = require.resolve(`${name}/package.json`);
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string'
      ? manifest.version
      : 'unknown';
  return { dir: path.dirname(manifestPath), version };
}
