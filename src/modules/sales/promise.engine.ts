import type { Highs } from 'highs';
import { greedyAllocation } from './promise.greedy.js';
import {
  candidates,
  unpromisedUnitCost,
  type Allocation,
  type Candidate,
  type PromiseInput,
} from './promise.model.js';
import { presentPromise, type PromiseResult } from './promise.present.js';

export type { PromiseResult } from './promise.present.js';

export interface SolveOptions {
  /** Stop the MIP after this many seconds and keep its best answer. */
  timeLimitSeconds?: number;
  /** Stop once the answer is proven within this fraction of the optimum. */
  relativeGap?: number;
}

/** A pool's weekly supply, keyed `source|pool`. */
function poolsOf(input: PromiseInput) {
  const pools = new Map<string, number[]>();
  input.sources.forEach((source, s) => {
    for (const [pool, perWeek] of Object.entries(source.supply))
      pools.set(
        `${s}|${pool}`,
        input.weeks.map((_, w) => Math.max(0, perWeek[w] ?? 0)),
      );
  });
  return pools;
}

/**
 * Promises every open line at least cost: landed cost plus lateness weighted by the customer's
 * priority, within every source's supply. A mixed-integer program solved by HiGHS:
 *
 *   minimise  Σ cost·x + Σ unpromised·u
 *   line l:   Σ x(l,·,·) + u(l) = quantity(l)
 *   pool p,t: Σ x(p,t) + carry(p,t) − carry(p,t−1) = supply(p,t)      (unused supply carries)
 *
 * x and u are whole units. When HiGHS finds no answer, the greedy allocation stands in and the
 * result says so.
 */
export function solvePromise(
  highs: Highs,
  input: PromiseInput,
  options: SolveOptions = {},
): PromiseResult {
  const started = performance.now();
  const cands = candidates(input);
  const pools = poolsOf(input);
  const poolKeys = [...pools.keys()];
  const horizon = input.weeks.length;
  const poolIndex = new Map(poolKeys.map((k, i) => [k, i]));
  const nLines = input.lines.length;
  const poolRow = (key: string, week: number) => nLines + poolIndex.get(key)! * horizon + week;
  const numRows = nLines + poolKeys.length * horizon;
  const maxLanded = cands.reduce((m, c) => Math.max(m, c.landedCents), 0);

  // Columns in order: candidates, unpromised per line, carry per pool and week.
  const starts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const cost: number[] = [];
  const upper: number[] = [];
  const integer: (0 | 1)[] = [];
  const column = (entries: [number, number][], c: number, ub: number, isInt: boolean) => {
    for (const [row, value] of entries.sort((a, b) => a[0] - b[0])) {
      indices.push(row);
      values.push(value);
    }
    starts.push(indices.length);
    cost.push(c);
    upper.push(ub);
    integer.push(isInt ? 1 : 0);
  };
  for (const c of cands)
    column(
      [
        [c.line, 1],
        [poolRow(`${c.source}|${c.pool}`, c.week), 1],
      ],
      c.unitCost,
      input.lines[c.line]!.quantity,
      true,
    );
  input.lines.forEach((line, l) =>
    column([[l, 1]], unpromisedUnitCost(input, line, maxLanded), line.quantity, true),
  );
  for (const key of poolKeys)
    for (let t = 0; t < horizon; t += 1) {
      const entries: [number, number][] = [[poolRow(key, t), 1]];
      if (t + 1 < horizon) entries.push([poolRow(key, t + 1), -1]);
      column(entries, 0, highs.infinity, false);
    }

  const rowBounds = [
    ...input.lines.map((l) => l.quantity),
    ...poolKeys.flatMap((k) => pools.get(k)!),
  ];
  const numCols = cost.length;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: cost,
    colLower: new Array<number>(numCols).fill(0),
    colUpper: upper,
    rowLower: rowBounds,
    rowUpper: rowBounds,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    integrality: integer,
  });
  try {
    model.options.set({
      output_flag: false,
      mip_rel_gap: options.relativeGap ?? 0.001,
      time_limit: options.timeLimitSeconds ?? 20,
    });
    model.run();
    const status = model.getModelStatus();
    const solution = model.getSolution();
    const hasAnswer =
      status === highs.constants.modelStatus.optimal ||
      (solution.colValue.length === numCols && Number.isFinite(model.getObjectiveValue()));
    if (!hasAnswer) return fallback(input, cands, started, `HiGHS status ${status}`);
    const allocations: Allocation[] = [];
    cands.forEach((c, j) => {
      const quantity = Math.round(solution.colValue[j]!);
      if (quantity > 0) allocations.push({ candidate: c, quantity });
    });
    const bound = Number(model.info.get('mip_dual_bound'));
    return presentPromise(input, cands, allocations, {
      method: 'mip',
      optimal: status === highs.constants.modelStatus.optimal,
      lowerBoundCents: Number.isFinite(bound) ? bound : null,
      solveMs: performance.now() - started,
      note: null,
    });
  } finally {
    model.dispose();
  }
}

function fallback(input: PromiseInput, cands: Candidate[], started: number, why: string) {
  return presentPromise(input, cands, greedyAllocation(input, cands), {
    method: 'greedy',
    optimal: false,
    lowerBoundCents: null,
    solveMs: performance.now() - started,
    note: `The optimiser gave no answer (${why}); the greedy allocation stands in.`,
  });
}

/** The baseline: earliest requests first, each unit to the cheapest source with supply left. */
export function greedyPromise(input: PromiseInput): PromiseResult {
  const started = performance.now();
  const cands = candidates(input);
  return presentPromise(input, cands, greedyAllocation(input, cands), {
    method: 'greedy',
    optimal: false,
    lowerBoundCents: null,
    solveMs: performance.now() - started,
    note: null,
  });
}
