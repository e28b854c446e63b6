import { EMPTY_VALUE, formatCents, formatNumber } from '../../lib/format';

/** A date shift in days, signed: +6 d later, −14 d earlier, "0 d"; "—" when not comparable. */
export function formatShiftDays(days: number | null): string {
  if (days === null) return EMPTY_VALUE;
  if (days === 0) return '0 d';
  return `${days > 0 ? '+' : '−'}${formatNumber(Math.abs(days))} d`;
}

/** A money change, signed: +$1,550.00 / −$832.05; "—" when there is nothing to compare. */
export function formatCentsDelta(cents: number | null): string {
  if (cents === null) return EMPTY_VALUE;
  if (cents === 0) return formatCents(0);
  return `${cents > 0 ? '+' : '−'}${formatCents(Math.abs(cents))}`;
}

/** Later or dearer is bad (red), earlier or cheaper good (green), no change dimmed. */
export function deltaColor(value: number | null): string {
  if (!value) return 'dimmed';
  return value > 0 ? 'red.7' : 'green.8';
}
