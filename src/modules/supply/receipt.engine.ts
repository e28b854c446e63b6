/**
 * Landed cost of a receipt, pure: the shipment's freight, insurance and brokerage are spread
 * over its lines by goods value, and each line adds its own duty. Inventory is then valued at
 * landed cost.
 */
export interface ReceiptLineCost {
  goodsCents: number;
  dutyCents: number;
}

export interface LandedLine extends ReceiptLineCost {
  freightCents: number;
  insuranceCents: number;
  brokerageCents: number;
  landedCents: number;
}

/**
 * Split `total` in proportion to `weights`, in whole cents that add up exactly (largest
 * remainder; ties to the earlier line). All-zero weights split evenly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const w = weights.every((x) => x === 0) ? weights.map(() => 1) : weights;
  const sum = w.reduce((s, x) => s + BigInt(x), 0n);
  const shares = w.map((x) => (BigInt(total) * BigInt(x)) / sum);
  const remainders = w.map((x, i) => ({ i, r: (BigInt(total) * BigInt(x)) % sum }));
  let left = BigInt(total) - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    shares[i]! += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

export function landedLines(
  lines: readonly ReceiptLineCost[],
  shipment: { freightCents: number; insuranceCents: number; brokerageCents: number },
): LandedLine[] {
  const weights = lines.map((l) => l.goodsCents);
  const freight = allocate(shipment.freightCents, weights);
  const insurance = allocate(shipment.insuranceCents, weights);
  const brokerage = allocate(shipment.brokerageCents, weights);
  return lines.map((l, i) => ({
    ...l,
    freightCents: freight[i]!,
    insuranceCents: insurance[i]!,
    brokerageCents: brokerage[i]!,
    landedCents: l.goodsCents + l.dutyCents + freight[i]! + insurance[i]! + brokerage[i]!,
  }));
}
