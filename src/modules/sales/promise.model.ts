/**
 * The delivery-promise problem as plain data, shared by the optimiser and the greedy baseline:
 * open order lines, supply sources with weekly supply and per-unit landed costs, and the
 * candidate shipments (line × source × ship week) both choose from.
 *
 * Weeks are indices into the horizon (0 = this week). Supply is per pool: a source offers a
 * model from that model's own pool, or else from its shared pool `*` (the plant's free
 * capacity serves every model it builds). Unused supply carries to later weeks (units built
 * or landed early wait in stock), so a pool is limited cumulatively.
 */

export const SHARED_POOL = '*';
const DAY_MS = 86_400_000;

export interface PromiseLine {
  id: string;
  model: string;
  quantity: number;
  /** Week index the customer asked for (negative: already overdue). */
  requestedWeek: number;
  /** Penalty per unit per week of lateness, in cents: the customer's priority. */
  latePenaltyCents: number;
}

export interface HoldRisk {
  /** Share of shipments held at customs, in basis points. */
  probabilityBp: number;
  /** Days a held shipment waits, median and 90th percentile. */
  p50Days: number;
  p90Days: number;
}

export interface PromiseSource {
  code: string;
  name: string;
  kind: 'us_plant' | 'import';
  /** Days from shipping to arrival at the site, median and 90th percentile. */
  transitP50Days: number;
  transitP90Days: number;
  hold: HoldRisk | null;
  /** Units that become available each week, by model or shared (`*`); one entry per week. */
  supply: Record<string, number[]>;
  /** Landed cost per unit shipped in `week`, or null when the source cannot supply the model. */
  costCents: (model: string, week: number) => number | null;
}

export interface PromiseInput {
  /** Mondays (YYYY-MM-DD) of the horizon; week index i is weeks[i]. */
  weeks: string[];
  lines: PromiseLine[];
  sources: PromiseSource[];
}

/** One candidate shipment: some of a line's units from a source in a week. */
export interface Candidate {
  line: number;
  source: number;
  pool: string;
  week: number;
  /** Cost per unit: landed cost plus the lateness penalty. */
  unitCost: number;
  landedCents: number;
  lateWeeks: number;
}

/** Some of a line's units on one candidate shipment: what a solver answers. */
export interface Allocation {
  candidate: Candidate;
  quantity: number;
}

/**
 * Cumulative supply of one pool: units shipped by week t never exceed units supplied by week t.
 * Shipping q in week w therefore needs q free in every week from w on.
 */
export class PoolLedger {
  private readonly cumSupply: number[];
  private readonly cumUsed: number[];

  constructor(perWeek: readonly number[]) {
    let running = 0;
    this.cumSupply = perWeek.map((q) => (running += Math.max(0, q)));
    this.cumUsed = perWeek.map(() => 0);
  }

  /** Units that can still ship in `week`. */
  free(week: number) {
    let free = Infinity;
    for (let t = week; t < this.cumSupply.length; t += 1)
      free = Math.min(free, this.cumSupply[t]! - this.cumUsed[t]!);
    return Math.max(0, free === Infinity ? 0 : free);
  }

  take(week: number, quantity: number) {
    for (let t = week; t < this.cumUsed.length; t += 1) this.cumUsed[t]! += quantity;
  }
}

export function ledgersOf(input: PromiseInput) {
  const ledgers = new Map<string, PoolLedger>();
  input.sources.forEach((source, s) => {
    for (const [pool, perWeek] of Object.entries(source.supply))
      ledgers.set(`${s}|${pool}`, new PoolLedger(input.weeks.map((_, w) => perWeek[w] ?? 0)));
  });
  return ledgers;
}

/** The expected door-to-door days, with customs risk weighed in: what the optimiser plans by. */
export function expectedLeadDays(s: PromiseSource) {
  return s.transitP50Days + (s.hold ? (s.hold.probabilityBp / 10_000) * s.hold.p50Days : 0);
}

export const leadWeeks = (s: PromiseSource) => Math.ceil(expectedLeadDays(s) / 7);

/** The pool of `source` that serves `model`, or null. */
export function poolOf(source: PromiseSource, model: string) {
  if (source.supply[model]) return model;
  if (source.supply[SHARED_POOL]) return SHARED_POOL;
  return null;
}

/**
 * Every way to ship each line: from each source that supplies its model, in each week from the
 * one that lands on the requested week (never earlier: customers do not take early deliveries)
 * to the horizon's end.
 */
export function candidates(input: PromiseInput): Candidate[] {
  const out: Candidate[] = [];
  const horizon = input.weeks.length;
  input.lines.forEach((line, l) => {
    input.sources.forEach((source, s) => {
      const pool = poolOf(source, line.model);
      if (!pool) return;
      const lead = leadWeeks(source);
      for (let week = Math.max(0, line.requestedWeek - lead); week < horizon; week += 1) {
        const landedCents = source.costCents(line.model, week);
        if (landedCents === null) continue;
        const lateWeeks = Math.max(0, week + lead - line.requestedWeek);
        out.push({
          line: l,
          source: s,
          pool,
          week,
          unitCost: landedCents + lateWeeks * line.latePenaltyCents,
          landedCents,
          lateWeeks,
        });
      }
    });
  });
  return out;
}

/**
 * The cost of leaving a unit unpromised: worse than the latest, dearest shipment in the horizon,
 * so the optimiser ships whenever any source can.
 */
export function unpromisedUnitCost(input: PromiseInput, line: PromiseLine, maxLanded: number) {
  const lateAtEnd = Math.max(1, input.weeks.length + 8 - line.requestedWeek);
  return maxLanded * 2 + lateAtEnd * Math.max(line.latePenaltyCents, 1) * 2;
}

/** Hold days at quantile `q` of held shipments: 0 → 0, 0.5 → p50, 0.9 and beyond → p90. */
function holdQuantile(hold: HoldRisk, q: number) {
  if (q <= 0.5) return (q / 0.5) * hold.p50Days;
  return hold.p50Days + (Math.min(q, 0.9) - 0.5) * ((hold.p90Days - hold.p50Days) / 0.4);
}

/**
 * Arrival dates of units shipped in `week`: P50 is the median transit, plus the median hold when
 * more than half of shipments are held; P90 adds the hold length that covers the slowest tenth
 * of shipments (nothing when fewer than one in ten is held).
 */
export function arrivalDates(weeks: readonly string[], source: PromiseSource, week: number) {
  const shipped = Date.parse(`${weeks[week]}T00:00:00Z`);
  const p = (source.hold?.probabilityBp ?? 0) / 10_000;
  const hold50 = source.hold && p > 0.5 ? holdQuantile(source.hold, 1 - 0.5 / p) : 0;
  const hold90 = source.hold && p > 0.1 ? holdQuantile(source.hold, 1 - 0.1 / p) : 0;
  const date = (days: number) =>
    new Date(shipped + Math.ceil(days) * DAY_MS).toISOString().slice(0, 10);
  return {
    shipOn: weeks[week]!,
    p50: date(source.transitP50Days + hold50),
    p90: date(source.transitP90Days + hold90),
  };
}
