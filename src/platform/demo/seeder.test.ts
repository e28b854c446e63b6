import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { orderSeeders, type Seeder } from './seeder.js';

const s = (name: string, dependsOn: string[] = []): Seeder => ({
  name,
  version: 1,
  dependsOn,
  run: async () => {},
});

describe('seeder order', () => {
  it('runs dependencies first', () => {
    const order = orderSeeders([
      s('sales', ['catalog', 'production']),
      s('production', ['catalog']),
      s('catalog'),
    ]).map((x) => x.name);
    expect(order).toEqual(['catalog', 'production', 'sales']);
  });

  it('refuses cycles and unknown dependencies', () => {
    expect(() => orderSeeders([s('a', ['b']), s('b', ['a'])])).toThrow(/cycle/);
    expect(() => orderSeeders([s('a', ['zzz'])])).toThrow(/unknown seeder zzz/);
  });
});

describe('seeded random', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seq = (r: ReturnType<typeof seededRandom>) =>
      Array.from({ length: 5 }, () => r.int(0, 1000));
    const first = seq(a);
    expect(seq(b)).toEqual(first);
    expect(seq(c)).not.toEqual(first);
    expect(first.every((n) => n >= 0 && n <= 1000)).toBe(true);
  });
});
