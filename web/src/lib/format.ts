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
