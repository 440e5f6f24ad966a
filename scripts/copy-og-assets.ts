// Fills assets/og/ with the OG renderer's fonts and emoji from their npm packages.
// Run before dev, build and unit tests: `npm run og:assets`. (The content check reads the packages
// themselves: lib/og/package-glyphs.ts.)
import { copyOgAssets } from '../lib/og/copy-assets';

const started = performance.now();
const result = copyOgAssets();
const ms = Math.round(performance.now() - started);
console.log(
  result.copied
    ? `og:assets: copied 2 fonts and ${result.emojiCount} emoji to ${result.targetDir} (${ms} ms)`
    : `og:assets: up to date (${ms} ms)`,
);
