// The editors' preview (app/[locale]/preview/, `npm run dev` only) never ships: no production build
// has the route (page.dev.tsx is a route only with the development server's pageExtensions,
// next.config.ts), so `next start` and the static export answer 404 and no build file is named
// after it. Runs against `next start` (playwright.config.ts) and against out/ on nginx
// (playwright.static.config.ts).
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { locales } from '@/i18n/locales';
import { loadContent } from '@/lib/content/load';
import { previewPath } from '@/lib/site/paths';

const slugs = [...new Set(loadContent({ includeDrafts: true }).explainers.map((explainer) => explainer.slug))];

function* pathsUnder(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    yield full;
    if (entry.isDirectory()) yield* pathsUnder(full);
  }
}

test('the preview answers 404, for every explainer, drafts and scheduled ones included', async ({ request }) => {
  expect(slugs.length).toBeGreaterThan(0);
  for (const locale of locales) {
    for (const url of [previewPath(locale), ...slugs.map((slug) => previewPath(locale, slug))]) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  }
});

test('no build output has the preview route or a file of it', () => {
  const manifest = '.next/app-path-routes-manifest.json';
  expect(fs.existsSync(manifest), 'run a production build first').toBe(true);
  const routes = Object.values(JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>);
  expect(routes.length).toBeGreaterThan(5);
  expect(routes.filter((route) => route.includes('/preview'))).toEqual([]);
  // The pages, their payloads and the static export (when there is one): nothing under a preview folder.
  const found = ['.next/server/app', 'out'].flatMap((dir) => [...pathsUnder(dir)].filter((file) => /(^|[/\\])preview([/\\.]|$)/.test(path.relative(dir, file))));
  expect(found).toEqual([]);
});
