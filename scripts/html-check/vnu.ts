// Runs the Nu HTML Checker (vnu-jar from npm, on the machine's Java) once over many files and
// sorts its messages: errors, known false positives (known-false-positives.ts) and warnings.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { KNOWN_FALSE_POSITIVES, type KnownFalsePositive } from './known-false-positives';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

export const JAVA_HINT = 'the HTML check needs Java 11 or later: sudo apt-get install -y --no-install-recommends default-jre-headless';

/** vnu.jar inside the vnu-jar package (its own launcher would download a JDK when Java is missing). */
function vnuJar(): string {
  const require = createRequire(import.meta.url);
  return fileURLToPath(new URL('build/dist/vnu.jar', `file://${require.resolve('vnu-jar/package.json')}`));
}

/** One JVM for all files: starting Java costs more than checking a page. */
export function runVnu(files: readonly string[]): VnuMessage[] {
  const result = spawnSync('java', ['-jar', vnuJar(), '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not start java (${result.error.message}); ${JAVA_HINT}`);
  if (result.status !== 0) throw new Error(`vnu exited with ${result.status}: ${result.stderr}`);
  const parsed = JSON.parse(result.stdout) as { messages: VnuMessage[] };
  return parsed.messages;
}

export interface Sorted {
  errors: VnuMessage[];
  warnings: VnuMessage[];
  /** Each known false positive with the messages it matched (zero means the rule is stale). */
  ignored: { rule: KnownFalsePositive; messages: VnuMessage[] }[];
}

export function sortMessages(messages: readonly VnuMessage[], rules: readonly KnownFalsePositive[] = KNOWN_FALSE_POSITIVES): Sorted {
  const sorted: Sorted = { errors: [], warnings: [], ignored: rules.map((rule) => ({ rule, messages: [] })) };
  for (const message of messages) {
    if (message.type === 'info') {
      sorted.warnings.push(message);
      continue;
    }
    // A file vnu could not read (non-document-error) is never a false positive.
    const known = message.type === 'error' ? sorted.ignored.find(({ rule }) => rule.message.test(message.message)) : undefined;
    if (known) known.messages.push(message);
    else sorted.errors.push(message);
  }
  return sorted;
}

export function formatMessage(message: VnuMessage, root: string): string {
  const file = message.url ? decodeURIComponent(message.url.replace(/^file:/, '')).replace(`${root}/`, '') : '(no file)';
  const where = message.lastLine === undefined ? file : `${file}:${message.lastLine}:${message.firstColumn ?? 1}`;
  const extract = message.extract ? `\n    …${message.extract.replace(/\s+/g, ' ')}…` : '';
  return `${where}  ${message.message}${extract}`;
}
