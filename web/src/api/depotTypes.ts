/** Types of the depot API: the board, receiving, and the bench steps on one machine. */
import type { BoardReading } from './productionTypes';
import type { Eligibility, RepairQuote, RmaStatus, Sla } from './serviceTypes';
import type { EpochMillis } from './types';

/** One machine on the depot board. */
export interface DepotItem {
  /** The RMA line's id: the repair screen's address. */
  id: string;
  rma: string;
  serial: string;
  model: string;
  customerCode: string;
  tier: string;
  status: RmaStatus;
  reportedFault: string;
  eligibility: Eligibility;
  sla: Sla;
  requestedAt: EpochMillis;
}

export interface DepotReceipt {
  rma: string;
  unitId: string;
  serial: string;
  status: 'received';
}

export interface BenchComponent {
  partNumber: string;
  kind: string;
  serial: string | null;
  lotCode: string | null;
  quantity: number;
}

export interface BenchPart {
  action: 'removed' | 'installed';
  partNumber: string;
  serial: string | null;
  quantity: number;
  costCents: number;
  /** Where a removed part went ("quarantine"). */
  disposition: string | null;
  at: EpochMillis;
}

export interface BenchTest {
  attempt: number;
  result: 'pass' | 'fail';
  reasons: string[];
  hashrateBp: number;
  at: EpochMillis;
}

/** A machine on the bench, as the repair screen shows it. */
export interface BenchUnit {
  rma: string;
  unitId: string;
  serial: string;
  model: string;
  nominal: { hashrateThs: number; boards: number; fans: number | null };
  status: RmaStatus;
  eligibility: Eligibility;
  reportedFault: string;
  diagnosis: string[];
  sla: Sla;
  /** What the machine was built from (empty for a machine not built here). */
  components: BenchComponent[];
  builtHere: boolean;
  parts: BenchPart[];
  tests: BenchTest[];
  /** Depot spares of the kinds the faults point at. */
  suggestedSpares: { partNumber: string; name: string; available: number }[];
}

export interface RetestInput {
  durationMin: number;
  hashrateGhs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  boards: BoardReading[];
}

/** The bench steps, by the address below the machine they are posted to. */
export interface BenchStepInputs {
  'start-diagnosis': Record<string, never>;
  diagnosis: { codes: string[]; note?: string };
  'quote-decision': { approve: boolean; note?: string };
  parts: {
    partNumber: string;
    removedSerial?: string;
    installedSerial?: string;
    quantity?: number;
  };
  'start-test': Record<string, never>;
  tests: RetestInput;
}

export type BenchStep = keyof BenchStepInputs;

/** What a bench step answers: the machine's new status, and the step's own result. */
export interface BenchStepResult {
  status: RmaStatus;
  /** Diagnosis of a machine not covered. */
  quote?: RepairQuote | null;
  /** A retest's verdict. */
  result?: 'pass' | 'fail';
  reasons?: string[];
  hashrateBp?: number;
  attempt?: number;
}
