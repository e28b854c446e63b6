/**
 * Service: warranty policy and status, RMAs through the US depot, advance replacement, and
 * field visits. Dates that drive rules (warranty start, SLA clocks) are stored as data.
 */

/** Warranty terms of one model; the row named `*` is the default for models without one. */
export interface WarrantyPoliciesTable {
  modelName: string;
  termDays: number;
  /** A repair request within this many days of the start counts as dead on arrival. */
  doaDays: number;
  /** Cover of a repaired unit or replaced component, from its return ship date. */
  repairedTermDays: number;
  /** What the term counts from: the day it left the plant/factory, or the day it arrived. */
  startBasis: 'shipped' | 'delivered';
  /** JSON string[]: what voids the warranty (shown to customers, cited when voiding). */
  exclusions: string;
  /** Market value of one machine: an out-of-warranty quote never exceeds it. */
  marketValueCents: number;
  updatedBy: string;
  updatedAt: number;
}

export interface WarrantyVoidsTable {
  id: string;
  serial: string;
  /** One of the policy's exclusions. */
  reason: string;
  evidence: string;
  voidedBy: string;
  voidedAt: number;
  /** A void found wrong is lifted, never deleted. */
  liftedBy: string | null;
  liftedAt: number | null;
  liftNote: string | null;
}

/** A component put into a unit by a repair: covered from the unit's return ship date. */
export interface ComponentWarrantiesTable {
  componentSerial: string;
  partId: string;
  partNumber: string;
  unitSerial: string;
  rmaUnitId: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** Service levels sold to customers: how long the depot may take, and what it ships ahead. */
export interface SlaTiersTable {
  code: string;
  name: string;
  /** Hours of the SLA clock (waiting on the customer does not count) from request to ship. */
  targetHours: number;
  /** Who gets a refurbished unit shipped before theirs returns. */
  advanceReplacement: 'never' | 'doa' | 'in_warranty';
  note: string | null;
  updatedAt: number;
}

export interface CustomerTiersTable {
  customerId: string;
  tierCode: string;
  updatedAt: number;
}

export interface FaultCodesTable {
  code: string;
  name: string;
  /** The kind of part a repair of this fault usually replaces (catalog part kind). */
  partKind: string | null;
  /** Bench time of a typical repair, for quotes and the depot's load. */
  labourMinutes: number;
  description: string;
  sortOrder: number;
}

export const RMA_STATUSES = [
  'requested',
  'approved',
  'in_transit',
  'received',
  'diagnosing',
  'awaiting_quote_approval',
  'repairing',
  'testing',
  'ready_to_ship',
  'shipped',
  'closed',
  'rejected',
  'cancelled',
] as const;
export type RmaStatus = (typeof RMA_STATUSES)[number];

export type Eligibility = 'doa' | 'in_warranty' | 'repair_warranty' | 'out_of_warranty' | 'void';

export interface RmasTable {
  id: string;
  number: string;
  customerId: string;
  /** Where the units run (and go back to). */
  siteId: string;
  /** The least advanced state of its open units, for lists. */
  status: RmaStatus;
  tierCode: string;
  channel: 'portal' | 'api' | 'staff' | 'csv';
  note: string | null;
  returnInstructions: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

/** One machine under an RMA: each moves through the depot on its own. */
export interface RmaUnitsTable {
  id: string;
  rmaId: string;
  lineNo: number;
  serial: string;
  /** The serial while the unit is open, else null: unique, so a machine is in one open RMA. */
  openSerial: string | null;
  modelName: string;
  /** The plant's unit record, for machines built here. */
  unitId: string | null;
  reportedFault: string;
  note: string | null;
  eligibility: Eligibility;
  warrantyEndsOn: string | null;
  status: RmaStatus;
  /** SLA clock: target, time used while running, and since when it runs (null: paused). */
  slaTargetHours: number;
  slaUsedMs: number;
  slaRunningSince: number | null;
  /** JSON string[]: fault codes found by the depot. */
  diagnosis: string;
  diagnosisNote: string | null;
  quotePartsCents: number | null;
  quoteLabourCents: number | null;
  quoteTotalCents: number | null;
  quoteCapped: number;
  quoteDecision: 'pending' | 'approved' | 'declined' | null;
  quoteDecidedBy: string | null;
  /** The refurbished unit shipped ahead, if any. */
  replacementSerial: string | null;
  inboundShipmentId: string | null;
  returnShipmentId: string | null;
  requestedAt: number;
  receivedAt: number | null;
  shippedAt: number | null;
  shippedOn: string | null;
  closedAt: number | null;
  updatedAt: number;
}

export interface RmaEventsTable {
  id: string;
  rmaId: string;
  rmaUnitId: string | null;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  at: number;
  by: string;
}

export interface AttachmentsTable {
  id: string;
  rmaId: string | null;
  visitId: string | null;
  customerId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  uploadedAt: number;
}

/** A part taken out of or put into a machine by a repair. */
export interface RepairPartsTable {
  id: string;
  rmaUnitId: string;
  action: 'removed' | 'installed';
  partId: string;
  partNumber: string;
  serial: string | null;
  quantity: number;
  costCents: number;
  /** Removed parts: quarantine for failure analysis, then reuse or scrap. */
  disposition: 'quarantine' | 'reuse' | 'scrap' | null;
  at: number;
  by: string;
}

/** The burn-in procedure run again after a repair. */
export interface RepairTestsTable {
  id: string;
  rmaUnitId: string;
  attempt: number;
  result: 'pass' | 'fail';
  /** JSON string[] */
  reasons: string;
  /** JSON: the measurement as recorded. */
  measurement: string;
  hashrateBp: number;
  at: number;
  by: string;
}

export interface ServiceSettingsTable {
  key: string;
  value: string;
  updatedAt: number;
}

export interface TechniciansTable {
  id: string;
  code: string;
  name: string;
  /** The technician's login, for "my visits" on the phone. */
  userId: string | null;
  homeLabel: string;
  homeLatitude: number;
  homeLongitude: number;
  /** JSON string[]: hashboard, psu, fan, control_board, hydro, firmware … */
  skills: string;
  minutesPerDay: number;
  /** JSON string[] of ISO days. */
  daysOff: string;
  /** The van's stock location (supply), where parts used on site come from. */
  vanLocationId: string | null;
  active: number;
  createdAt: number;
  updatedAt: number;
}

export const VISIT_STATUSES = [
  'planned',
  'scheduled',
  'checked_in',
  'completed',
  'cancelled',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export interface VisitsTable {
  id: string;
  number: string;
  customerId: string;
  siteId: string;
  status: VisitStatus;
  windowStart: string;
  windowEnd: string;
  /** The SLA day: served after it is a breach. */
  dueBy: string;
  durationMin: number;
  /** JSON string[]: skills the faults need. */
  skills: string;
  /** JSON {partNumber, quantity}[]: the parts kit suggested from the fault codes. */
  kit: string;
  technicianId: string | null;
  scheduledOn: string | null;
  routeOrder: number | null;
  checkedInAt: number | null;
  completedAt: number | null;
  signoffName: string | null;
  note: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface VisitUnitsTable {
  id: string;
  visitId: string;
  serial: string;
  faultCode: string;
  result: 'fixed' | 'not_fixed' | 'to_depot' | null;
  note: string | null;
  /** JSON {partNumber, serial, quantity}[] */
  partsUsed: string;
  recordedAt: number | null;
}

export interface DispatchRunsTable {
  id: string;
  firstDay: string;
  days: number;
  /** JSON: the plan, its objective and nearest-first's. */
  result: string;
  applied: number;
  createdBy: string;
  createdAt: number;
}

/** A refurbished machine in the pool, shipped ahead to a customer whose machine failed. */
export interface RefurbUnitsTable {
  serial: string;
  modelName: string;
  grade: 'A' | 'B';
  status: 'available' | 'shipped';
  /** The plant's unit record, for machines built here. */
  unitId: string | null;
  /** The RMA machine it came from (a failed unit the customer kept a replacement for). */
  sourceRmaUnitId: string | null;
  shippedForRmaUnitId: string | null;
  note: string | null;
  addedAt: number;
  shippedAt: number | null;
}

export interface ServiceTables {
  serviceRefurbUnits: RefurbUnitsTable;
  serviceTechnicians: TechniciansTable;
  serviceVisits: VisitsTable;
  serviceVisitUnits: VisitUnitsTable;
  serviceDispatchRuns: DispatchRunsTable;
  serviceWarrantyPolicies: WarrantyPoliciesTable;
  serviceWarrantyVoids: WarrantyVoidsTable;
  serviceComponentWarranties: ComponentWarrantiesTable;
  serviceSlaTiers: SlaTiersTable;
  serviceCustomerTiers: CustomerTiersTable;
  serviceFaultCodes: FaultCodesTable;
  serviceRmas: RmasTable;
  serviceRmaUnits: RmaUnitsTable;
  serviceRmaEvents: RmaEventsTable;
  serviceAttachments: AttachmentsTable;
  serviceRepairParts: RepairPartsTable;
  serviceRepairTests: RepairTestsTable;
  serviceSettings: ServiceSettingsTable;
}
