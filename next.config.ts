import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
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

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
