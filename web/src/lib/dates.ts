/** Conversions between `<input type="date">` values (YYYY-MM-DD, local) and epoch milliseconds. */

function parseLocalDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** First millisecond of the given local day, or undefined when empty/invalid. */
export function startOfLocalDay(value: string): number | undefined {
  return parseLocalDate(value)?.getTime();
}

/** Last millisecond of the given local day, or undefined when empty/invalid. */
export function endOfLocalDay(value: string): number | undefined {
  const date = parseLocalDate(value);
  if (!date) return undefined;
  date.setDate(date.getDate() + 1);
  return date.getTime() - 1;
}
