// Run by next.config.ts during `next build`, after compiling and before any page is rendered:
// parses content/ once and writes the snapshot every generation worker reads
// (lib/content/snapshot/index.ts). On a content error it prints every problem, as
// `npm run check:content` does, and exits with CONTENT_ERROR_EXIT, which stops the build.
import { ContentError } from '@/lib/content/checks/issues';
import { writeContentSnapshot } from '@/lib/content/snapshot';
import { CONTENT_ERROR_EXIT } from '@/lib/content/snapshot/env';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/write-content-snapshot.ts <file>');
  process.exit(2);
}
try {
  // A production build never shows drafts (lib/content/index.ts).
  writeContentSnapshot(file, { includeDrafts: false });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(CONTENT_ERROR_EXIT);
}
