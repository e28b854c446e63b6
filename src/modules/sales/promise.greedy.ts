import { ledgersOf, type Allocation, type Candidate, type PromiseInput } from './promise.model.js';

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
