import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // Same `@/*` → `./*` mapping as tsconfig.json.
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws when imported outside a React Server Component bundle. Tests call
      // server modules directly, so they get the package's own empty module (what the
      // `react-server` export condition would resolve to) without switching every other
      // package to its react-server build.
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // These tests check behaviour, not speed (the benchmarks time things): a cold first OG render
    // takes about 5 s on these 2-core machines, Vitest's default limit, and more under load.
    testTimeout: 30_000,
  },
});
