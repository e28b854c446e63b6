/** Types of the logistics API: shipments, customs holds, delivery, installed base and KPIs. */
import type { EpochMillis } from './types';

export const SHIPMENT_STATUSES = [
  'in_transit',
  'at_port',
  'held',
  'released',
  'delivered',
] as const;

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const SHIPMENT_KINDS = ['domestic', 'import'] as const;

/** Domestic ships from the US plant; an import comes in on a lane and clears customs. */
export type ShipmentKind = (typeof SHIPMENT_KINDS)[number];

export const HOLD_REASONS = ['exam', 'other_agency', 'origin_review'] as const;

export type HoldReason = (typeof HOLD_REASONS)[number];

export type ShipmentEventKind =
  | 'departed'
  | 'checkpoint'
  | 'arrived_port'
  | 'entry_filed'
  | 'hold_opened'
  | 'hold_ended'
  | 'released'
  | 'received'
  | 'delivered';

export interface ShipmentEta {
  p50: string | null;
  p90: string | null;
}

export interface ShipmentSummary {
  id: string;
  /** "SH-2026-00001". */
  number: string;
  kind: ShipmentKind;
  /** Supply source code: "US-PLANT", "CN-OCEAN"… */
  sourceCode: string;
  status: ShipmentStatus;
  orderId: string;
  orderNumber: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  siteState: string;
  carrier: string;
  trackingNumber: string | null;
  origin: string;
  originCountry: string;
  portOfEntry: string | null;
  departedOn: string;
  arrivedPortOn: string | null;
  releasedOn: string | null;
  deliveredOn: string | null;
  customsEntryNumber: string | null;
  dutyCents: number;
  /** Null for customers: what moving it cost is the plant's business. */
  freightCents: number | null;
  units: number;
  received: number;
  openHold: { reason: HoldReason; startedOn: string } | null;
  /** When it should reach the site; both the delivery date once delivered. */
  eta: ShipmentEta;
}

export interface ShipmentLine {
  lineNo: number;
  model: string;
  ordered: number;
  units: number;
  received: number;
  unitValueCents: number;
  hts: string;
  originCountry: string;
}

export interface ShipmentPackage {
  /** "PAL-001". */
  label: string;
  weightG: number;
  units: number;
}

export interface ShipmentSerial {
  serial: string;
  model: string;
  pallet: string;
  lineNo: number;
  valueCents: number;
  receivedOn: string | null;
}

export interface ShipmentEvent {
  id: string;
  kind: ShipmentEventKind;
  happenedOn: string;
  location: string | null;
  note: string | null;
  recordedAt: EpochMillis;
}

export interface ShipmentHold {
  id: string;
  reason: HoldReason;
  startedOn: string;
  endedOn: string | null;
  note: string | null;
  /** Days so far while open. */
  days: number;
  /** Null for customers. */
  holdingCostPerDayCents: number | null;
  costCents: number | null;
}

export interface ShipmentDetail extends ShipmentSummary {
  lines: ShipmentLine[];
  packages: ShipmentPackage[];
  serials: ShipmentSerial[];
  events: ShipmentEvent[];
  holds: ShipmentHold[];
}

export interface ShipmentLineInput {
  /** The order's line number. */
  line: number;
  /** The plant picks this many from finished goods, oldest first. */
  quantity?: number;
  /** The units by serial: required for imports (the factory's list). */
  serials?: string[];
}

export interface ShipmentInput {
  /** Sales order number or id. */
  order: string;
  /** Supply source code. */
  source: string;
  carrier: string;
  trackingNumber?: string | null;
  /** Today when left out; never in the future. */
  departedOn?: string;
  portOfEntry?: string | null;
  unitsPerPallet?: number;
  lines: ShipmentLineInput[];
}

/** The customs and carrier steps, by the address below the shipment they are posted to. */
export interface ShipmentStepInputs {
  checkpoints: { on: string; location: string; note?: string | null };
  arrival: { on: string; port: string };
  'customs-entry': { entryNumber: string; entryDate: string };
  holds: {
    reason: HoldReason;
    startedOn: string;
    holdingCostPerDayCents: number;
    note?: string | null;
  };
  'holds/end': { endedOn: string };
  release: { on: string };
}

export type ShipmentStep = keyof ShipmentStepInputs;

export interface ReceiptInput {
  /** Every outstanding serial when left out. */
  serials?: string[];
  on?: string;
}

export interface ReceiptResult {
  shipment: string;
  received: number;
  outstanding: number;
  status: ShipmentStatus;
}

export type ShipmentDocument = 'packing-list' | 'commercial-invoice' | 'delivery-note';

export interface CustomsHoldRow {
  id: string;
  shipmentId: string;
  /** The shipment's number. */
  shipment: string;
  sourceCode: string;
  portOfEntry: string | null;
  customerId: string;
  customsEntryNumber: string | null;
  reason: HoldReason;
  startedOn: string;
  endedOn: string | null;
  note: string | null;
  holdingCostPerDayCents: number;
  units: number;
  days: number;
  costCents: number;
}

/** An import lane's customs-hold risk, as the promise uses it. */
export interface LaneRisk {
  source: string;
  /** Shipments of the lane that reached port. */
  shipments: number;
  held: number;
  /** False while the lane's prior alone sets the odds. */
  learned: boolean;
  probabilityBp: number;
  p50Days: number;
  p90Days: number;
}

export interface InstalledUnit {
  serial: string;
  model: string;
  builtHere: boolean;
  customerCode: string;
  siteCode: string;
  siteName: string;
  orderNumber: string;
  shipmentNumber: string;
  shippedOn: string;
  deliveredOn: string;
  warrantyStartsOn: string;
  warrantyEndsOn: string;
  inWarranty: boolean;
}

export interface InstalledBase {
  /** Every unit the filter matches; `items` holds up to the limit. */
  total: number;
  items: InstalledUnit[];
}

export interface LeadTimeSpread {
  units: number;
  meanDays: number | null;
  p50Days: number | null;
  p90Days: number | null;
}

export interface HoldsByReason {
  reason: string;
  holds: number;
  units: number;
  days: number;
  costCents: number;
}

export interface LogisticsKpis {
  from: string;
  to: string;
  /** Order confirmed to unit confirmed at the site, in days. */
  leadTime: { usBuilt: LeadTimeSpread; imported: LeadTimeSpread };
  otif: {
    lines: number;
    inFull: number;
    onTime: number;
    onTimeInFull: number;
    /** Percentages with one decimal, e.g. 66.7; null without lines. */
    inFullPct: number | null;
    onTimePct: number | null;
    onTimeInFullPct: number | null;
  };
  holds: {
    holds: number;
    open: number;
    units: number;
    unitDays: number;
    days: number;
    costCents: number;
    byReason: HoldsByReason[];
  };
  duties: {
    paidCents: number;
    importEntries: number;
    avoidedCents: number;
    usBuiltUnits: number;
  };
}
