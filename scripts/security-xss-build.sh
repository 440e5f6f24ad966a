#!/usr/bin/env bash
# The XSS text corpus in a real production build: writes a content folder with every text payload
# of tests/fixtures/xss/text.json, builds a copy of this working tree against it (never the shared
# .next/), serves it with `next start` and runs tests/e2e/security-xss-text.spec.ts in Chromium.
# Takes one extra production build, so it is not part of `npm test`: run `npm run test:xss-build`.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
work="$(mktemp -d "${TMPDIR:-/tmp}/kaisetsu-xss-XXXXXX")"
trap 'rm -rf "$work"' EXIT

npx tsx tests/fixtures/xss/write-content.ts "$work/content"
# Tracked and new files as they are now, without ignored ones (.next, node_modules, test-results).
git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$(mkdir -p "$work/site" && echo "$work/site")"
# Hard links: Turbopack does not follow a symlinked node_modules.
cp -al node_modules "$work/site/node_modules"

cd "$work/site"
export KAISETSU_CONTENT_DIR="$work/content"
npm run build
KAISETSU_XSS_BUILD=1 E2E_PORT="${E2E_PORT:-3300}" npx playwright test tests/e2e/security-xss-text.spec.ts
