/** Types of the planning API: the build plan and MRP runs (dates YYYY-MM-DD, money in cents). */
import type { EpochMillis } from './types';

export interface BuildPlanRow {
  model: string;
  /** The model's finished-unit part. */
  partId: string;
  /** Units to finish, one per week of `BuildPlan.weeks`. */
  quantities: number[];
}

export interface BuildPlan {
  /** The Monday of each week shown. */
  weeks: string[];
  /** One row per model built in the plant. */
  rows: BuildPlanRow[];
}

export interface BuildPlanQuery {
  weeks: number;
  /** Any date of the first week; omitted: this week. */
  from?: string | null;
}

export interface BuildPlanCell {
  model: string;
  /** Any date of the week. */
  week: string;
  /** 0 clears the cell. */
  quantity: number;
}

/** Which model and plan week a requirement serves. */
export interface Peg {
  model: string;
  week: string;
  quantity: number;
}

export type PlannedSource = 'make' | 'buy';

export interface PlannedSupplier {
  supplierId: string;
  supplierCode: string;
  unitPriceCents: number;
  leadTimeDays: number;
  /** False: no supplier can deliver by the due date; this is the fastest. */
  meetsDate: boolean;
}

export interface PlannedOrder {
  /** Unique within its run. */
  id: string;
  partId: string;
  partNumber: string;
  partName: string;
  source: PlannedSource;
  quantity: number;
  releaseDate: string;
  dueDate: string;
  /** Weeks late: the release should have happened this many weeks before this week. */
  lateWeeks: number;
  /** Purchases only; null when no supplier prices the part. */
  supplier: PlannedSupplier | null;
  pegs: Peg[];
  /** The draft purchase order it became, once converted. */
  purchaseOrder: string | null;
}

export interface Shortage {
  partId: string;
  partNumber: string;
  neededDate: string;
  quantity: number;
  lateWeeks: number;
  pegs: Peg[];
}

export interface MrpSummary {
  plannedOrders: number;
  toBuy: number;
  toMake: number;
  shortages: number;
  withoutSupplier: number;
}

export interface MrpRun {
  id: string;
  firstWeek: string;
  weeks: number;
  createdAt: EpochMillis;
  summary: MrpSummary;
  plannedOrders: PlannedOrder[];
  shortages: Shortage[];
}

export interface DraftedPurchaseOrder {
  id: string;
  number: string;
  status: string;
  warnings: string[];
  /** Supplier code. */
  supplier: string;
  lines: number;
}

export interface DraftPurchaseOrdersResult {
  created: DraftedPurchaseOrder[];
  skipped: { id: string; partNumber: string; reason: string }[];
}
