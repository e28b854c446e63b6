/** Planning weeks start on Monday; dates are `YYYY-MM-DD` in UTC. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `count` Mondays from the week containing `date`. */
export function weeksFrom(date: string, count: number): string[] {
  const first = mondayOf(date);
  return Array.from({ length: count }, (_, i) => addDays(first, i * 7));
}

/** Whole weeks between two Mondays (negative when `date` is before `first`). */
export function weekIndex(first: string, date: string): number {
  const ms = Date.parse(`${mondayOf(date)}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`);
  return Math.round(ms / (7 * 86_400_000));
}

/** The month after `YYYY-MM`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Months from `from`'s to `to`'s, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = nextMonth(m)) months.push(m);
  return months;
}
