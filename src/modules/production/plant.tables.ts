export interface ShiftsTable {
  code: string;
  name: string;
  /** `HH:MM`, plant local time. */
  startsAt: string;
  minutes: number;
  /** ISO weekdays worked, as digits: `12345` is Monday to Friday. */
  days: string;
  updatedAt: number;
}

export interface HolidaysTable {
  date: string;
  name: string;
}

export type WorkCentreKind = 'smt' | 'board_test' | 'final_assembly' | 'burn_in' | 'packing';

export interface WorkCentresTable {
  code: string;
  name: string;
  kind: WorkCentreKind;
  /** Lines, benches or rack slots working in parallel. */
  stations: number;
  /** JSON: shift codes the centre runs. */
  shifts: string;
  efficiencyBp: number;
  note: string | null;
  updatedAt: number;
}

export interface RoutingsTable {
  modelName: string;
  seq: number;
  operation: string;
  workCentre: string;
  /** Station (equipment) minutes per unit. */
  stationMinutes: number;
  role: string | null;
  labourMinutes: number;
}

export type RoleKind = 'direct' | 'indirect' | 'service';

export interface RolesTable {
  code: string;
  name: string;
  kind: RoleKind;
  defaultShift: string;
  /** JSON: `{week, bp}[]`, productivity by weeks of tenure. */
  learningCurve: string;
  updatedAt: number;
}

export interface HeadcountPlanTable {
  month: string;
  role: string;
  headcount: number;
}

export interface StaffTable {
  id: string;
  employeeNo: string;
  name: string;
  role: string;
  shift: string | null;
  workCentre: string | null;
  /** Field technicians: the town they drive from. */
  homeBase: string | null;
  hiredOn: string;
  leftOn: string | null;
  updatedAt: number;
}

export interface RampPhasesTable {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  targetPerWeek: number;
  note: string | null;
}

export interface ReasonCodesTable {
  code: string;
  kind: 'scrap' | 'rework';
  name: string;
}

export type OperationOutcome = 'done' | 'failed' | 'scrapped' | 'reworked';

export interface OperationsTable {
  id: string;
  workOrderId: string;
  unitId: string | null;
  operation: string;
  station: string | null;
  operator: string;
  startedAt: number;
  finishedAt: number;
  outcome: OperationOutcome;
  reasonCode: string | null;
  note: string | null;
}

export interface PlantTables {
  productionShifts: ShiftsTable;
  productionHolidays: HolidaysTable;
  productionWorkCentres: WorkCentresTable;
  productionRoutings: RoutingsTable;
  productionRoles: RolesTable;
  productionHeadcountPlan: HeadcountPlanTable;
  productionStaff: StaffTable;
  productionRampPhases: RampPhasesTable;
  productionReasonCodes: ReasonCodesTable;
  productionOperations: OperationsTable;
}
