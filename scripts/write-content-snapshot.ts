// Run by next.config.ts during `next build`, after compiling and before any page is rendered:
// parses content/ once and writes the snapshot every generation worker reads
// (lib/content/snapshot/index.ts). On a content error it prints every problem, as
// `npm run check:content` does, and exits with CONTENT_ERROR_EXIT, which stops the build. It also
// records which content folder the build was made from (BUILT_CONTENT_RECORD, for the browser tests).
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '@/lib/content/checks/issues';
import { defaultContentDir } from '@/lib/content/config';
import { writeContentSnapshot } from '@/lib/content/snapshot';
import { BUILT_CONTENT_RECORD, CONTENT_ERROR_EXIT } from '@/lib/content/snapshot/env';

const [file, distDir] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/write-content-snapshot.ts <file> [<build output folder>]');
  process.exit(2);
}
try {
  // A production build never shows drafts (lib/content/index.ts).
  writeContentSnapshot(file, { includeDrafts: false });
  if (distDir) {
    fs.mkdirSync(distDir, { recursive: true });
    fs.writeFileSync(path.join(distDir, BUILT_CONTENT_RECORD), `${defaultContentDir()}\n`);
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(CONTENT_ERROR_EXIT);
}
