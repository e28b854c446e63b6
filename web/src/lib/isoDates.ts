/** Calendar dates as the API speaks them: `YYYY-MM-DD` strings, compared as text. */

const pad = (value: number) => String(value).padStart(2, '0');

/** A local Date as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, in the browser's time zone. */
export function todayIso(): string {
  return toIsoDate(new Date());
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The same day `years` later (Feb 29 rolls to Mar 1). */
export function addYearsIso(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return toIsoDate(new Date((year ?? 0) + years, (month ?? 1) - 1, day ?? 1));
}

/** The first day of every month from `from`'s month up to `to` (inclusive). */
export function monthStartsBetween(from: string, to: string): string[] {
  const [year, month] = from.split('-').map(Number);
  const out: string[] = [];
  const cursor = new Date(year ?? 0, (month ?? 1) - 1, 1);
  while (toIsoDate(cursor) <= to) {
    out.push(toIsoDate(cursor));
    cursor.setMonth(cursor.getMonth() + 1);
  }
  return out;
}

/** The date `days` later (earlier when negative). */
export function addDaysIso(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return toIsoDate(new Date(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
}

/** A month (YYYY-MM) `months` later (earlier when negative). */
export function addMonthsIso(month: string, months: number): string {
  const [year, mon] = month.split('-').map(Number);
  return toIsoDate(new Date(year ?? 0, (mon ?? 1) - 1 + months, 1)).slice(0, 7);
}
