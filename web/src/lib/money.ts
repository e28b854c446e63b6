/** Money as the forms take it: dollars typed in a NumberInput, sent as integer cents. */

/** A NumberInput value in dollars as cents; undefined when empty or not a number. */
export function centsOf(dollars: number | string): number | undefined {
  if (typeof dollars !== 'number' || !Number.isFinite(dollars)) return undefined;
  return Math.round(dollars * 100);
}

/** Cents as a NumberInput value in dollars; '' for none. */
export function dollarsOf(cents: number | null | undefined): number | string {
  return cents === null || cents === undefined ? '' : cents / 100;
}
