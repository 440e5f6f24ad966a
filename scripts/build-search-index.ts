// `npm run search:index` (run by `npm run build` after `next build`): the Pagefind index of every
// explainer page, written to public/pagefind/ so that `next start` serves it at /pagefind/.
// For the static export: `tsx scripts/build-search-index.ts --html out --out out/pagefind`.
// Checks that every published explainer page of every locale is in the index.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '@/lib/content/load';
import { explainerPagePath } from '@/lib/site/paths';
import { buildSearchIndex } from '@/lib/search/build-index';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { html: { type: 'string', default: '.next/server/app' }, out: { type: 'string', default: 'public/pagefind' } },
  });
  const htmlDir = path.resolve(values.html);
  const outputDir = path.resolve(values.out);
  const started = performance.now();
  const result = await buildSearchIndex({ htmlDir, outputDir });

  // The index must hold exactly the published explainer pages: a page that lost its
  // data-pagefind-body, or a stale build, shows up here rather than as a search that finds nothing.
  const { explainers } = loadContent({ includeDrafts: false });
  const expected = explainers.flatMap((explainer) => explainer.pages.map((page) => explainerPagePath(explainer.locale, explainer.slug, page.number)));
  const indexed = new Set(result.pages.map((page) => page.url));
  const missing = expected.filter((url) => !indexed.has(url));
  const extra = [...indexed].filter((url) => !expected.includes(url));
  if (missing.length > 0 || extra.length > 0) {
    console.error(`search:index: the index does not match the content (${path.relative(process.cwd(), htmlDir)} may be stale).`);
    for (const url of missing) console.error(`  missing: ${url}`);
    for (const url of extra) console.error(`  not an explainer page: ${url}`);
    return 1;
  }
  const languages = Object.entries(result.languages).map(([language, count]) => `${language} ${count}`).join(', ');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`search:index: ${result.pages.length} pages (${languages}) → ${path.relative(process.cwd(), outputDir)}/ in ${seconds} s`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
