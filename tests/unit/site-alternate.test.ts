// Where the locale switcher leads from a page that exists in both editions (lib/site/alternate.ts).
import { describe, expect, it } from 'vitest';
import { routeAlternate } from '@/lib/site/alternate';
import { homePath, searchPath, topicPath, topicsPath } from '@/lib/site/paths';

describe('routeAlternate', () => {
  it('leads to the same route in the other edition', () => {
    expect(routeAlternate('ja', homePath)).toEqual({ locale: 'en', href: '/en' });
    expect(routeAlternate('en', homePath)).toEqual({ locale: 'ja', href: '/ja' });
    expect(routeAlternate('ja', searchPath)).toEqual({ locale: 'en', href: '/en/search' });
    expect(routeAlternate('en', topicsPath)).toEqual({ locale: 'ja', href: '/ja/topics' });
    expect(routeAlternate('ja', (other) => topicPath(other, 'russia'))).toEqual({ locale: 'en', href: '/en/topics/russia' });
  });
});
