import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // app/global-not-found.tsx: the 404 for URLs outside any locale.
    globalNotFound: true,
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
