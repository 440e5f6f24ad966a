import { describe, expect, it } from 'vitest';
import { paddingEnv, paddingFor } from '@/bench/lib/padded-reference';

// A page whose padding is in it twice, on a base of 4,000 ASCII bytes: what the reference app's
// /padded page is to a first approximation.
function built(characters: number, asciiShare: number) {
  return { bytes: 4_000 + 2 * characters * (3 - 2 * asciiShare), length: 4_000 + 2 * characters };
}

describe('the padding of the throughput reference', () => {
  it('matches both the bytes and the string length of a target, from one build', () => {
    const target = { bytes: 111_793, length: 97_181 };
    const padding = paddingFor(target, { characters: 40_000, asciiShare: 0.5 }, built(40_000, 0.5));
    const got = built(padding.characters, padding.asciiShare);
    expect(Math.abs(got.bytes - target.bytes) / target.bytes).toBeLessThan(0.001);
    expect(Math.abs(got.length - target.length) / target.length).toBeLessThan(0.001);
    // Our page is mostly markup, CSS and payload: the padding comes out mostly ASCII.
    expect(padding.asciiShare).toBeGreaterThan(0.85);
    expect(padding.asciiShare).toBeLessThan(1);
  });

  it('pads with Japanese alone for a page of three bytes per character, and clamps the impossible', () => {
    expect(paddingFor({ bytes: 4_000 + 2 * 10_000 * 3, length: 4_000 + 2 * 10_000 }, { characters: 100, asciiShare: 0.5 }, built(100, 0.5)).asciiShare).toBeCloseTo(0, 5);
    // More bytes than even Japanese could give in that length: the share stops at 0, not below.
    expect(paddingFor({ bytes: 200_000, length: 20_000 }, { characters: 100, asciiShare: 0 }, built(100, 0)).asciiShare).toBe(0);
    expect(paddingFor({ bytes: 3_000, length: 3_000 }, { characters: 100, asciiShare: 0 }, built(100, 0))).toEqual({ characters: 0, asciiShare: 0 });
  });

  it('passes both numbers to the build', () => {
    expect(paddingEnv({ characters: 46_590, asciiShare: 0.9213 })).toEqual({ BENCH_PADDING_CHARACTERS: '46590', BENCH_PADDING_ASCII_SHARE: '0.9213' });
  });
});
