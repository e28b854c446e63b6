/**
 * Types of the fleet health API: fault episodes detected in the readings, warranty evidence,
 * repair drafts (RMAs prepared from faults), detection thresholds per model and the per-site
 * rules that turn faults into tickets.
 */
import type { Eligibility, WarrantyState, WarrantyVoid } from './serviceTypes';
import type { EpochMillis } from './types';

export const HEALTH_FAULTS = [
  'board_missing',
  'chips_low',
  'board_rate_low',
  'chip_overheat',
  'fan_stopped',
  'offline',
  'below_birth_certificate',
  'reboot_loop',
] as const;
export type HealthFault = (typeof HEALTH_FAULTS)[number];

/** Open faults of a site: machines with at least one, and episodes by kind. */
export interface SiteFaults {
  machines: number;
  byFault: Partial<Record<HealthFault, number>>;
}

export type TicketKind = 'draft' | 'rma' | 'visit';
export type EpisodeStatus = 'open' | 'resolved';

/** One fault on one part of a machine, from when it opened to when it cleared. */
export interface FaultEpisode {
  id: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  machineId: string;
  ip: string | null;
  hostname: string | null;
  unitSerial: string | null;
  model: string | null;
  fault: HealthFault;
  label: string;
  /** 'machine', 'board:N' or 'fan:N'. */
  part: string;
  status: EpisodeStatus;
  /** When the condition began (it opens once it has lasted its threshold's time). */
  since: EpochMillis;
  openedAt: EpochMillis;
  lastSeenAt: EpochMillis;
  resolvedAt: EpochMillis | null;
  value: number;
  worst: number;
  threshold: number;
  ticketKind: TicketKind | null;
  /** The draft, RMA or visit number. */
  ticketRef: string | null;
}

export interface FaultList {
  total: number;
  items: FaultEpisode[];
}

export interface FaultFilters {
  siteId?: string | null;
  machineId?: string | null;
  unitSerial?: string | null;
  status?: EpisodeStatus | null;
  fault?: HealthFault | null;
  limit?: number | null;
  offset?: number | null;
}

export const EVIDENCE_KINDS = ['over_temperature', 'unofficial_firmware', 'overclocked'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A condition that bears on warranty, recorded for people to judge (never applied). */
export interface WarrantyEvidence {
  kind: EvidenceKind;
  machineId?: string;
  unitSerial?: string | null;
  value: number | null;
  detail: string;
  firstSeenAt: EpochMillis;
  lastSeenAt: EpochMillis;
  occurrences: number;
}

export type DraftStatus = 'draft' | 'confirmed' | 'dismissed';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['draft', 'confirmed', 'dismissed'];

export interface DraftEpisode {
  id: string;
  fault: HealthFault;
  part: string;
  since: EpochMillis;
  openedAt: EpochMillis;
  worst: number;
  threshold: number;
}

export interface DraftBurnInBoard {
  index: number;
  serial: string | null;
  fieldThs: number;
  fieldChips: number;
  burnInThs: number | null;
  burnInChips: number | null;
}

export interface DraftBurnIn {
  testedAt: EpochMillis;
  hashrateThs: number;
  fieldThs: number | null;
  /** The field rate as basis points of the burn-in rate. */
  fieldShareBp: number | null;
  boards: DraftBurnInBoard[];
}

export interface DraftWarranty {
  eligibility: Eligibility;
  state: WarrantyState;
  startsOn: string;
  endsOn: string;
  daysLeft: number;
  doa: boolean;
  voids: WarrantyVoid[];
}

/** What a draft carries so nobody has to ask for screenshots (any part may be missing). */
export interface DraftEvidence {
  episodes: DraftEpisode[];
  snapshot: Record<string, unknown>;
  burnIn: DraftBurnIn | null;
  boardSerials: { read: string[]; fitted: string[] };
  warranty: DraftWarranty;
  warrantyEvidence: WarrantyEvidence[];
}

/** An RMA prepared from a fault, waiting for staff or the customer to confirm or dismiss it. */
export interface RepairDraft {
  id: string;
  number: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  customerId: string;
  machineId: string;
  /** The machine's address at its site now, and its hostname. */
  ip: string | null;
  hostname: string | null;
  unitSerial: string;
  model: string | null;
  /** The depot's fault code (service's taxonomy). */
  faultCode: string;
  status: DraftStatus;
  summary: string;
  warrantyState: string;
  evidence: Partial<DraftEvidence>;
  rmaNumber: string | null;
  decidedBy: string | null;
  decidedAt: EpochMillis | null;
  decisionNote: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export interface DraftFilters {
  siteId?: string | null;
  status?: DraftStatus | null;
  limit?: number | null;
}

export const THRESHOLD_KEYS = [
  'boardMissingAfterS',
  'chipsLowAfterS',
  'boardRateLowBp',
  'boardRateLowAfterS',
  'chipTempMaxC',
  'chipTempClearMarginC',
  'chipTempAfterS',
  'fanStoppedAfterS',
  'offlineAfterS',
  'birthRateDropBp',
  'birthRateAfterS',
  'rebootLoopCount',
  'rebootLoopWindowS',
  'rampS',
  'clearAfterS',
  'overTempEvidenceS',
  'maxFreqMhz',
] as const;
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number];
export type HealthThresholds = Record<ThresholdKey, number>;

/** One model's thresholds in force, and those it sets itself (the rest are defaults). */
export interface ModelThresholds {
  model: string;
  cooling: 'air' | 'water' | null;
  thresholds: HealthThresholds;
  overrides: Partial<HealthThresholds>;
  /** What the model follows where it sets nothing (by its cooling). */
  defaults: HealthThresholds;
}

/** A change: a value, or null to go back to the default. */
export type ThresholdsInput = Partial<Record<ThresholdKey, number | null>>;

export interface TicketRules {
  enabled: boolean;
  rmaFaults: HealthFault[];
  draftOutOfWarranty: boolean;
  autoApprove: boolean;
  visitMinMachines: number;
  visitMinShareBp: number;
  visitMaxMachines: number;
}
export type TicketRuleKey = keyof TicketRules;

/** A site's rules in force, and what the site sets itself (the rest follow the defaults). */
export interface SiteTicketRules {
  siteId: string;
  rules: TicketRules;
  own: Partial<TicketRules>;
  /** What the site follows where it sets nothing (the built-in rules for the defaults row). */
  defaults: TicketRules;
}

/** A change: a value, or null to follow the defaults. */
export type TicketRulesInput = { [K in TicketRuleKey]?: TicketRules[K] | null };
