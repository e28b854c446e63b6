import type { Peg } from '../../api/planningTypes';
import type { UnitKind, WorkOrderStatus } from '../../api/productionTypes';
import type { Role } from '../../api/types';
import { formatNumber } from '../../lib/format';

/** Who may do what, as the server checks it (admins pass every check). */
export const PLAN_EDITORS: readonly Role[] = ['planner'];
export const MRP_RUNNERS: readonly Role[] = ['planner', 'buyer'];
/** Line actions: releasing, kitting, building, scanning, burn-in, rework and scrap. */
export const LINE_ROLES: readonly Role[] = ['production', 'planner'];
/** Hiring and recording leavers: planners and line leads. */
export const ROSTER_KEEPERS: readonly Role[] = ['planner', 'production'];

/** "Antminer S21 · wk 2026-12-14 (×150)": the model and plan week a requirement serves. */
export function pegLabel(peg: Peg): string {
  return `${peg.model} · wk ${peg.week} (×${formatNumber(peg.quantity)})`;
}

export function weeksLateLabel(weeks: number): string {
  return weeks === 1 ? '1 week late' : `${weeks} weeks late`;
}

export const WORK_ORDER_STATUS_LABELS: Record<WorkOrderStatus, string> = {
  released: 'Released',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const WORK_ORDER_STATUS_COLORS: Record<WorkOrderStatus, string> = {
  released: 'blue',
  in_progress: 'yellow',
  completed: 'green',
  cancelled: 'gray',
};

const UNIT_STATUS_LABELS: Record<string, string> = {
  built: 'Built',
  installed: 'Installed',
  failed: 'Failed burn-in',
  passed: 'Passed',
  scrapped: 'Scrapped',
};

const UNIT_STATUS_COLORS: Record<string, string> = {
  built: 'blue',
  installed: 'teal',
  failed: 'red',
  passed: 'green',
  scrapped: 'gray',
};

/** A unit or hashboard status as shown; unknown statuses show as sent. */
export function unitStatusLabel(status: string): string {
  return UNIT_STATUS_LABELS[status] ?? status;
}

export function unitStatusColor(status: string): string {
  return UNIT_STATUS_COLORS[status] ?? 'gray';
}

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  unit: 'Unit',
  hashboard: 'Hashboard',
};

/** Efficiency stored as J/TH × 100: 1750 → "17.50 J/TH". */
export function formatJth(jthX100: number): string {
  return `${(jthX100 / 100).toFixed(2)} J/TH`;
}
