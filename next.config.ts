import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { CONTENT_ERROR_EXIT, SNAPSHOT_ENV } from './lib/content/snapshot/env';
import { developmentSearchPageContentSecurityPolicy, searchPageContentSecurityPolicy, searchPageSource } from './lib/search/content-security-policy';
import { developmentContentSecurityPolicy, securityHeaders, serializeCsp } from './lib/security/headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // ETags are made once at build time, not hashed from the body on every request: lib/serving/etags.ts.
  generateEtags: false,
  reactStrictMode: true,
  async headers() {
    // Every response: pages, 404s, feeds, images and Next's own files (lib/security/headers.ts).
    return [
      { source: '/:path*', headers: [...securityHeaders] },
      // The search page runs Pagefind's WebAssembly; a later entry's header replaces the earlier one.
      { source: searchPageSource, headers: [{ key: 'Content-Security-Policy', value: searchPageContentSecurityPolicy }] },
    ];
  },
  images: {
    // No page uses next/image (source images are plain files, OG cards are prerendered), so the
    // optimizer is switched off: /_next/image answers 404 and never fetches or resizes anything.
    // Should it come back, keep remotePatterns empty so that it takes no remote URL.
    unoptimized: true,
    remotePatterns: [],
  },
  async redirects() {
    // Page 1 has one canonical URL: the explainer's own. `/1` is a natural guess, so send it there.
    return [
      {
        source: '/:locale(ja|en)/explainers/:slug/1',
        destination: '/:locale/explainers/:slug',
        permanent: true,
      },
    ];
  },
  experimental: {
    // app/global-not-found.tsx: the 404 for URLs outside any locale.
    globalNotFound: true,
    inlineCss: true,
  },
};

/**
 * The build parses content/ once, for every generation worker (one per core): the story is told
 * in lib/content/snapshot/index.ts. Here: Next's `runAfterProductionCompile` hook runs the parse
 * in scripts/write-content-snapshot.ts under tsx (this file cannot import the `@/` paths
 * lib/content uses) and hands the snapshot's name to the workers through the environment. Nothing
 * happens when the config is merely loaded (`next typegen` loads it in the build phase too).
 */
function withSharedContentParse(config: NextConfig): NextConfig {
  const earlier = config.compiler?.runAfterProductionCompile;
  return {
    ...config,
    compiler: {
      ...config.compiler,
      runAfterProductionCompile: async (build) => {
        await earlier?.(build);
        writeContentSnapshotForWorkers(path.resolve(build.projectDir, build.distDir));
      },
    },
    experimental: { ...config.experimental, cpus: availableParallelism() },
  };
}

function writeContentSnapshotForWorkers(distDir: string): void {
  // Always a new file, named for this build: a variable left in the environment by anything else
  // is replaced before a worker could read it.
  const file = path.join(tmpdir(), `kaisetsu-content-${process.pid}-${Date.now()}.json`);
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'write-content-snapshot.ts'), file, distDir], { stdio: 'inherit' });
  } catch (error) {
    if ((error as { status?: number }).status !== CONTENT_ERROR_EXIT) throw error;
    throw new Error('content/ has errors (listed above): fix them; `npm run check:content` lists them again');
  }
  process.env[SNAPSHOT_ENV] = file;
  process.once('exit', () => rmSync(file, { force: true }));
}

/**
 * Other shapes of the same build, chosen by scripts (README, "Deploy"): `KAISETSU_OUTPUT=export`
 * (`npm run build:static`) writes every page as a file to out/ for any static host. A static host
 * runs no Next server, so the headers and redirects above are left out there and live in
 * deploy/nginx/ instead. `KAISETSU_OUTPUT=standalone` (`npm run build:standalone`) adds a
 * self-contained Node server in .next/standalone; plain `next build` stays as it is, because
 * `next start` warns about standalone builds.
 */
function withOutput(config: NextConfig): NextConfig {
  const output = process.env.KAISETSU_OUTPUT;
  if (output === 'export') return { ...config, output, headers: undefined, redirects: undefined };
  if (output === 'standalone') return { ...config, output };
  if (output) throw new Error(`KAISETSU_OUTPUT must be "export" or "standalone", not "${output}"`);
  return config;
}

/**
 * `next dev` serves Next's pages as rendered, with their inline scripts (the post-build step of
 * scripts/paint-first.ts runs on production builds only), so its CSP allows inline scripts.
 * It also takes `page.dev.tsx` files as routes: the editors' preview (app/[locale]/preview/) exists
 * on the development server only, and no production build knows the route.
 */
function withDevelopmentScripts(config: NextConfig): NextConfig {
  const development = serializeCsp(developmentContentSecurityPolicy);
  return {
    ...config,
    pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'dev.tsx'],
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders.map((header) => (header.key === 'Content-Security-Policy' ? { ...header, value: development } : header)) },
        { source: searchPageSource, headers: [{ key: 'Content-Security-Policy', value: developmentSearchPageContentSecurityPolicy }] },
      ];
    },
  };
}

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

export default function config(phase: string): NextConfig {
  const shaped = phase === PHASE_DEVELOPMENT_SERVER ? withDevelopmentScripts(nextConfig) : withOutput(nextConfig);
  return withNextIntl(phase === PHASE_PRODUCTION_BUILD ? withSharedContentParse(shaped) : shaped);
}
