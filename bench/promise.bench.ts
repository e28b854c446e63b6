// Delivery promising at the scale of a year's order book: 500 open order lines for 300,000
// units over 52 weeks, from the US plant (finished goods and planned builds per model, plus free
// capacity shared by all models) and three import lanes. The optimiser runs against the greedy
// baseline in the same process; then the same scale runs through the service on SQLite and
// PostgreSQL, with the order book in the database.
import { weeksFrom } from '../src/modules/production/weeks.js';
import { greedyPromise, solvePromise } from '../src/modules/sales/promise.engine.js';
import type { PromiseInput, PromiseSource } from '../src/modules/sales/promise.model.js';
import { loadSolver } from '../src/modules/sales/solver.js';
import { report } from './report.js';
import { seededRandom } from './bench-db.js';
import { servicePromise } from './promise-service.bench.js';

const MODELS = Array.from({ length: 10 }, (_, i) => `Model ${i + 1}`);

/** A synthetic order book and supply: about 1.2 × as much supply over the year as demand. */
export function promiseWorld(lines: number, units: number, horizon: number): PromiseInput {
  const random = seededRandom(11);
  const weeks = weeksFrom('2026-11-23', horizon);
  const share = units / lines;
  const orderLines = Array.from({ length: lines }, (_, i) => ({
    id: `SO-${i}`,
    model: MODELS[random(MODELS.length)]!,
    quantity: Math.max(1, Math.round(share * (0.2 + random(1_600) / 1_000))),
    requestedWeek: random(horizon - 4),
    latePenaltyCents: [500, 1_500, 4_000][random(3)]!,
  }));
  const weeklyDemand = units / horizon;
  const perModel = (fraction: number) =>
    Object.fromEntries(
      MODELS.map((m) => [
        m,
        weeks.map((_, w) =>
          Math.round(((fraction * weeklyDemand) / MODELS.length) * (w === 0 ? 4 : 1)),
        ),
      ]),
    );
  // Tariffs move: import costs step up a third of the way through the year.
  const importCost = (base: number) => (_m: string, w: number) =>
    Math.round(base * (w > horizon / 3 ? 1.15 : 1));
  const lane = (
    code: string,
    transit: [number, number],
    base: number,
    fraction: number,
    hold: PromiseSource['hold'],
  ): PromiseSource => ({
    code,
    name: code,
    kind: 'import',
    transitP50Days: transit[0],
    transitP90Days: transit[1],
    hold,
    supply: { '*': weeks.map(() => Math.round(fraction * weeklyDemand)) },
    costCents: importCost(base),
  });
  return {
    weeks,
    lines: orderLines,
    sources: [
      {
        code: 'US-PLANT',
        name: 'US plant',
        kind: 'us_plant',
        transitP50Days: 3,
        transitP90Days: 5,
        hold: null,
        supply: { ...perModel(0.45), '*': weeks.map(() => Math.round(0.1 * weeklyDemand)) },
        costCents: () => 236_000,
      },
      lane('MY-OCEAN', [35, 45], 215_000, 0.3, { probabilityBp: 800, p50Days: 12, p90Days: 40 }),
      lane('CN-OCEAN', [25, 35], 260_000, 0.2, { probabilityBp: 2_000, p50Days: 20, p90Days: 60 }),
      lane('TH-AIR', [4, 9], 248_000, 0.15, { probabilityBp: 1_500, p50Days: 7, p90Days: 25 }),
    ],
  };
}

export async function run({ quick }: { quick: boolean }) {
  const params = quick
    ? { lines: 100, units: 60_000, weeks: 26, sources: 4 }
    : { lines: 500, units: 300_000, weeks: 52, sources: 4 };
  const input = promiseWorld(params.lines, params.units, params.weeks);
  const highs = await loadSolver();
  const mip = solvePromise(highs, input);
  const greedy = greedyPromise(input);
  const units = (r: typeof mip) => r.lines.reduce((n, l) => n + l.promised, 0);
  const late = (r: typeof mip) => r.lines.reduce((n, l) => n + l.lateUnits, 0);
  const gapBp = mip.lowerBoundCents
    ? Math.round(((mip.objectiveCents - mip.lowerBoundCents) / mip.lowerBoundCents) * 10_000)
    : 10_000;
  const metrics = {
    promise_ms: {
      value: Math.round(mip.solveMs),
      unit: 'ms',
      better: 'lower' as const,
      target: 3_000,
    },
    objective: { value: mip.objectiveCents, unit: 'cents', better: 'lower' as const },
    objective_vs_greedy: {
      value: Number((mip.objectiveCents / greedy.objectiveCents).toFixed(4)),
      unit: 'ratio',
      better: 'lower' as const,
      target: 1,
    },
    gap_to_lp_bound: { value: gapBp, unit: 'bp', better: 'lower' as const, target: 100 },
    landed_cost: { value: mip.landedCostCents, unit: 'cents', better: 'lower' as const },
    units_promised: { value: units(mip), unit: 'units', better: 'higher' as const },
    units_late: { value: late(mip), unit: 'units', better: 'lower' as const },
  };
  // The same scale through the service, order book in the database: gather, solve and store.
  const service: Record<string, { value: number; unit: string; better: 'lower'; target: number }> =
    {};
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const { samples } = await servicePromise(dialect, params.lines, params.units);
    service[`${dialect}_service_promise_max_ms`] = {
      value: Math.round(Math.max(...samples)),
      unit: 'ms',
      better: 'lower',
      target: 3_000,
    };
  }
  return report({
    name: 'promise',
    quick,
    params: { ...params, method: mip.method, optimal: mip.optimal },
    metrics: { ...metrics, ...service },
    baseline: {
      name: 'greedy',
      metrics: {
        promise_ms: { value: Math.round(greedy.solveMs), unit: 'ms', better: 'lower' },
        objective: { value: greedy.objectiveCents, unit: 'cents', better: 'lower' },
        landed_cost: { value: greedy.landedCostCents, unit: 'cents', better: 'lower' },
        units_promised: { value: units(greedy), unit: 'units', better: 'higher' },
        units_late: { value: late(greedy), unit: 'units', better: 'lower' },
      },
    },
  });
}
