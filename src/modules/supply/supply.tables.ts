export interface SuppliersTable {
  id: string;
  code: string;
  name: string;
  country: string;
  leadTimeDays: number;
  minOrderCents: number;
  contactEmail: string | null;
  /** Set when the supplier is on a restricted-party list (e.g. "Entity List"). */
  restrictedList: string | null;
  restrictedSince: string | null;
  restrictedNote: string | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PriceBreaksTable {
  id: string;
  supplierId: string;
  partId: string;
  /** The price holds from this quantity up to the next break. */
  minQuantity: number;
  unitPriceCents: number;
  /** Overrides the supplier's lead time for this part. */
  leadTimeDays: number | null;
  /** Country of origin of the part from this supplier; null = the supplier's country. */
  origin: string | null;
}

export type PoStatus = 'draft' | 'approved' | 'sent' | 'partly_received' | 'received' | 'cancelled';

export interface PurchaseOrdersTable {
  id: string;
  number: string;
  supplierId: string;
  status: PoStatus;
  orderDate: string;
  dueDate: string;
  incoterm: string;
  /** Country of origin declared at entry (defaults to the supplier's country). */
  origin: string;
  freightEstimateCents: number;
  note: string | null;
  /** Who sent the order knowing the supplier is a restricted party. */
  restrictedAcknowledgedBy: string | null;
  createdBy: string;
  approvedBy: string | null;
  approvedAt: number | null;
  sentAt: number | null;
  closedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface PoLinesTable {
  id: string;
  poId: string;
  lineNo: number;
  partId: string;
  quantity: number;
  unitPriceCents: number;
  dueDate: string;
  receivedQuantity: number;
}

export interface ReceiptsTable {
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
  createdAt: number;
}

export interface ReceiptLinesTable {
  id: string;
  receiptId: string;
  poLineId: string;
  partId: string;
  quantity: number;
  lotId: string | null;
  htsCode: string | null;
  goodsCents: number;
  dutyCents: number;
  /** JSON: the duty engine's lines (program, rate, amount, status) for this line. */
  dutyLines: string;
  freightCents: number;
  insuranceCents: number;
  brokerageCents: number;
  landedCents: number;
}

export type LocationKind =
  | 'raw_stores'
  | 'wip'
  | 'finished_goods'
  | 'repair_depot'
  | 'spares_kit'
  | 'field_van'
  | 'in_transit'
  | 'quarantine';

export interface LocationsTable {
  id: string;
  code: string;
  name: string;
  kind: LocationKind;
  note: string | null;
  createdAt: number;
}

export interface LotsTable {
  id: string;
  partId: string;
  lotCode: string;
  dateCode: string | null;
  supplierId: string | null;
  receivedOn: string;
  unitCostCents: number;
  createdAt: number;
}

export type SerialStatus = 'in_stock' | 'issued' | 'shipped' | 'scrapped';

export interface SerialsTable {
  id: string;
  serial: string;
  partId: string;
  locationId: string | null;
  status: SerialStatus;
  reservationId: string | null;
  unitCostCents: number;
  receivedOn: string;
  updatedAt: number;
}

export interface BalancesTable {
  partId: string;
  locationId: string;
  /** The lot's id, or '' for parts not tracked by lot. */
  lotId: string;
  onHand: number;
  reserved: number;
  updatedAt: number;
}

export type MoveReason =
  | 'receipt'
  | 'transfer'
  | 'issue'
  | 'return'
  | 'adjustment'
  | 'cycle_count'
  | 'scrap'
  /** Built here: consumed into a unit, or a finished unit into stock. */
  | 'production'
  /** A finished unit out of stock onto a shipment to a customer. */
  | 'shipment'
  /** Spares into a machine under repair, and the parts taken out of it. */
  | 'repair';

export interface MovesTable {
  id: string;
  at: number;
  partId: string;
  lotId: string;
  serial: string | null;
  fromLocationId: string | null;
  toLocationId: string | null;
  quantity: number;
  valueCents: number;
  reason: MoveReason;
  /** What caused the move: `receipt:RCV-…`, `reservation:…`, or the adjustment's reason code. */
  reference: string | null;
  note: string | null;
  actorId: string;
}

export interface ReservationsTable {
  id: string;
  partId: string;
  locationId: string;
  lotId: string;
  serial: string | null;
  quantity: number;
  status: 'open' | 'released' | 'consumed';
  /** What the stock is held for: `work_order:WO-…`, `rma:…`, free text for now. */
  demand: string;
  note: string | null;
  createdBy: string;
  createdAt: number;
  closedAt: number | null;
}

export interface ValuationsTable {
  partId: string;
  quantity: number;
  valueCents: number;
  updatedAt: number;
}

export interface CountsTable {
  id: string;
  locationId: string;
  countedOn: string;
  /** JSON: [{partId, lotId, expected, counted}] */
  lines: string;
  note: string | null;
  createdBy: string;
  createdAt: number;
}

export interface SupplyTables {
  supplySuppliers: SuppliersTable;
  supplyPriceBreaks: PriceBreaksTable;
  supplyPurchaseOrders: PurchaseOrdersTable;
  supplyPoLines: PoLinesTable;
  supplyReceipts: ReceiptsTable;
  supplyReceiptLines: ReceiptLinesTable;
  supplyLocations: LocationsTable;
  supplyLots: LotsTable;
  supplySerials: SerialsTable;
  supplyBalances: BalancesTable;
  supplyMoves: MovesTable;
  supplyReservations: ReservationsTable;
  supplyValuations: ValuationsTable;
  supplyCounts: CountsTable;
}
