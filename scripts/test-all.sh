#!/usr/bin/env bash
# Everything CI runs, in the order that fails fastest: static checks, content, unit tests, the
# production build, then the browser tests against that build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-browser.sh
npm run typecheck
npm run lint
# Dependencies: Next.js at or above its last security release, no high/critical npm advisory.
npm run audit
npm run check:content
KAISETSU_CONTENT_DIR=tests/fixtures/content/site npm run check:content
npm run test:unit
# The browser tests run against a build of the fixture content (tests/fixtures/content/site/), which
# holds every block and edge case, so that editors can change content/ without breaking them.
npm run build:e2e
# Every prerendered page through the W3C Nu HTML Checker (vnu, on Java; ~10 s), here the fixture
# pages and after the static build the real ones: scripts/check-html.ts.
npm run test:html
npm run test:e2e
# The editors' preview where it lives, in the development server (its own .next/dev folder, so the
# build above stays as it is): playwright.dev.config.ts, about 35 s here.
npm run test:e2e:dev
# The static build (out/ on nginx, deploy/nginx/): what only it does and every nginx rule (root
# page, client page turns from files, headers and policy, 404s, redirects), 1.5 min here. It is
# built from the real content/, so it is also the smoke test of the real explainers: every sitemap
# page exists (static-site), the reading path through the first explainer, no console errors, and
# the blocks (glossary terms, readings, timeline, views, print, axe) as the real explainer lays them
# out (explainer-blocks*, 3 min here). It
# reuses .next/, so it comes last. The whole reader suite against it: npm run test:e2e:static
# (about 9 min here).
npm run build:static
npm run test:html -- out
npm run test:e2e:static -- tests/e2e/static- tests/e2e/layout-stability tests/e2e/paint-first tests/e2e/redirects tests/e2e/not-found tests/e2e/security-headers tests/e2e/security-cookies tests/e2e/reading-path tests/e2e/console-errors tests/e2e/explainer-blocks
