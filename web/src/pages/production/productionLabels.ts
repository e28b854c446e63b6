import type { Peg } from '../../api/planningTypes';
import type { Role } from '../../api/types';
import { formatNumber } from '../../lib/format';

/** Who may do what, as the server checks it (admins pass every check). */
export const PLAN_EDITORS: readonly Role[] = ['planner'];
export const MRP_RUNNERS: readonly Role[] = ['planner', 'buyer'];

/** "Antminer S21 · wk 2026-12-14 (×150)": the model and plan week a requirement serves. */
export function pegLabel(peg: Peg): string {
  return `${peg.model} · wk ${peg.week} (×${formatNumber(peg.quantity)})`;
}

export function weeksLateLabel(weeks: number): string {
  return weeks === 1 ? '1 week late' : `${weeks} weeks late`;
}
