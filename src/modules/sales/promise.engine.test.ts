import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { greedyPromise, solvePromise } from './promise.engine.js';
import { loadSolver } from './solver.js';
import { arrivalDates, type PromiseInput, type PromiseSource } from './promise.model.js';

let highs: Highs;
beforeAll(async () => {
  highs = await loadSolver();
});

const weeks = ['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28'];

function source(
  code: string,
  transitDays: number,
  unitCost: number,
  supply: Record<string, number[]>,
  kind: PromiseSource['kind'] = 'import',
): PromiseSource {
  return {
    code,
    name: code,
    kind,
    transitP50Days: transitDays,
    transitP90Days: transitDays + 2,
    hold: null,
    supply,
    costCents: () => unitCost,
  };
}

describe('promise engine', () => {
  it('fills from the cheapest on-time source, then the cheaper of late or imported', () => {
    // US: 1 week door to door, 100 a unit, 4 a week. Import: 3 weeks, 80 a unit, 100 at once.
    const input: PromiseInput = {
      weeks,
      lines: [{ id: 'A', model: 'M', quantity: 10, requestedWeek: 2, latePenaltyCents: 50 }],
      sources: [
        source('US', 3, 100, { '*': [4, 4, 4, 4, 4, 4] }, 'us_plant'),
        source('IMP', 20, 80, { M: [100, 0, 0, 0, 0, 0] }),
      ],
    };
    // 8 from the US by week 1 (on time); the other 2: US a week late costs 150, import 130.
    const result = solvePromise(highs, input);
    expect(result).toMatchObject({ method: 'mip', optimal: true, objectiveCents: 1060 });
    expect(result.lines[0]!.splits).toEqual([
      expect.objectContaining({ source: 'IMP', shipOn: '2026-11-23', quantity: 2, lateWeeks: 1 }),
      expect.objectContaining({ source: 'US', shipOn: '2026-11-30', quantity: 8, lateWeeks: 0 }),
    ]);
    expect(result.lines[0]).toMatchObject({
      promised: 10,
      unpromised: 0,
      landedCostCents: 960,
      lateUnits: 2,
      late: { kind: 'capacity', sources: ['US'] },
    });
    expect(greedyPromise(input).objectiveCents).toBe(1060);
  });

  it('gives scarce supply to the customer whose lateness costs most, where greedy does not', () => {
    // Five US units this week, carried if unused; the import takes 2 weeks.
    const input: PromiseInput = {
      weeks,
      lines: [
        { id: 'A', model: 'M', quantity: 5, requestedWeek: 0, latePenaltyCents: 10 },
        { id: 'B', model: 'M', quantity: 5, requestedWeek: 1, latePenaltyCents: 1000 },
      ],
      sources: [
        source('US', 0, 100, { M: [5, 0, 0, 0, 0, 0] }, 'us_plant'),
        source('IMP', 14, 100, { M: [50, 0, 0, 0, 0, 0] }),
      ],
    };
    // Best: B gets the US units in week 1 (500); A imports, 2 weeks late (5 × 120).
    const best = solvePromise(highs, input);
    expect(best.objectiveCents).toBe(1100);
    expect(best.lines[1]!.splits).toEqual([
      expect.objectContaining({ source: 'US', shipOn: '2026-11-30', quantity: 5 }),
    ]);
    // A is late because the US units went to B.
    expect(best.lines[0]!.late).toMatchObject({ kind: 'capacity', sources: ['US'] });
    // Greedy serves the earlier request first and makes B a week late: 500 + 5 × 1,100.
    const greedy = greedyPromise(input);
    expect(greedy.objectiveCents).toBe(6000);
    expect(best.lowerBoundCents).toBeLessThanOrEqual(best.objectiveCents);
  });

  it('reports what cannot be promised, and why', () => {
    const input: PromiseInput = {
      weeks,
      lines: [
        { id: 'short', model: 'M', quantity: 30, requestedWeek: 3, latePenaltyCents: 10 },
        { id: 'none', model: 'X', quantity: 4, requestedWeek: 3, latePenaltyCents: 10 },
        { id: 'soon', model: 'M', quantity: 1, requestedWeek: 0, latePenaltyCents: 10 },
      ],
      sources: [source('IMP', 21, 100, { M: [10, 10, 0, 0, 0, 0] })],
    };
    const result = solvePromise(highs, input);
    const [short, none, soon] = result.lines;
    expect(short).toMatchObject({ promised: 19, unpromised: 11 });
    expect(short!.late).toMatchObject({ kind: 'capacity', sources: ['IMP'] });
    expect(none).toMatchObject({ promised: 0, unpromised: 4, late: { kind: 'no_source' } });
    expect(soon).toMatchObject({ promised: 1, lateUnits: 1, late: { kind: 'lead_time' } });
  });

  it('never ships more than a source has by any week, and accounts for every unit', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const input: PromiseInput = {
      weeks,
      lines: Array.from({ length: 25 }, (_, i) => ({
        id: `L${i}`,
        model: ['M', 'N'][rand(2)]!,
        quantity: 1 + rand(40),
        requestedWeek: rand(6),
        latePenaltyCents: 5 + rand(200),
      })),
      sources: [
        source('US', 2, 150, { M: [10, 10, 10, 20, 20, 20], '*': [5, 5, 5, 5, 5, 5] }, 'us_plant'),
        { ...source('AIR', 5, 190, { '*': [30, 0, 30, 0, 30, 0] }) },
        { ...source('SEA', 30, 120, { N: [60, 60, 60, 60, 60, 60] }) },
      ],
    };
    for (const result of [solvePromise(highs, input), greedyPromise(input)]) {
      for (const [i, line] of result.lines.entries()) {
        expect(line.promised + line.unpromised).toBe(input.lines[i]!.quantity);
        if (line.unpromised > 0 || line.lateUnits > 0) expect(line.late).not.toBeNull();
      }
      // Per source and pool: cumulative shipments within cumulative supply.
      for (const s of input.sources) {
        const shippedBy = (week: string, pool: string) =>
          result.lines
            .filter((l) => (s.supply[l.model] ? l.model : '*') === pool)
            .flatMap((l) => l.splits)
            .filter((x) => x.source === s.code && x.shipOn <= week)
            .reduce((n, x) => n + x.quantity, 0);
        for (const [pool, perWeek] of Object.entries(s.supply))
          weeks.forEach((week, w) => {
            const supplied = perWeek.slice(0, w + 1).reduce((a, b) => a + b, 0);
            expect(shippedBy(week, pool), `${s.code} ${pool} ${week}`).toBeLessThanOrEqual(
              supplied,
            );
          });
      }
    }
    const mip = solvePromise(highs, input);
    expect(mip.objectiveCents).toBeLessThanOrEqual(greedyPromise(input).objectiveCents);
    expect(mip.objectiveCents).toBeLessThanOrEqual(mip.lowerBoundCents! * 1.001 + 1);
  });

  it('dates arrivals at P50 and P90 with customs risk', () => {
    const risky: PromiseSource = {
      ...source('SEA', 20, 100, { '*': [1] }),
      transitP90Days: 30,
      hold: { probabilityBp: 3_000, p50Days: 10, p90Days: 40 },
    };
    // 30 % held: the median shipment is not held; the slowest tenth waits the hold's 67th
    // percentile, 10 + (0.667 − 0.5) × 75 = 22.5 days.
    expect(arrivalDates(weeks, risky, 0)).toEqual({
      shipOn: '2026-11-23',
      p50: '2026-12-13',
      p90: '2027-01-15',
    });
    const mostlyHeld = { ...risky, hold: { probabilityBp: 8_000, p50Days: 10, p90Days: 40 } };
    // 80 % held: the median shipment waits the hold's 37.5th percentile, 7.5 → 8 days.
    expect(arrivalDates(weeks, mostlyHeld, 0).p50).toBe('2026-12-21');
  });
});
