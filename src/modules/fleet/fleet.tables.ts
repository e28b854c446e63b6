import type { Firmware } from './reading.js';

/** Fleet operational tables (history is in the telemetry store). */

export type MatchedBy = 'serial' | 'mac' | 'board';

/** One machine at one site: who it is as its collector last read it, and its unit here. */
export interface MachinesTable {
  id: string;
  siteId: string;
  identityKey: string;
  ip: string;
  ipNumber: number;
  mac: string | null;
  unitSerial: string | null;
  hostname: string | null;
  make: string | null;
  model: string | null;
  firmware: Firmware;
  firmwareVersion: string | null;
  /** The unit built here this machine was matched to, and how; null when unknown. */
  unitId: string | null;
  matchedSerial: string | null;
  matchedBy: MatchedBy | null;
  /** JSON string[]: board serials read that are not fitted in the matched unit; null if none. */
  swappedBoards: string | null;
  /** What matching depends on (serial, MAC, board serials): re-matched only when it changes. */
  fingerprint: string;
  /** Address, host name, make, model and firmware: the row is rewritten only when it changes. */
  descriptor: string;
  firstSeenAt: number;
  updatedAt: number;
}

export interface BatchesTable {
  batchId: string;
  siteId: string;
  collector: string;
  readings: number;
  sweepAt: number;
  receivedAt: number;
}

export interface SettingsTable {
  key: string;
  value: number;
  updatedAt: number;
}

/** A site that has reported: its last batch, and since when it is silent (null: reporting). */
export interface SiteWatchTable {
  siteId: string;
  customerId: string;
  lastReportAt: number;
  silentSince: number | null;
  updatedAt: number;
}

export interface FleetTables {
  fleetMachines: MachinesTable;
  fleetBatches: BatchesTable;
  fleetSettings: SettingsTable;
  fleetSiteWatch: SiteWatchTable;
}
