// The security headers of every response, in one place: next.config.ts sends them from `next start`,
// and the README's nginx snippet for the static build is checked against this list by a unit test.
// Plain data, no Next import, so that config loading has no side effects.
import { loaderCspHash } from '../paint-first/loader';

/**
 * Content-Security-Policy directives. Scripts: files from the site itself, and one inline script
 * named by its hash. Every production page is rewritten after the build (lib/paint-first/rewrite.ts)
 * so that it has no other inline script: Next's page data becomes a JSON block, which never runs,
 * and our loader, the same text on every page, starts Next's chunks; the build fails if any other
 * inline script is left. So one header serves every page, with no per-page hash and no
 * 'unsafe-inline'. `next dev` keeps Next's inline scripts, and gets 'unsafe-inline' and
 * 'unsafe-eval' back (developmentContentSecurityPolicy). Everything else is pinned to the site's
 * own origin or turned off: script, style, font, image and fetch sources from any other origin,
 * `eval` and `new Function` (no 'unsafe-eval'), plugins, `<base>` hijacking, form posts anywhere,
 * and framing by any site.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", loaderCspHash()],
  // `experimental.inlineCss` puts the stylesheet in a <style> element.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Source-card images and OG cards are served by the site itself; nothing is hot-linked.
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  // Client-side navigation fetches RSC payloads from the same origin.
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'base-uri': ["'none'"],
  // The site has no forms.
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * `next dev` writes Next's inline scripts as they are: the production policy would block them. And
 * React's development build rebuilds server stacks and component names with eval (it says so in
 * the console and gives up without it), so the dev server allows eval too; production never does.
 */
export const developmentContentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  ...contentSecurityPolicy,
  'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
};

export function serializeCsp(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/**
 * Browser features the site never uses, switched off for the page and for anything it might embed.
 * Only names Chromium recognises: an unknown one is logged as an error on every page.
 */
export const disabledFeatures: readonly string[] = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export interface HeaderEntry {
  key: string;
  value: string;
}

export const securityHeaders: readonly HeaderEntry[] = [
  { key: 'Content-Security-Policy', value: serializeCsp(contentSecurityPolicy) },
  // Two years, the preload list's minimum. Subdomains are left to their own policy: the site does
  // not know what else runs under its domain. Browsers ignore the header over plain http.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: disabledFeatures.map((feature) => `${feature}=()`).join(', ') },
  // For browsers that predate frame-ancestors; the CSP directive wins where both are understood.
  { key: 'X-Frame-Options', value: 'DENY' },
  // A page opened from ours (or opening ours) gets no handle on our window.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
