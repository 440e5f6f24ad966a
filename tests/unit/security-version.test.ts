// lib/security/version.ts: the comparison behind "Next.js at or above its last security release".
import { describe, expect, it } from 'vitest';
import { atLeast } from '@/lib/security/version';

describe('atLeast', () => {
  it.each([
    ['16.3.3', '16.3.3', true],
    ['16.4.6', '16.3.3', true],
    ['16.10.0', '16.3.3', true],
    ['17.0.0', '16.3.3', true],
    ['16.3.2', '16.3.3', false],
    ['16.2.10', '16.3.3', false],
    ['15.9.9', '16.3.3', false],
    ['16.3.3-canary.1', '16.3.3', false],
    ['16.3.4-canary.1', '16.3.3', true],
  ])('%s ≥ %s is %s', (version, minimum, expected) => {
    expect(atLeast(version, minimum)).toBe(expected);
  });

  it('refuses what is not a version rather than guessing', () => {
    expect(() => atLeast('latest', '16.3.3')).toThrow();
  });
});
