// `npm run test:html [-- DIR]`: every prerendered page through the W3C Nu HTML Checker (vnu), in
// one batch. DIR is `.next/server/app` (after `npm run build` or `build:e2e`, the default) or `out`
// (after `npm run build:static`). Fails on any markup error that is not a listed false positive
// (scripts/html-check/known-false-positives.ts), on a listed one that no longer occurs, on a page
// kind missing from DIR, and when the control page's known mistake goes unreported.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { locales } from '@/i18n/locales';
import { formatMessage, runVnu, sortMessages, type VnuMessage } from './html-check/vnu';

const root = process.cwd();
const dir = path.resolve(root, process.argv[2] ?? '.next/server/app');
const CONTROL = path.join(root, 'tests/fixtures/html/aria-labelledby-on-div.html');

/** The page kinds a build must contain, per locale (paths relative to DIR, in both layouts). */
const PAGE_KINDS: Record<string, (locale: string) => RegExp> = {
  home: (locale) => new RegExp(`^${locale}\\.html$`),
  'explainer page 1': (locale) => new RegExp(`^${locale}/explainers/[^/]+\\.html$`),
  'later explainer page': (locale) => new RegExp(`^${locale}/explainers/[^/]+/\\d+\\.html$`),
  'all-pages view': (locale) => new RegExp(`^${locale}/explainers/[^/]+/all\\.html$`),
  topics: (locale) => new RegExp(`^${locale}/topics\\.html$`),
  topic: (locale) => new RegExp(`^${locale}/topics/[^/]+\\.html$`),
  search: (locale) => new RegExp(`^${locale}/search\\.html$`),
  // One 404 page carries both languages (README, "404s"): _not-found.html in .next, 404.html in out/.
  '404': () => /^(_not-found|404)\.html$/,
};

function htmlFiles(): string[] {
  if (!fs.existsSync(dir)) throw new Error(`${path.relative(root, dir)} does not exist: run npm run build (or build:e2e, build:static) first`);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function missingKinds(files: readonly string[]): string[] {
  return Object.entries(PAGE_KINDS).flatMap(([kind, pattern]) =>
    locales.flatMap((locale) => (files.some((file) => pattern(locale).test(file)) ? [] : [`${kind} (${locale})`])),
  );
}

function main(): number {
  const files = htmlFiles();
  const failures: string[] = missingKinds(files).map((kind) => `no ${kind} page in ${path.relative(root, dir)}`);
  const started = performance.now();
  const messages = runVnu([...files.map((file) => path.join(dir, file)), CONTROL]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const isControl = (message: VnuMessage) => message.url !== undefined && decodeURIComponent(message.url).endsWith(CONTROL);
  const control = sortMessages(messages.filter(isControl), []);
  if (control.errors.length !== 1 || !control.errors[0]?.message.includes('aria-labelledby')) {
    failures.push(`the control page ${path.relative(root, CONTROL)} should get exactly its one aria-labelledby error, got:\n  ${control.errors.map((m) => m.message).join('\n  ')}`);
  }
  const { errors, warnings, ignored } = sortMessages(messages.filter((message) => !isControl(message)));

  for (const warning of warnings) console.log(`warning: ${formatMessage(warning, dir)}`);
  for (const { rule, messages: matched } of ignored) {
    if (matched.length > 0) console.log(`known false positive, ${matched.length}×: ${rule.message.source}\n    (${rule.reason})`);
    else failures.push(`the known false positive ${rule.message.source} no longer occurs: delete it from scripts/html-check/known-false-positives.ts`);
  }
  for (const error of errors) failures.push(formatMessage(error, dir));
  const ignoredCount = ignored.reduce((sum, { messages: matched }) => sum + matched.length, 0);
  console.log(
    `vnu: ${files.length} pages in ${path.relative(root, dir)} checked in ${seconds} s: ${errors.length} errors, ${warnings.length} warnings, ${ignoredCount} known false positives`,
  );
  for (const failure of failures) console.error(`✗ ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
