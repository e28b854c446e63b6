/** Types of the plant and workforce API: calendar, work centres, routings, roles and the roster. */

export interface ShiftInput {
  name: string;
  /** HH:MM, plant time. */
  startsAt: string;
  minutes: number;
  /** ISO weekdays it works: 1 = Monday … 7 = Sunday. */
  days: number[];
}

export interface Shift extends ShiftInput {
  code: string;
}

export interface Holiday {
  date: string;
  name: string;
}

export interface PlantCalendar {
  shifts: Shift[];
  holidays: Holiday[];
}

export const WORK_CENTRE_KINDS = [
  'smt',
  'board_test',
  'final_assembly',
  'burn_in',
  'packing',
] as const;

export type WorkCentreKind = (typeof WORK_CENTRE_KINDS)[number];

export interface WorkCentreInput {
  name: string;
  kind: WorkCentreKind;
  stations: number;
  /** Shift codes the centre runs. */
  shifts: string[];
  /** Share of its stations' hours that turns into output: 10000 = 100%. */
  efficiencyBp: number;
  note: string | null;
}

export interface WorkCentre extends WorkCentreInput {
  code: string;
}

export interface RoutingStepInput {
  /** Operation code, e.g. `final_assembly`. */
  operation: string;
  /** Work-centre code. */
  workCentre: string;
  /** Minutes a unit holds a station. */
  stationMinutes: number;
  /** Role code of the people doing it; null when no one is needed. */
  role: string | null;
  labourMinutes: number;
}

export interface RoutingStep extends RoutingStepInput {
  seq: number;
}

/** The routing of every model without one of its own. */
export const ANY_MODEL = '*';

export interface Routing {
  /** A model name, or `ANY_MODEL`. */
  model: string;
  steps: RoutingStep[];
}

export type ReasonKind = 'scrap' | 'rework';

export interface ReasonCode {
  code: string;
  kind: ReasonKind;
  name: string;
}

export const ROLE_KINDS = ['direct', 'indirect', 'service'] as const;

export type RoleKind = (typeof ROLE_KINDS)[number];

/** Productivity after `week` weeks of tenure, in basis points (10000 = 100%). */
export interface CurvePoint {
  week: number;
  bp: number;
}

export interface WorkforceRoleInput {
  name: string;
  kind: RoleKind;
  /** Shift code of people hired without one. */
  defaultShift: string;
  learningCurve: CurvePoint[];
}

export interface WorkforceRole extends WorkforceRoleInput {
  code: string;
}

export interface HeadcountCell {
  /** YYYY-MM: the headcount wanted by the start of that month; it holds until the next. */
  month: string;
  /** Role code. */
  role: string;
  headcount: number;
}

export interface StaffMember {
  id: string;
  employeeNo: string;
  name: string;
  /** Role code. */
  role: string;
  shift: string | null;
  workCentre: string | null;
  homeBase: string | null;
  hiredOn: string;
  leftOn: string | null;
}

export interface HireInput {
  employeeNo: string;
  name: string;
  role: string;
  shift?: string | null;
  workCentre?: string | null;
  homeBase?: string | null;
  hiredOn: string;
}

export type StaffChange = Partial<Omit<HireInput, 'employeeNo'>> & { leftOn?: string | null };

export interface RosterEntry extends StaffMember {
  tenureWeeks: number;
  /** Productivity on the role's learning curve for that tenure. */
  productivityBp: number;
}

export interface Roster {
  /** The Monday of the week. */
  week: string;
  items: RosterEntry[];
}
