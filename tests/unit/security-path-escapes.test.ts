// lib/security/path-escapes.ts: which request paths Next cannot decode, and the literal form the
// proxy redirects them to.
import { describe, expect, it } from 'vitest';
import { hasLineBreakEscape, hasMalformedEscape, literalPercents } from '@/lib/security/path-escapes';

describe('hasMalformedEscape', () => {
  it.each(['/%', '/ja/%', '/%zz', '/%ff', '/ja/explainers/%ff', '/%c0%ae', '/%e0%80%af', '/%ed%a0%80', '/a%f4%90%80%80', '/ja/explainers/x/%E0%A4%A'])(
    '%s cannot be decoded',
    (path) => {
      expect(hasMalformedEscape(path)).toBe(true);
    },
  );

  it.each(['/', '/ja', '/ja/explainers/north-korea', '/%41', '/%2e%2e/x', '/%E4%BA%8C', '/%25ff', '/ja/%2F'])('%s decodes', (path) => {
    expect(hasMalformedEscape(path)).toBe(false);
  });
});

describe('hasLineBreakEscape', () => {
  it.each(['/ja/explainers/x/%0a', '/en/explainers/x/%0d%0a', '/%0A', '/ja/a%0Db'])('%s has a line break', (path) => {
    expect(hasLineBreakEscape(path)).toBe(true);
    expect(hasLineBreakEscape(literalPercents(path))).toBe(false);
  });

  it.each(['/', '/ja/explainers/x', '/%250a', '/%00', '/%0b', '/%ff%0a'])('%s has none (or cannot be decoded at all)', (path) => {
    expect(hasLineBreakEscape(path)).toBe(false);
  });
});

describe('literalPercents', () => {
  it('escapes every percent sign, so the result decodes to what was sent', () => {
    expect(literalPercents('/ja/explainers/%ff')).toBe('/ja/explainers/%25ff');
    expect(decodeURIComponent(literalPercents('/a%c0%ae/%'))).toBe('/a%c0%ae/%');
    expect(hasMalformedEscape(literalPercents('/%ff/%zz/%'))).toBe(false);
  });

  it('never produces a Location that leaves the site', () => {
    for (const path of ['//evil.example/%ff', '/\\evil.example/%ff', '///%ff', '/\\/\\evil.example%']) {
      const location = literalPercents(path);
      expect(new URL(location, 'https://kaisetsu.example').host, path).toBe('kaisetsu.example');
      expect(location).toMatch(/^\/[^/\\]/);
    }
  });
});
