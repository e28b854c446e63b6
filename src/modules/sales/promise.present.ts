import {
  ledgersOf,
  type Allocation,
  arrivalDates,
  leadWeeks,
  poolOf,
  unpromisedUnitCost,
  type Candidate,
  type PromiseInput,
} from './promise.model.js';

export interface PromiseSplit {
  source: string;
  sourceName: string;
  kind: 'us_plant' | 'import';
  shipOn: string;
  quantity: number;
  unitLandedCents: number;
  arrivalP50: string;
  arrivalP90: string;
  lateWeeks: number;
}

export type LateReason =
  | { kind: 'lead_time'; detail: string; sources: string[] }
  | { kind: 'capacity'; detail: string; sources: string[] }
  | { kind: 'no_source'; detail: string; sources: string[] }
  | { kind: 'cost'; detail: string; sources: string[] };

export interface LinePromise {
  id: string;
  model: string;
  quantity: number;
  promised: number;
  /** Units no source can supply within the horizon. */
  unpromised: number;
  landedCostCents: number;
  /** The last split's arrival: when the whole promised quantity is there. */
  p50: string | null;
  p90: string | null;
  lateUnits: number;
  splits: PromiseSplit[];
  /** Why some units arrive after the requested week, or are not promised; null when on time. */
  late: LateReason | null;
}

export interface PromiseResult {
  method: 'mip' | 'greedy';
  /** Proven optimal (within the gap asked for). */
  optimal: boolean;
  /** The objective: landed cost plus lateness penalties plus unpromised units, in cents. */
  objectiveCents: number;
  landedCostCents: number;
  latePenaltyCents: number;
  /** The LP bound HiGHS proved; the optimum is no lower. */
  lowerBoundCents: number | null;
  solveMs: number;
  note: string | null;
  lines: LinePromise[];
}

const maxDate = (a: string | null, b: string) => (a === null || b > a ? b : a);

/** Why a line is late, from what could have served it and what is left in each pool. */
function lateReason(
  input: PromiseInput,
  l: number,
  ledgers: ReturnType<typeof ledgersOf>,
): LateReason {
  const line = input.lines[l]!;
  const serving = input.sources
    .map((source, s) => ({ source, s, pool: poolOf(source, line.model) }))
    .filter((x) => x.pool !== null);
  if (serving.length === 0)
    return { kind: 'no_source', detail: `No source supplies ${line.model}.`, sources: [] };
  const fastest = Math.min(...serving.map((x) => leadWeeks(x.source)));
  if (line.requestedWeek < fastest) {
    const quickest = serving.filter((x) => leadWeeks(x.source) === fastest);
    return {
      kind: 'lead_time',
      detail: `Even shipped this week, ${quickest.map((x) => x.source.name).join(' or ')} takes ${fastest} week(s) to arrive.`,
      sources: quickest.map((x) => x.source.code),
    };
  }
  const inTime = serving.filter((x) => line.requestedWeek - leadWeeks(x.source) >= 0);
  const freeOf = (x: (typeof serving)[number]) =>
    ledgers.get(`${x.s}|${x.pool}`)!.free(line.requestedWeek - leadWeeks(x.source));
  // Supply was there in time, but dearer than the customer's lateness penalty.
  const dearer = inTime.filter((x) => freeOf(x) > 0);
  if (dearer.length)
    return {
      kind: 'cost',
      detail: `${dearer.map((x) => x.source.name).join(', ')} could arrive in time, at a cost above the lateness penalty.`,
      sources: dearer.map((x) => x.source.code),
    };
  return {
    kind: 'capacity',
    detail: `No supply left in time at ${inTime.map((x) => x.source.name).join(', ')}.`,
    sources: inTime.map((x) => x.source.code),
  };
}

/** Turns allocations into each line's promise, its cost, dates and, when late, the reason. */
export function presentPromise(
  input: PromiseInput,
  cands: Candidate[],
  allocations: Allocation[],
  facts: Pick<PromiseResult, 'method' | 'optimal' | 'lowerBoundCents' | 'solveMs' | 'note'>,
): PromiseResult {
  const ledgers = ledgersOf(input);
  for (const a of allocations)
    ledgers.get(`${a.candidate.source}|${a.candidate.pool}`)!.take(a.candidate.week, a.quantity);
  const maxLanded = cands.reduce((m, c) => Math.max(m, c.landedCents), 0);
  const byLine = new Map<number, Allocation[]>();
  for (const a of allocations)
    byLine.set(a.candidate.line, [...(byLine.get(a.candidate.line) ?? []), a]);

  let landedCostCents = 0;
  let latePenaltyCents = 0;
  let unpromisedCents = 0;
  const lines = input.lines.map((line, l): LinePromise => {
    const mine = (byLine.get(l) ?? []).sort(
      (a, b) => a.candidate.week - b.candidate.week || a.candidate.source - b.candidate.source,
    );
    let p50: string | null = null;
    let p90: string | null = null;
    let landed = 0;
    let lateUnits = 0;
    const splits = mine.map(({ candidate: c, quantity }) => {
      const source = input.sources[c.source]!;
      const dates = arrivalDates(input.weeks, source, c.week);
      p50 = maxDate(p50, dates.p50);
      p90 = maxDate(p90, dates.p90);
      landed += c.landedCents * quantity;
      latePenaltyCents += c.lateWeeks * line.latePenaltyCents * quantity;
      if (c.lateWeeks > 0) lateUnits += quantity;
      return {
        source: source.code,
        sourceName: source.name,
        kind: source.kind,
        shipOn: dates.shipOn,
        quantity,
        unitLandedCents: c.landedCents,
        arrivalP50: dates.p50,
        arrivalP90: dates.p90,
        lateWeeks: c.lateWeeks,
      };
    });
    const promised = splits.reduce((s, x) => s + x.quantity, 0);
    const unpromised = line.quantity - promised;
    landedCostCents += landed;
    unpromisedCents += unpromised * unpromisedUnitCost(input, line, maxLanded);
    return {
      id: line.id,
      model: line.model,
      quantity: line.quantity,
      promised,
      unpromised,
      landedCostCents: landed,
      p50,
      p90,
      lateUnits,
      splits,
      late: lateUnits > 0 || unpromised > 0 ? lateReason(input, l, ledgers) : null,
    };
  });
  return {
    ...facts,
    objectiveCents: landedCostCents + latePenaltyCents + unpromisedCents,
    landedCostCents,
    latePenaltyCents,
    lines,
  };
}
