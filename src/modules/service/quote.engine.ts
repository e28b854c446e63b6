/**
 * An out-of-warranty repair quote, pure: the parts the diagnosis calls for at their cost, plus
 * bench labour at the depot's rate, never more than the machine is worth (logistics.md: cost is
 * capped at the machine's market value).
 */
export interface QuoteInput {
  parts: { partNumber: string; unitCostCents: number; quantity: number }[];
  labourMinutes: number;
  labourCentsPerHour: number;
  /** 0: no value known, so no cap. */
  marketValueCents: number;
}

export interface Quote {
  partsCents: number;
  labourCents: number;
  totalCents: number;
  capped: boolean;
}

export function quoteRepair(input: QuoteInput): Quote {
  const partsCents = input.parts.reduce((s, p) => s + p.unitCostCents * p.quantity, 0);
  const labourCents = Math.round((input.labourMinutes * input.labourCentsPerHour) / 60);
  const full = partsCents + labourCents;
  const capped = input.marketValueCents > 0 && full > input.marketValueCents;
  return { partsCents, labourCents, totalCents: capped ? input.marketValueCents : full, capped };
}
