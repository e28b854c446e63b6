import { describe, expect, it } from 'vitest';
import { distribution, pareto, repeats } from './analytics.engine.js';

describe('service analytics', () => {
  it('distributes turnaround into buckets with quantiles', () => {
    const d = distribution([1, 3, 4, 8, 12, 40]);
    expect(d).toMatchObject({ count: 6, p50Days: 4, p90Days: 40, meanDays: 11.3 });
    expect(d.buckets.map((b) => b.count)).toEqual([1, 2, 1, 1, 0, 0, 1]);
    expect(distribution([]).p50Days).toBeNull();
  });

  it('ranks causes with their running share', () => {
    expect(pareto(['fan', 'psu', 'fan', 'board', 'fan'])).toEqual([
      { key: 'fan', count: 3, shareBp: 6000, cumulativeBp: 6000 },
      { key: 'board', count: 1, shareBp: 2000, cumulativeBp: 8000 },
      { key: 'psu', count: 1, shareBp: 2000, cumulativeBp: 10_000 },
    ]);
  });

  it('counts a machine that fails again inside the window, not after it', () => {
    const day = 86_400_000;
    const r = repeats(
      [
        { serial: 'A', backAt: 0 },
        { serial: 'B', backAt: 0 },
      ],
      [
        { serial: 'A', requestedAt: 89 * day },
        { serial: 'B', requestedAt: 91 * day },
        { serial: 'B', requestedAt: -5 * day },
      ],
      90,
    );
    expect(r).toEqual({ returns: 2, repeated: 1, serials: ['A'] });
  });
});
