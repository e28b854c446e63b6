/** Types of the service API: warranty, RMAs, the depot bench, and the service set-up. */
import type { EpochMillis } from './types';

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

/** Where one machine under an RMA stands; an RMA shows the least advanced of its machines. */
export type RmaStatus = (typeof RMA_STATUSES)[number];

export const ELIGIBILITIES = [
  'doa',
  'in_warranty',
  'repair_warranty',
  'out_of_warranty',
  'void',
] as const;

/** How a machine is covered on the day it is returned; out of warranty and void are quoted. */
export type Eligibility = (typeof ELIGIBILITIES)[number];

export type WarrantyState = 'in_warranty' | 'repair_warranty' | 'expired' | 'void';

export interface WarrantyPolicyTerms {
  termDays: number;
  doaDays: number;
  repairedTermDays: number;
  startBasis: 'shipped' | 'delivered';
  /** What voids the warranty; a void cites one of them. */
  exclusions: string[];
}

export interface WarrantyPolicy extends WarrantyPolicyTerms {
  /** A model's name, or `*` for the default. */
  modelName: string;
  /** What the machine is worth: a repair quote is capped at it. */
  marketValueCents: number;
}

export type WarrantyPolicyInput = Omit<WarrantyPolicy, 'modelName'>;

export interface WarrantyVoid {
  /** To lift it (`POST /warranty/voids/:id/lift`). */
  id: string;
  reason: string;
  evidence: string;
  voidedOn: string;
}

/** A part put in by a repair, covered on its own from the day the machine shipped back. */
export interface RepairedComponent {
  serial: string;
  partNumber: string;
  endsOn: string | null;
  covered: boolean;
}

export interface Warranty {
  serial: string;
  model: string;
  builtHere: boolean;
  customerCode: string;
  siteCode: string;
  shippedOn: string;
  deliveredOn: string;
  /** The day it is judged on. */
  on: string;
  state: WarrantyState;
  eligibility: Eligibility;
  startsOn: string;
  endsOn: string;
  /** Still inside the dead-on-arrival window. */
  doa: boolean;
  doaEndsOn: string;
  repairCoverEndsOn: string | null;
  daysLeft: number;
  policy: WarrantyPolicyTerms;
  voids: WarrantyVoid[];
  components: RepairedComponent[];
}

export interface WarrantyRma {
  number: string;
  status: RmaStatus;
  fault: string;
  requestedOn: string;
  shippedOn: string | null;
}

export interface WarrantyDetail extends Warranty {
  rmas: WarrantyRma[];
}

export interface WarrantyLookup {
  items: Warranty[];
  /** Serials not found (or another customer's). */
  unknown: string[];
}

export interface FaultCode {
  code: string;
  name: string;
  /** The kind of part a repair of it usually replaces; null when none (firmware). */
  partKind: string | null;
  labourMinutes: number;
  description: string;
  sortOrder: number;
}

export type FaultCodeInput = Omit<FaultCode, 'code'>;

export type AdvanceReplacement = 'never' | 'doa' | 'in_warranty';

export interface ServiceTier {
  code: string;
  name: string;
  /** Hours on the SLA clock from request to shipped back (paused while waiting on the customer). */
  targetHours: number;
  advanceReplacement: AdvanceReplacement;
  note: string | null;
  updatedAt: EpochMillis;
}

export type ServiceTierInput = Omit<ServiceTier, 'code' | 'updatedAt'>;

/** labour_cents_per_hour, return_instructions, onsite_min_failed_units, attachment_max_bytes. */
export type ServiceSettings = Record<string, string>;

export interface Sla {
  targetHours: number;
  usedHours: number;
  /** Negative once breached. */
  remainingHours: number;
  breached: boolean;
  /** Paused while the customer has the ball; stopped once shipped back or ended. */
  state: 'running' | 'paused' | 'stopped';
  dueAt: EpochMillis | null;
}

export interface RmaSummary {
  id: string;
  /** "RMA-2026-00001". */
  number: string;
  status: RmaStatus;
  customerCode: string;
  siteCode: string;
  tier: string;
  channel: string;
  units: number;
  covered: number;
  breached: number;
  createdAt: EpochMillis;
}

export interface RepairQuote {
  partsCents: number;
  labourCents: number;
  totalCents: number;
  /** Capped at the machine's market value. */
  capped: boolean;
  decision: 'pending' | 'approved' | 'declined' | null;
}

export interface RmaUnit {
  id: string;
  lineNo: number;
  serial: string;
  model: string;
  builtHere: boolean;
  reportedFault: string;
  note: string | null;
  eligibility: Eligibility;
  warrantyEndsOn: string | null;
  status: RmaStatus;
  sla: Sla;
  diagnosis: string[];
  diagnosisNote: string | null;
  quote: RepairQuote | null;
  replacementSerial: string | null;
  requestedAt: EpochMillis;
  receivedAt: EpochMillis | null;
  shippedOn: string | null;
}

export interface RmaEvent {
  at: EpochMillis;
  /** Null for an event of the whole RMA. */
  serial: string | null;
  from: string | null;
  to: string;
  note: string | null;
}

export interface RmaAttachment {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: EpochMillis;
}

export interface RmaParcel {
  number: string;
  direction: 'to_depot' | 'to_customer';
  carrier: string;
  trackingNumber: string | null;
  status: 'in_transit' | 'delivered';
  departedOn: string;
  deliveredOn: string | null;
  units: number;
}

export interface RmaDetail {
  id: string;
  number: string;
  status: RmaStatus;
  customerCode: string;
  customerName: string;
  siteCode: string;
  siteName: string;
  tier: string;
  channel: string;
  note: string | null;
  /** Set once approved: where and how to send the machines. */
  returnInstructions: string | null;
  createdAt: EpochMillis;
  units: RmaUnit[];
  events: RmaEvent[];
  attachments: RmaAttachment[];
  parcels: RmaParcel[];
}

export interface RmaLineInput {
  serial: string;
  fault: string;
  note?: string | null;
}

export interface RmaInput {
  /** Staff may name the customer; a customer opens its own. */
  customer?: string;
  note?: string | null;
  units: RmaLineInput[];
}

export interface RmasOpened {
  /** One RMA per site the machines run at. */
  rmas: { id: string; number: string; siteCode: string; units: number }[];
  units: number;
  eligibility: Partial<Record<Eligibility, number>>;
}

/** The RMA-level actions, by the address below the RMA they are posted to. */
export interface RmaActionInputs {
  approve: { serials?: string[]; instructions?: string };
  reject: { serials?: string[]; reason: string };
  cancel: { serials?: string[]; reason?: string };
  inbound: { serials?: string[]; carrier: string; trackingNumber?: string; shippedOn?: string };
  'ship-back': { serials?: string[]; carrier: string; trackingNumber?: string };
  delivered: { serials?: string[]; on?: string };
  /** Refurbished machines shipped to the site before the failed ones are repaired. */
  'advance-replacement': { serials?: string[]; carrier: string; trackingNumber?: string };
}

export type RmaAction = keyof RmaActionInputs;
