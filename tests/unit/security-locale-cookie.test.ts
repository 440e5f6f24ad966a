// The locale cookie's attributes follow the site's public URL; the real Set-Cookie header of `/`
// is checked in tests/e2e/security-cookies.spec.ts (next-intl's middleware does not load here).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeCookieAttributes, localeCookieMaxAge } from '@/i18n/locale-cookie';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('locale cookie', () => {
  it('is Secure for an https site and not for a plain http one', () => {
    expect(localeCookieAttributes('https://kaisetsu.example').secure).toBe(true);
    expect(localeCookieAttributes('http://localhost:3000').secure).toBe(false);
  });

  it('has a lifetime of a year and SameSite=Lax', () => {
    expect(localeCookieAttributes('https://kaisetsu.example')).toMatchObject({ name: 'NEXT_LOCALE', maxAge: 31_536_000, sameSite: 'lax' });
    // Browsers cap a cookie's lifetime at 400 days and would silently shorten a longer one.
    expect(localeCookieMaxAge).toBeLessThanOrEqual(400 * 24 * 60 * 60);
  });

  it("is what next-intl's routing gets, from SITE_URL", async () => {
    vi.stubEnv('SITE_URL', 'https://kaisetsu.example/');
    const { routing } = await import('@/i18n/routing');
    expect(routing.localeCookie).toMatchObject({ name: 'NEXT_LOCALE', secure: true, maxAge: localeCookieMaxAge, sameSite: 'lax' });
    vi.resetModules();
    vi.stubEnv('SITE_URL', 'http://localhost:3000');
    const { routing: local } = await import('@/i18n/routing');
    expect(local.localeCookie).toMatchObject({ secure: false });
  });
});
