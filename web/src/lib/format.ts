/** Display formatting shared by all pages: local time, thousands separators. */

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

const dateTimeWithSecondsFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const dateFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
});

const numberFormat = new Intl.NumberFormat(undefined);

export const EMPTY_VALUE = '—';

export function formatDateTime(
  epochMillis: number | null | undefined,
  withSeconds = false,
): string {
  if (epochMillis === null || epochMillis === undefined) return EMPTY_VALUE;
  return (withSeconds ? dateTimeWithSecondsFormat : dateTimeFormat).format(new Date(epochMillis));
}

export function formatDate(epochMillis: number | null | undefined): string {
  if (epochMillis === null || epochMillis === undefined) return EMPTY_VALUE;
  return dateFormat.format(new Date(epochMillis));
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return EMPTY_VALUE;
  return numberFormat.format(value);
}

/** Pretty-prints any JSON value for display. */
export function formatJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  return JSON.stringify(value, null, 2);
}

const moneyFormat = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Cents as US dollars: 123456 → "$1,234.56". */
export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return EMPTY_VALUE;
  return moneyFormat.format(cents / 100);
}

/** Basis points as a percentage: 5760 → "57.60%"; with `digits` 1, 9000 → "90.0%". */
export function formatBp(bp: number | null | undefined, digits = 2): string {
  if (bp === null || bp === undefined) return EMPTY_VALUE;
  return `${(bp / 100).toFixed(digits)}%`;
}
