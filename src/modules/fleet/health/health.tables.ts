import type { EvidenceKind, HealthFault } from './health.types.js';

/** Health detection's tables (see the migration for what each column is for). */

export interface HealthThresholdsTable {
  modelName: string;
  overrides: string;
  updatedBy: string;
  updatedAt: number;
}

export interface FaultEpisodesTable {
  id: string;
  siteId: string;
  customerId: string;
  machineId: string;
  unitId: string | null;
  unitSerial: string | null;
  model: string | null;
  fault: HealthFault;
  part: string;
  status: 'open' | 'resolved';
  openKey: string | null;
  since: number;
  openedAt: number;
  lastSeenAt: number;
  resolvedAt: number | null;
  value: number;
  worst: number;
  threshold: number;
  snapshot: string;
  ticketKind: 'draft' | 'rma' | 'visit' | null;
  ticketRef: string | null;
  updatedAt: number;
}

export interface WarrantyEvidenceTable {
  id: string;
  siteId: string;
  customerId: string;
  machineId: string;
  unitId: string | null;
  unitSerial: string | null;
  kind: EvidenceKind;
  value: number | null;
  detail: string;
  firstSeenAt: number;
  lastSeenAt: number;
  occurrences: number;
}

export type DraftStatus = 'draft' | 'confirmed' | 'dismissed';

export interface RepairDraftsTable {
  id: string;
  number: string;
  siteId: string;
  customerId: string;
  machineId: string;
  unitId: string;
  unitSerial: string;
  model: string | null;
  faultCode: string;
  status: DraftStatus;
  openSerial: string | null;
  evidence: string;
  warrantyState: string;
  summary: string;
  rmaNumber: string | null;
  decidedBy: string | null;
  decidedAt: number | null;
  decisionNote: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TicketRulesTable {
  siteId: string;
  overrides: string;
  updatedBy: string;
  updatedAt: number;
}

export interface HealthTables {
  fleetHealthThresholds: HealthThresholdsTable;
  fleetFaultEpisodes: FaultEpisodesTable;
  fleetWarrantyEvidence: WarrantyEvidenceTable;
  fleetRepairDrafts: RepairDraftsTable;
  fleetTicketRules: TicketRulesTable;
}
