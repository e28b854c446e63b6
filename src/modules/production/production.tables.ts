import type { PlantTables } from './plant.tables.js';

export interface BuildPlanTable {
  /** The model's unit part (what the plan builds). */
  partId: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  quantity: number;
  updatedBy: string;
  updatedAt: number;
}

export interface PlanningParamsTable {
  partId: string;
  /** Overrides the lead time planning would take (supplier's, or a week for parts made here). */
  leadTimeDays: number | null;
  safetyStock: number;
  minOrderQuantity: number;
  orderMultiple: number;
  note: string | null;
  updatedAt: number;
}

export interface MrpRunsTable {
  id: string;
  firstWeek: string;
  weeks: number;
  /** JSON: the presented result (planned orders, shortages), so actions can refer to it. */
  result: string;
  createdBy: string;
  createdAt: number;
}

export interface SettingsTable {
  key: string;
  value: string;
  updatedAt: number;
}

export interface SerialSequencesTable {
  prefix: string;
  last: number;
}

export interface QcThresholdsTable {
  modelName: string;
  minHashrateBp: number;
  maxChipTempC: number;
  maxEfficiencyBp: number;
  minDurationMin: number;
  minChipsBp: number;
  minFanRpm: number;
  updatedAt: number;
}

export type WorkOrderStatus = 'released' | 'in_progress' | 'completed' | 'cancelled';

export interface WorkOrdersTable {
  id: string;
  number: string;
  modelName: string;
  /** The model's unit part. */
  partId: string;
  quantity: number;
  weekStart: string;
  status: WorkOrderStatus;
  /** The line's stock location: components are consumed from it. */
  lineLocationId: string;
  /** Units whose parts have been kitted to the line. */
  kittedUnits: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * `built`: assembled; `installed`: a hashboard inside a unit; then burn-in decides; a unit that
 * `passed` is finished goods until it is `shipped`; a hashboard a repair took out is `removed`.
 */
export type UnitStatus =
  'built' | 'installed' | 'failed' | 'passed' | 'scrapped' | 'shipped' | 'removed';

export interface UnitsTable {
  id: string;
  serial: string;
  kind: 'unit' | 'hashboard';
  partId: string;
  modelName: string;
  workOrderId: string;
  status: UnitStatus;
  station: string | null;
  builtBy: string;
  builtAt: number;
  builtOn: string;
  /** What went into it, at stock value. */
  valueCents: number;
}

export interface GenealogyTable {
  id: string;
  parentUnitId: string;
  componentPartId: string;
  /** A hashboard built here. */
  componentUnitId: string | null;
  /** A serial-tracked bought part (PSU, control board), or a hashboard's serial. */
  componentSerial: string | null;
  lotId: string | null;
  lotCode: string | null;
  quantity: number;
  installedAt: number;
  removedAt: number | null;
}

export interface BurnInTable {
  id: string;
  unitId: string;
  attempt: number;
  testedAt: number;
  testedOn: string;
  durationMin: number;
  hashrateGhs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  /** JSON: BoardReading[] */
  boards: string;
  hashrateBp: number;
  efficiencyJthX100: number;
  result: 'pass' | 'fail';
  /** JSON: string[] */
  reasons: string;
  station: string | null;
  testedBy: string;
}

export interface ProductionTables extends PlantTables {
  productionBuildPlan: BuildPlanTable;
  productionPlanningParams: PlanningParamsTable;
  productionMrpRuns: MrpRunsTable;
  productionSettings: SettingsTable;
  productionSerialSequences: SerialSequencesTable;
  productionQcThresholds: QcThresholdsTable;
  productionWorkOrders: WorkOrdersTable;
  productionUnits: UnitsTable;
  productionGenealogy: GenealogyTable;
  productionBurnIn: BurnInTable;
}
