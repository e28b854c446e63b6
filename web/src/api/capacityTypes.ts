/** Types of the capacity and ramp API (dates YYYY-MM-DD, months YYYY-MM, hours as decimals). */
import type { HeadcountCell, RoleKind } from './plantTypes';

export type ConstraintKind = 'work_centre' | 'role';

/** A work centre or a role: hours available and hours the plan needs, one per week. */
export interface Constraint {
  kind: ConstraintKind;
  code: string;
  name: string;
  capacityHours: number[];
  loadHours: number[];
}

export interface RoleConstraint extends Constraint {
  kind: 'role';
  roleKind: RoleKind;
  /** People on the roster or planned at the end of each week. */
  people: number[];
  /** Their average productivity, in basis points. */
  productivityBp: number[];
}

export interface WeekVerdict {
  week: string;
  planned: number;
  /** Most units of the plan's mix the week's capacity allows. */
  capacityUnits: number;
  feasible: boolean;
  /** The tightest constraint; null when nothing is routed. */
  binding: { kind: ConstraintKind; code: string; name: string } | null;
  /** Codes of the constraints loaded past their capacity. */
  overloaded: string[];
}

/** Arrays are aligned with `weeks` (Mondays). */
export interface CapacityReport {
  weeks: string[];
  workCentres: Constraint[];
  roles: RoleConstraint[];
  verdicts: WeekVerdict[];
}

export interface CapacityQuery {
  weeks: number;
  /** Any date of the first week; omitted: this week. */
  from?: string | null;
}

export interface WhatIfInput {
  from?: string;
  weeks: number;
  /** Headcount targets laid over the plan; nothing is saved. */
  headcount: HeadcountCell[];
}

export interface WhatIfReport extends CapacityReport {
  /** The verdicts without the change. */
  base: WeekVerdict[];
}

export interface RampPhase {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  targetPerWeek: number;
  note: string | null;
}

export interface RampWeek {
  week: string;
  /** Phase code; null outside every phase. */
  phase: string | null;
  target: number;
  planned: number;
  /** Null for weeks still to come. */
  built: number | null;
  passed: number | null;
}

export interface RampRoleHeadcount {
  role: string;
  kind: string;
  target: number;
  actual: number | null;
}

export interface RampHeadcountMonth {
  month: string;
  target: number;
  /** On staff at the month's end (today for this month); null for months to come. */
  actual: number | null;
  byRole: RampRoleHeadcount[];
}

export interface Ramp {
  phases: RampPhase[];
  weeks: RampWeek[];
  headcount: RampHeadcountMonth[];
}
