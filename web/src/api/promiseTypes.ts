/** Types of the delivery-promise API: runs over the open order book, what-ifs, order promises. */
import type { SourceKind } from './salesTypes';
import type { EpochMillis } from './types';

/** Units of one line shipped from one source in one week. */
export interface PromiseSplit {
  source: string;
  sourceName: string;
  kind: SourceKind;
  /** The date the units leave the source. */
  shipOn: string;
  quantity: number;
  unitLandedCents: number;
  arrivalP50: string;
  arrivalP90: string;
  /** Weeks past the requested week (0 when on time). */
  lateWeeks: number;
}

export type LateKind = 'lead_time' | 'capacity' | 'cost' | 'no_source';

/** Why a line is late or short, and the sources that could have done better. */
export interface LateReason {
  kind: LateKind;
  detail: string;
  sources: string[];
}

export interface LinePromise {
  quantity: number;
  promised: number;
  /** Units no source can supply within the horizon. */
  unpromised: number;
  lateUnits: number;
  /** The line's landed cost, all its units. */
  landedCostCents: number;
  /**
   * When the whole promised quantity is there (its last split's arrival), at even odds (P50) and
   * at 90% (P90); null when nothing is promised.
   */
  p50: string | null;
  p90: string | null;
  splits: PromiseSplit[];
  late: LateReason | null;
}

export interface OrderLinePromise extends LinePromise {
  orderLineId: string;
}

/** The latest promise of one order; no `promisedAt` before the first run. */
export interface OrderPromise {
  order: string;
  promisedAt: EpochMillis | null;
  lines: OrderLinePromise[];
}

/** A line as a run or a what-if promised it. */
export interface SolvedLine extends OrderLinePromise {
  orderId: string;
  orderNumber: string;
  lineNo: number;
  customerId: string;
  siteId: string;
  model: string;
}

/** How one line's promise moved against the latest stored run. */
export interface PromiseChange {
  order: string;
  line: number;
  orderLineId: string;
  p50Before: string | null;
  p50After: string | null;
  /** Null when the line had no date before or has none now. */
  p50ShiftDays: number | null;
  p90ShiftDays: number | null;
  landedCostDeltaCents: number | null;
  unpromisedDelta: number | null;
}

export type PromiseMethod = 'mip' | 'greedy';

export interface PromiseRun {
  id: string;
  at: EpochMillis;
  trigger: string;
  scenario: string | null;
  method: PromiseMethod;
  /** Whether the solver proved its answer optimal. */
  optimal: boolean;
  objectiveCents: number;
  /** The solver's bound on the best objective; null for the greedy method. */
  lowerBoundCents: number | null;
  landedCostCents: number;
  solveMs: number;
  note: string | null;
  runBy: string;
}

export interface PromiseRunInput {
  trigger?: string;
  scenario?: string;
  method?: PromiseMethod;
  weeks?: number;
}

export interface PromiseRunResult {
  run: PromiseRun;
  lines: SolvedLine[];
  /** Only the lines that moved since the previous run. */
  changes: PromiseChange[];
}

export interface HoldRisk {
  probabilityBp: number;
  p50Days: number;
  p90Days: number;
}

export interface PromiseWhatIfInput {
  scenario?: string;
  /** US plant capacity against the build plan: 10000 = as planned. */
  usCapacityBp?: number;
  holds?: { source: string; risk: HoldRisk }[];
  weeks?: number;
}

export interface PromiseWhatIfResult {
  objectiveCents: number;
  landedCostCents: number;
  lowerBoundCents: number | null;
  method: PromiseMethod;
  lines: SolvedLine[];
  /** Every line, against the latest stored run. */
  changes: PromiseChange[];
}
