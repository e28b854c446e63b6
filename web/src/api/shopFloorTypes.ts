/** Types of the line's actions: releasing and kitting work orders, building, scanning, burn-in. */
import type { BoardReading, BurnInResult, Operation, UnitKind } from './productionTypes';

export interface ReleaseInput {
  model: string;
  quantity: number;
  /** Any date of the plan week; this week when omitted. */
  week?: string;
  /** Line location code; the server's default line (WIP) when omitted. */
  line?: string;
}

export interface KitInput {
  /** Location code the parts come from (raw stores by default). */
  from?: string;
  /** Units to kit for; the work order's remaining units by default. */
  units?: number;
}

export interface KitLine {
  partNumber: string;
  quantity: number;
  lots: { lotCode: string; quantity: number }[];
  serials: string[];
}

export interface KitResult {
  workOrder: string;
  /** Units kitted for by this call. */
  units: number;
  /** Location codes the parts moved from and to. */
  from: string;
  to: string;
  lines: KitLine[];
}

export interface HashboardInput {
  chipLot: string;
  serial?: string;
  station?: string;
  startedAt?: number;
}

export interface AssembleInput {
  hashboards: string[];
  /** PSU, control board and any other serialized part of the BOM. */
  serials: string[];
  station?: string;
  startedAt?: number;
}

/** A hashboard or unit just built: its new serial and the value of what it consumed. */
export interface Built {
  serial: string;
  workOrder: string;
  valueCents: number;
  chipLot?: string | null;
}

export interface BurnInInput {
  durationMin: number;
  hashrateGhs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  station?: string;
  boards: BoardReading[];
}

export interface BurnInVerdict {
  serial: string;
  attempt: number;
  result: BurnInResult;
  reasons: string[];
  hashrateBp: number;
  efficiencyJthX100: number;
}

export type NextStepKind =
  'operation' | 'install_in_unit' | 'burn_in' | 'retest' | 'rework' | 'finished_goods' | 'none';

/** What a scanned serial is and what happens to it next on the line. */
export interface ScanResult {
  serial: string;
  model: string;
  kind: UnitKind;
  status: string;
  installedIn: string | null;
  attempts: number;
  next: { step: NextStepKind; operation?: string; hint: string };
}

export interface OperationInput {
  operation: string;
  outcome: 'done' | 'failed';
  station?: string;
  startedAt?: number;
  note?: string;
}

export interface ReworkInput {
  reason: string;
  note?: string;
  station?: string;
  /** Boards swapped in a failed unit. */
  replace?: { remove: string; install: string }[];
}

export interface ScrapInput {
  reason: string;
  note?: string;
}

/** A rework or scrap: the serial's new status and the operation recorded. */
export interface StepResult {
  serial: string;
  status: string;
  valueCents: number;
  operation: Operation;
}

export interface BuildSheetLine {
  partNumber: string;
  name: string;
  quantity: number;
}

/** What one unit of a work order takes today, for the stations that build it. */
export interface BuildSheet {
  workOrder: string;
  model: string;
  hashboard: (BuildSheetLine & { components: BuildSheetLine[] }) | null;
  /** Serialised parts scanned at final assembly (PSU, control board…). */
  scanned: BuildSheetLine[];
  /** Parts taken from the line's stock by quantity. */
  fromLine: BuildSheetLine[];
  /** The routing's operations, in order. */
  operations: string[];
}
