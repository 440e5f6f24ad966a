// Names shared by next.config.ts and the content snapshot of a running `next build`
// (lib/content/snapshot/index.ts). A file without imports, because next.config.ts cannot import modules
// that use the `@/` paths.

/** Names the snapshot file of the running build. */
export const SNAPSHOT_ENV = 'KAISETSU_CONTENT_SNAPSHOT';
/** scripts/write-content-snapshot.ts exits with this when the content has errors (EX_DATAERR). */
export const CONTENT_ERROR_EXIT = 65;
/**
 * File in the build's output folder (`.next/`) naming the content folder the build was made from,
 * so that the browser tests read the explainers the server shows (playwright.config.ts).
 */
export const BUILT_CONTENT_RECORD = 'kaisetsu-content-dir.txt';
