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
npm run test:unit
npm run build
npm run test:e2e
