/** Types of the supply API: suppliers, purchase orders, receipts and inventory (money in cents). */
import type { DutyLine } from './tradeTypes';
import type { EpochMillis } from './types';

export type Tracking = 'serial' | 'lot' | 'none';

export interface Supplier {
  id: string;
  code: string;
  name: string;
  /** Two-letter country code. */
  country: string;
  leadTimeDays: number;
  minOrderCents: number;
  contactEmail: string | null;
  /** The restricted-party list it is on (e.g. "Entity List"); null when not restricted. */
  restrictedList: string | null;
  restrictedSince: string | null;
  restrictedNote: string | null;
  note: string | null;
  restricted: boolean;
  /** Shown to a buyer before ordering; null when not restricted. */
  warning: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface SupplierInput {
  code: string;
  name: string;
  country: string;
  leadTimeDays: number;
  minOrderCents: number;
  contactEmail?: string | null;
  restrictedList?: string | null;
  restrictedSince?: string | null;
  restrictedNote?: string | null;
  note?: string | null;
}

export interface PriceBreak {
  id: string;
  supplierId: string;
  partId: string;
  partNumber: string;
  partName: string;
  /** The price applies from this quantity up. */
  minQuantity: number;
  unitPriceCents: number;
  /** Null: the supplier's lead time. */
  leadTimeDays: number | null;
  /** Null: the supplier's country. */
  origin: string | null;
}

export interface PriceBreakInput {
  /** Part id or number. */
  part: string;
  minQuantity: number;
  unitPriceCents: number;
  leadTimeDays?: number | null;
  origin?: string | null;
}

export interface SupplierDetail extends Supplier {
  priceBreaks: PriceBreak[];
}

export const PO_STATUSES = [
  'draft',
  'approved',
  'sent',
  'partly_received',
  'received',
  'cancelled',
] as const;

export type PoStatus = (typeof PO_STATUSES)[number];

export const INCOTERMS = ['EXW', 'FCA', 'FOB', 'CIF', 'DAP', 'DDP'] as const;

export type Incoterm = (typeof INCOTERMS)[number];

export interface PurchaseOrderSummary {
  id: string;
  number: string;
  status: PoStatus;
  orderDate: string;
  dueDate: string;
  origin: string;
  incoterm: string;
  supplierCode: string;
  supplierName: string;
  restricted: boolean;
  totalCents: number;
  quantity: number;
  receivedQuantity: number;
}

export interface PurchaseOrderLineInput {
  /** Part id or number. */
  part: string;
  quantity: number;
  /** Omitted: the supplier's price break for the quantity. */
  unitPriceCents?: number;
  dueDate?: string;
}

export interface PurchaseOrderInput {
  /** Supplier id or code. */
  supplier: string;
  orderDate?: string;
  dueDate?: string;
  incoterm?: Incoterm;
  /** Omitted: the supplier's country. */
  origin?: string;
  freightEstimateCents?: number;
  note?: string | null;
  lines: PurchaseOrderLineInput[];
}

export interface PurchaseOrderCreated {
  id: string;
  number: string;
  status: PoStatus;
  /** E.g. a restricted supplier, or a total below the supplier's minimum order. */
  warnings: string[];
}

export interface PurchaseOrderLine {
  id: string;
  lineNo: number;
  partId: string;
  partNumber: string;
  partName: string;
  tracking: Tracking;
  htsCode: string | null;
  quantity: number;
  unitPriceCents: number;
  dueDate: string;
  receivedQuantity: number;
  openQuantity: number;
}

export interface Receipt {
  id: string;
  number: string;
  poId: string;
  receivedOn: string;
  locationId: string;
  entryNumber: string | null;
  entryDate: string | null;
  origin: string;
  goodsCents: number;
  dutyCents: number;
  freightCents: number;
  insuranceCents: number;
  brokerageCents: number;
  landedCents: number;
  createdBy: string;
  createdAt: EpochMillis;
}

export interface PurchaseOrder {
  id: string;
  number: string;
  status: PoStatus;
  supplierId: string;
  supplier: Supplier;
  orderDate: string;
  dueDate: string;
  incoterm: string;
  origin: string;
  freightEstimateCents: number;
  note: string | null;
  restrictedAcknowledgedBy: string | null;
  createdBy: string;
  approvedBy: string | null;
  approvedAt: EpochMillis | null;
  sentAt: EpochMillis | null;
  closedAt: EpochMillis | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
  totalCents: number;
  lines: PurchaseOrderLine[];
  receipts: Receipt[];
}

export type PoAction = 'approve' | 'send' | 'cancel';

export interface ReceiptLineInput {
  /** The PO line number (`lineNo`). */
  line: number;
  quantity?: number;
  lot?: { code: string; dateCode?: string | null };
  serials?: string[];
}

export interface ReceiptInput {
  receivedOn?: string;
  /** Location code or id; default RAW (the first raw-stores location). */
  location?: string;
  /** Required when the PO's origin is not US. */
  entry?: { number: string; date?: string };
  freightCents?: number;
  insuranceCents?: number;
  brokerageCents?: number;
  lines: ReceiptLineInput[];
}

export interface ReceiptLine {
  id: string;
  poLineId: string;
  partId: string;
  quantity: number;
  lotId: string | null;
  htsCode: string | null;
  goodsCents: number;
  dutyCents: number;
  dutyLines: DutyLine[];
  freightCents: number;
  insuranceCents: number;
  brokerageCents: number;
  landedCents: number;
}

export interface ReceiptDetail extends Receipt {
  /** Set when the receipt was just posted. */
  poNumber?: string;
  poStatus?: PoStatus;
  locationCode?: string;
  lines: ReceiptLine[];
}

export const LOCATION_KINDS = [
  'raw_stores',
  'wip',
  'finished_goods',
  'repair_depot',
  'spares_kit',
  'field_van',
  'in_transit',
  'quarantine',
] as const;

export type LocationKind = (typeof LOCATION_KINDS)[number];

export interface StockLocation {
  id: string;
  code: string;
  name: string;
  kind: LocationKind;
  note: string | null;
  createdAt: EpochMillis;
}

export interface StockBalance {
  partId: string;
  partNumber: string;
  partName: string;
  tracking: Tracking;
  locationId: string;
  locationCode: string;
  locationKind: LocationKind;
  lotId: string | null;
  lotCode: string | null;
  dateCode: string | null;
  onHand: number;
  reserved: number;
  available: number;
}

export interface StockMove {
  id: string;
  at: EpochMillis;
  partId: string;
  /** '' for stock not tracked by lot. */
  lotId: string;
  serial: string | null;
  /** Null when stock came in (a receipt, a found adjustment). */
  fromLocationId: string | null;
  /** Null when stock went out (an issue, a write-off). */
  toLocationId: string | null;
  quantity: number;
  valueCents: number;
  reason: string;
  reference: string | null;
  note: string | null;
  actorId: string;
}

export type SerialStatus = 'in_stock' | 'issued' | 'shipped' | 'scrapped';

export interface StockSerial {
  id: string;
  serial: string;
  partId: string;
  partNumber: string;
  locationId: string | null;
  locationCode: string | null;
  status: SerialStatus;
  reservationId: string | null;
  unitCostCents: number;
  receivedOn: string;
  updatedAt: EpochMillis;
  /** Newest first. */
  history: StockMove[];
}

export interface StockValuation {
  /** How stock is valued, in words. */
  method: string;
  items: {
    partId: string;
    partNumber: string;
    partName: string;
    quantity: number;
    valueCents: number;
    averageCents: number;
  }[];
  totalCents: number;
}
