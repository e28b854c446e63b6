import type { Candidate, PromiseInput } from './promise.model.js';
import type { Allocation } from './promise.present.js';

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

/**
 * The rule a planner would follow by hand: lines by requested week (highest penalty first on a
 * tie), each filled from its cheapest candidate shipments while supply lasts.
 */
export function greedyAllocation(input: PromiseInput, cands: Candidate[]): Allocation[] {
  const ledgers = ledgersOf(input);
  const byLine = new Map<number, Candidate[]>();
  for (const c of cands) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  const order = input.lines
    .map((line, l) => ({ line, l }))
    .sort(
      (a, b) =>
        a.line.requestedWeek - b.line.requestedWeek ||
        b.line.latePenaltyCents - a.line.latePenaltyCents ||
        a.l - b.l,
    );
  const allocations: Allocation[] = [];
  for (const { line, l } of order) {
    let left = line.quantity;
    const options = [...(byLine.get(l) ?? [])].sort(
      (a, b) => a.unitCost - b.unitCost || a.week - b.week,
    );
    for (const c of options) {
      if (left === 0) break;
      const ledger = ledgers.get(`${c.source}|${c.pool}`)!;
      const quantity = Math.min(left, ledger.free(c.week));
      if (quantity <= 0) continue;
      ledger.take(c.week, quantity);
      allocations.push({ candidate: c, quantity });
      left -= quantity;
    }
  }
  return allocations;
}
