import type { ImportComparison } from '../../../api/tradeTypes';
import { formatBp, formatCents } from '../../../lib/format';

/** "US build cheaper by $695.42" / "Import cheaper by $12.00". */
export function verdictText(item: ImportComparison): string {
  const amount = formatCents(Math.abs(item.differenceCents));
  if (item.differenceCents === 0) return 'Same cost as the US build';
  return item.cheaper === 'us_build'
    ? `US build cheaper by ${amount}`
    : `Import cheaper by ${amount}`;
}

/** What the break-even rate means for this route. */
export function breakEvenText(item: ImportComparison): string {
  const rate = item.breakEvenRateBp;
  if (rate === null) return 'No break-even: the unit has no customs value.';
  if (rate < 0) return `Break-even duty ${formatBp(rate)}: the US build is cheaper even duty-free.`;
  return `Break-even duty ${formatBp(rate)}: above it the US build is cheaper (now ${formatBp(item.landed.duty.totalRateBp)}).`;
}

/** A route's name without the "Import: " every import route starts with. */
export function shortRouteName(name: string): string {
  return name.replace(/^Import:\s*/i, '');
}

export function resultTitle(scenario: string | null): string {
  return scenario ?? 'Tariffs in force';
}
