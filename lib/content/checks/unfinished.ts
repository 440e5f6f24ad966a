// Nothing unfinished is published: what `npm run new` and `npm run import` write to be replaced
// (their marker, their example address, their sample correction) and addresses on domains that can
// never be a real source (RFC 2606 / RFC 6761) are errors once `draft: false`. Drafts may keep them,
// so that a scaffold passes the check from its first minute. The markers come from lib/content/config.ts,
// which the scaffold and the importer write from, so the two cannot drift apart.
import { PLACEHOLDER_SOURCE_URL, SAMPLE_CORRECTION, TO_FILL } from '../config';
import type { ParsedExplainerFile } from '../parse/explainer-file';
import type { ContentIssue } from '../types';
import type { ContentValidator } from './corpus';
import type { SourcePosition } from './issues';

const DRAFT_HINT = 'or keep draft: true until it is done';

/** Second-level names reserved for documentation (RFC 2606 §3) and names that never resolve publicly (RFC 6761). */
const RESERVED_NAMES = ['example.com', 'example.net', 'example.org', 'localhost'];
const RESERVED_TOP_LEVEL = ['example', 'test', 'invalid', 'localhost'];

/** True when the address's host is a documentation or reserved name, or a subdomain of one. */
export function isReservedHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (RESERVED_NAMES.some((name) => host === name || host.endsWith(`.${name}`))) return true;
  const topLevel = host.slice(host.lastIndexOf('.') + 1);
  return RESERVED_TOP_LEVEL.includes(topLevel);
}

export const unfinishedContent: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      if (!file.frontMatter || file.frontMatter.draft || file.text === undefined) continue;
      issues.push(...markerIssues(file, file.text), ...addressIssues(file, file.text), ...sampleCorrectionIssues(file));
    }
  }
  return issues;
};

/**
 * Every 【要記入】 in the file, where it stands. YAML comment lines in the front matter are skipped:
 * the scaffold's own guidance mentions the marker, and readers never see comments.
 */
function markerIssues(file: ParsedExplainerFile, text: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  text.split('\n').forEach((line, index) => {
    if (index + 1 < file.bodyStart.line && line.trimStart().startsWith('#')) return;
    for (let column = line.indexOf(TO_FILL); column >= 0; column = line.indexOf(TO_FILL, column + TO_FILL.length)) {
      issues.push({
        path: file.path,
        line: index + 1,
        column: column + 1,
        severity: 'error',
        message: `"${TO_FILL}" marks a text still to be written (put there by npm run new or npm run import)`,
        hint: `write the real text in its place and delete the marker, ${DRAFT_HINT}`,
      });
    }
  });
  return issues;
}

/** Source cards and links (and any block with a `url`) whose host is reserved. */
function addressIssues(file: ParsedExplainerFile, text: string): ContentIssue[] {
  const urls = new Set<string>();
  for (const page of file.pages) for (const url of urlsOf(page)) urls.add(url);
  const lines = text.split('\n');
  const issues: ContentIssue[] = [];
  for (const url of urls) {
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue; // reported by the parser
    }
    if (!isReservedHost(host)) continue;
    const placeholder = url === PLACEHOLDER_SOURCE_URL;
    const message = placeholder
      ? `"${url}" is the scaffold's example address, not a source`
      : `"${url}" is on ${host}, a reserved example domain that no real source uses`;
    const hint = `copy the real article's address from the browser, ${DRAFT_HINT}`;
    for (const at of occurrences(lines, url, file.bodyStart)) {
      issues.push({ path: file.path, ...at, severity: 'error', message, hint });
    }
  }
  return issues;
}

/** Where `needle` is written in the body; the body's start when it is only there escaped. */
function occurrences(lines: readonly string[], needle: string, bodyStart: SourcePosition): SourcePosition[] {
  const found: SourcePosition[] = [];
  for (let index = bodyStart.line - 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    for (let column = line.indexOf(needle); column >= 0; column = line.indexOf(needle, column + needle.length)) {
      found.push({ line: index + 1, column: column + 1 });
    }
  }
  return found.length > 0 ? found : [bodyStart];
}

/** Every `url` string anywhere in a page: source cards, links, and blocks added later alike. */
function* urlsOf(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    for (const item of value) yield* urlsOf(item);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'url' && typeof item === 'string') yield item;
      else yield* urlsOf(item);
    }
  }
}

function sampleCorrectionIssues(file: ParsedExplainerFile): ContentIssue[] {
  const corrections = file.frontMatter?.corrections ?? [];
  return corrections.flatMap((correction, index) =>
    correction.text === SAMPLE_CORRECTION.text
      ? [
          {
            path: file.path,
            ...file.locate(['corrections', index, 'text']),
            severity: 'error' as const,
            message: 'this correction is the example from the scaffold\'s comment',
            hint: `write what was wrong and when it was corrected, or delete the correction, ${DRAFT_HINT}`,
          },
        ]
      : [],
  );
}
