// One parse of content/ for the whole of `next build`. Next renders pages in generation workers,
// one per core (next.config.ts asks for that many: more workers render faster, BENCHMARKS.md has
// the figures), and each worker is a separate process with its own memory: left alone, each would
// parse every file again. Instead the build parses once, after compiling and before the workers
// start (next.config.ts runs scripts/write-content-snapshot.ts), a content error stops the build
// there, listed file by file, and every worker reads the result (lib/content/index.ts): the
// explainers and topics as JSON, which their types already are (lib/content/types.ts).
import fs from 'node:fs';
import { ContentError, hasErrors } from '../checks/issues';
import { loadContent, type LoadOptions } from '../load';
import type { TopicDefinition } from '../parse/topics-file';
import type { Explainer } from '../types';

export { SNAPSHOT_ENV } from './env';

export interface ContentSnapshot {
  explainers: Explainer[];
  topics: TopicDefinition[];
}

/**
 * Parses and validates the content and writes what the site renders to `file`. Throws the same
 * ContentError a render would (every error, with file, line and hint) and writes nothing when the
 * content has an error.
 */
export function writeContentSnapshot(file: string, options: LoadOptions): ContentSnapshot {
  const loaded = loadContent(options);
  if (hasErrors(loaded.issues)) throw new ContentError(loaded.issues);
  const snapshot: ContentSnapshot = { explainers: loaded.explainers, topics: loaded.topics };
  // Written aside and renamed, so that a reader never sees half a file.
  fs.writeFileSync(`${file}.partial`, JSON.stringify(snapshot));
  fs.renameSync(`${file}.partial`, file);
  return snapshot;
}

export function readContentSnapshot(file: string): ContentSnapshot {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ContentSnapshot;
}
