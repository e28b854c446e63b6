import type { CapacityReport, Constraint, ConstraintKind } from '../../../api/capacityTypes';

export const CONSTRAINT_KIND_LABELS: Record<ConstraintKind, string> = {
  work_centre: 'Work centre',
  role: 'Role',
};

/** `work_centre:SMT`, `role:assembler`: a constraint's key in selects. */
export const constraintKey = (c: { kind: ConstraintKind; code: string }) => `${c.kind}:${c.code}`;

export function allConstraints(report: CapacityReport): Constraint[] {
  return [...report.workCentres, ...report.roles];
}

/** The constraint worth a look first: the one binding the first week that does not fit. */
export function firstConstraintKey(report: CapacityReport): string | null {
  const verdict = report.verdicts.find((v) => !v.feasible) ?? report.verdicts[0];
  if (verdict?.binding) return constraintKey(verdict.binding);
  const first = allConstraints(report)[0];
  return first ? constraintKey(first) : null;
}

/** "12 of 26 weeks" */
export function weeksLabel(count: number, of: number): string {
  return `${count} of ${of} ${of === 1 ? 'week' : 'weeks'}`;
}
