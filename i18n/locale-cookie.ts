// The one cookie the site ever sets: next-intl's NEXT_LOCALE, written by proxy.ts when `/` sends a
// reader to an edition that the request's own cookie and Accept-Language did not already give
// (next-intl's syncCookie: an unknown cookie value, or no Accept-Language at all). The edition
// switch is a plain link that never passes through the proxy, so no reader's choice is recorded;
// README, "Cookies". Plain data and no Next import, like locales.ts, so that scripts and unit tests
// can read it.

/** A year: long enough to remember a reader's edition, short of the browsers' 400-day cap. */
export const localeCookieMaxAge = 365 * 24 * 60 * 60;

export interface LocaleCookieAttributes {
  name: string;
  maxAge: number;
  sameSite: 'lax';
  secure: boolean;
}

/**
 * The cookie's attributes for a site whose public origin is `siteOrigin` (SITE_URL). `Secure` as
 * soon as the site is served over https, so that the cookie never travels in clear; over plain
 * http (a local `next start`) a Secure cookie would not be stored at all. `Lax`, not `Strict`:
 * a reader who follows a link to `/` from another site still gets their edition.
 */
export function localeCookieAttributes(siteOrigin: string): LocaleCookieAttributes {
  return {
    name: 'NEXT_LOCALE',
    maxAge: localeCookieMaxAge,
    sameSite: 'lax',
    secure: new URL(siteOrigin).protocol === 'https:',
  };
}
