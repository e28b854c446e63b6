import type { HeadcountCell } from '../../../api/plantTypes';

/** What a headcount input holds: a number, or '' while it is being retyped. */
export type HeadcountValue = number | '';

/** Typed values by `headcountKey`; they stay until saved or discarded. */
export type HeadcountEdits = Record<string, HeadcountValue>;

export const headcountKey = (month: string, role: string) => `${month}|${role}`;

/** Saved targets by `headcountKey`. */
export function savedTargets(plan: readonly HeadcountCell[]): Map<string, number> {
  return new Map(plan.map((cell) => [headcountKey(cell.month, cell.role), cell.headcount]));
}

export function isEdited(edits: HeadcountEdits, saved: Map<string, number>, key: string): boolean {
  const value = edits[key];
  return value !== undefined && value !== '' && value !== saved.get(key);
}

/** Only the cells whose value differs from what was saved: the body of "Save changes". */
export function changedHeadcount(
  edits: HeadcountEdits,
  saved: Map<string, number>,
): HeadcountCell[] {
  return Object.entries(edits).flatMap(([key, value]) => {
    if (value === '' || value === saved.get(key)) return [];
    const [month = '', role = ''] = key.split('|');
    return [{ month, role, headcount: value }];
  });
}

/** The months of the plan and those added in the editor, in order. */
export function planMonths(plan: readonly HeadcountCell[], added: readonly string[]): string[] {
  return [...new Set([...plan.map((cell) => cell.month), ...added])].sort();
}

/**
 * The target in force for each month and role, edits included: a month without a target of
 * its own keeps the one before it.
 */
export function targetsInForce(
  months: readonly string[],
  roles: readonly string[],
  saved: Map<string, number>,
  edits: HeadcountEdits,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const role of roles) {
    let current = 0;
    for (const month of months) {
      const key = headcountKey(month, role);
      const edited = edits[key];
      current = edited !== undefined && edited !== '' ? edited : (saved.get(key) ?? current);
      result.set(key, current);
    }
  }
  return result;
}
