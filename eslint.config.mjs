import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import ts from 'typescript';

const root = path.dirname(fileURLToPath(import.meta.url));

function resolveRelative(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, path.join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && !candidate.endsWith(path.sep),
  );
}

/**
 * next.config.ts and every module of ours it loads, followed through their relative imports (read
 * with TypeScript's own import scanner). Node loads these when Next reads its config, before any
 * bundler runs, so tsconfig's `@/` alias means nothing there: they must import each other by
 * relative path. Computed on every lint run, so the list cannot go stale.
 */
function nextConfigModules() {
  const found = new Set();
  const visit = (file) => {
    const relative = path.relative(root, file);
    if (found.has(relative) || relative.includes('node_modules')) return;
    found.add(relative);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue; // packages; an `@/` import is reported by the rule below
      const resolved = resolveRelative(file, fileName);
      if (resolved) visit(resolved);
    }
  };
  visit(path.join(root, 'next.config.ts'));
  return [...found];
}

// Data flows one way (ARCHITECTURE.md): lib/ and i18n/ never import routes or components.
const noRoutesOrComponents = {
  regex: String.raw`^(@/|(\.\./)+|\./)(app|components)(/|$)`,
  message: 'lib/ and i18n/ never import from app/ or components/: move the shared data or type into lib/ (ARCHITECTURE.md).',
};
// The content layer has one door for the site, lib/content/index.ts, types included (a type import
// is erased, so it never loads that server-only module): its rooms may change behind it.
const throughTheDoor = {
  regex: String.raw`^(@/|(\.\./)+)lib/content/`,
  message: 'components/ and app/ import the content layer only through its door, `@/lib/content` (its types too): ARCHITECTURE.md.',
};
// Why: components/site/site-link.tsx.
const linksThroughSiteLink = {
  regex: '^next/link$',
  message: 'Link to a page of the site with SiteLink (@/components/site/site-link): next/link prefetches every link in view after hydration.',
};
const noAlias = {
  regex: '^@/',
  message: 'next.config.ts loads this module with Node, which does not know the `@/` alias: import it by relative path.',
};

// Issue 12: no file of ours over 250 lines (counted as `wc -l` counts them), tests and benchmarks
// included: a longer one is split into files named for what they hold.
const maxLines = 250;

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'bench/results/**', 'bench/reference-app/**', 'test-results/**', 'playwright-report/**', 'public/pagefind/**'] },
  // No import circle anywhere in our code.
  {
    files: ['**/*.{ts,tsx,mjs}'],
    // Packages are not parsed for it: only our own modules can close a circle.
    settings: { 'import/ignore': ['node_modules'] },
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // `const { terms, ...fields } = x` leaves `terms` out of `fields`: naming it is the point, not a leftover.
  { files: ['**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-unused-vars': ['warn', { ignoreRestSiblings: true }] } },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'max-lines': ['error', { max: maxLines, skipBlankLines: false, skipComments: false }] },
  },
  { files: ['lib/**', 'i18n/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noRoutesOrComponents] }] } },
  { files: ['components/**', 'app/**'], rules: { 'no-restricted-imports': ['error', { patterns: [throughTheDoor, linksThroughSiteLink] }] } },
  // SiteLink itself and the pager, which prefetches the next page on purpose.
  { files: ['components/site/site-link.tsx', 'components/pager/**'], rules: { 'no-restricted-imports': ['error', { patterns: [throughTheDoor] }] } },
  // After the block above: for these files this option list replaces that one, so it repeats it.
  { files: nextConfigModules(), rules: { 'no-restricted-imports': ['error', { patterns: [noRoutesOrComponents, noAlias] }] } },
];
export default config;
