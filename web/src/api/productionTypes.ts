/** Types of the shop-floor API: work orders, serialized units, burn-in, traceability and yield. */
import type { EpochMillis } from './types';

export type WorkOrderStatus = 'released' | 'in_progress' | 'completed' | 'cancelled';
export type UnitKind = 'unit' | 'hashboard';
export type BurnInResult = 'pass' | 'fail';

export interface WorkOrder {
  id: string;
  number: string;
  modelName: string;
  partId: string;
  quantity: number;
  /** The Monday of the week it is built in. */
  weekStart: string;
  status: WorkOrderStatus;
  lineLocationId: string;
  /** Units whose parts have been kitted to the line. */
  kittedUnits: number;
  createdBy: string;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface WorkOrderSummary extends WorkOrder {
  /** Units assembled so far. */
  built: number;
  /** Units that passed burn-in. */
  passed: number;
}

export interface WorkOrderUnit {
  serial: string;
  kind: UnitKind;
  status: string;
  builtAt: EpochMillis;
  station: string | null;
}

export type OperationOutcome = 'done' | 'failed' | 'scrapped' | 'reworked';

/** One line of the shop-floor record: who did what, at which station, and when. */
export interface Operation {
  /** A routing operation (smt, board_test, final_assembly, burn_in…), or rework / scrap. */
  operation: string;
  station: string | null;
  /** The user id (or system label) of whoever recorded it. */
  operator: string;
  /** A user's or staff member's name, else the recorded label. */
  operatorName: string;
  startedAt: EpochMillis;
  finishedAt: EpochMillis;
  outcome: OperationOutcome;
  /** A rework or scrap reason code. */
  reasonCode: string | null;
  note: string | null;
}

export interface WorkOrderOperation extends Operation {
  /** The unit or hashboard it was done on. */
  serial: string | null;
}

export interface WorkOrderDetail extends WorkOrder {
  units: WorkOrderUnit[];
  /** Newest first. */
  operations: WorkOrderOperation[];
}

export interface UnitComponentFields {
  partId: string;
  partNumber: string;
  /** A serialized part (hashboard, PSU, control board). */
  serial: string | null;
  /** A lot-tracked part (e.g. a chip lot). */
  lotCode: string | null;
  quantity: number;
  /** Built in the plant (a hashboard): it has its own genealogy. */
  builtHere: boolean;
}

export interface UnitComponent extends UnitComponentFields {
  components: UnitComponentFields[];
}

export interface BoardReading {
  index: number;
  serial: string | null;
  hashrateGhs: number;
  chipsFound: number;
  chipsExpected: number;
  maxChipTempC: number;
}

export interface BurnInRun {
  id: string;
  attempt: number;
  testedAt: EpochMillis;
  testedOn: string;
  durationMin: number;
  hashrateGhs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  /** Hashrate as basis points of the model's nominal: 10000 = 100%. */
  hashrateBp: number;
  /** Efficiency in J/TH × 100. */
  efficiencyJthX100: number;
  result: BurnInResult;
  reasons: string[];
  station: string | null;
  testedBy: string;
  boards: BoardReading[];
}

export interface Unit {
  id: string;
  serial: string;
  kind: UnitKind;
  partId: string;
  partNumber: string;
  modelName: string;
  workOrder: string;
  status: string;
  station: string | null;
  builtBy: string;
  builtAt: EpochMillis;
  builtOn: string;
  valueCents: number;
  /** The unit a hashboard went into. */
  installedIn: string | null;
  components: UnitComponent[];
  burnIn: BurnInRun[];
  /** Oldest first. */
  operations: Operation[];
}

export type TraceBy = 'lot' | 'serial';

export interface TraceQuery {
  by: TraceBy;
  value: string;
}

export interface TraceResult {
  count: number;
  units: { serial: string; modelName: string; status: string; builtOn: string }[];
}

export interface YieldRow {
  model: string;
  /** The line (WIP location code) the unit's work order was released to. */
  line: string;
  /** ISO week, e.g. 2026-W48. */
  week: string;
  tested: number;
  passed: number;
  /** First-pass yield in basis points; null when nothing was tested. */
  yieldBp: number | null;
}
