import { describe, expect, it } from 'vitest';
import { allocate, landedLines } from './receipt.engine.js';

describe('allocate', () => {
  it('splits by weight and adds up exactly', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [3, 1])).toEqual([750, 250]);
    const parts = allocate(99_999, [7, 13, 29, 51]);
    expect(parts.reduce((s, x) => s + x, 0)).toBe(99_999);
  });

  it('splits evenly when every weight is zero, and gives nothing to nothing', () => {
    expect(allocate(10, [0, 0])).toEqual([5, 5]);
    expect(allocate(10, [])).toEqual([]);
    expect(allocate(0, [5, 5])).toEqual([0, 0]);
  });

  it('stays exact for values past 2^53 when multiplied', () => {
    const parts = allocate(9_000_000_000_000, [3_000_000_000, 1]);
    expect(parts.reduce((s, x) => s + x, 0)).toBe(9_000_000_000_000);
  });
});

describe('landedLines', () => {
  it('spreads freight, insurance and brokerage by goods value and adds duty', () => {
    const lines = landedLines(
      [
        { goodsCents: 300_000, dutyCents: 30_000 },
        { goodsCents: 100_000, dutyCents: 0 },
      ],
      { freightCents: 40_000, insuranceCents: 1_000, brokerageCents: 20_000 },
    );
    expect(lines[0]).toMatchObject({
      freightCents: 30_000,
      insuranceCents: 750,
      brokerageCents: 15_000,
      landedCents: 375_750,
    });
    expect(lines[1]).toMatchObject({
      freightCents: 10_000,
      insuranceCents: 250,
      brokerageCents: 5_000,
      landedCents: 115_250,
    });
  });
});
