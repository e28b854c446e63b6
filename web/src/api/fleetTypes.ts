/**
 * Types of the fleet telemetry API: sites with the machines their collectors read, one
 * machine's latest reading and its history. Rates are TH/s, temperatures °C, power W.
 */
import type { SiteFaults } from './fleetHealthTypes';
import type { EpochMillis } from './types';

export interface FleetSite {
  id: string;
  code: string;
  name: string;
  state: string;
  city: string;
  customerId: string;
  customerName: string;
}

export interface FleetModelSummary {
  /** Null for machines that did not say their model. */
  model: string | null;
  machines: number;
  online: number;
  hashrateThs: number;
  /** Null when the catalog does not know the model. */
  nominalThs: number | null;
}

export interface FleetSummary {
  machines: number;
  online: number;
  /** 0..1; null without machines. */
  onlineShare: number | null;
  hashrateThs: number;
  /** What the machines are rated for, by the catalog's models. */
  nominalThs: number;
  hashrateShare: number | null;
  /** J/TH: reported power, others at their model's rating. */
  efficiencyJth: number | null;
  /** Share of the hashrate whose power the machines reported themselves (0..1). */
  efficiencyReportedShare: number | null;
  /** Machines matched to no unit built here. */
  unknown: number;
  /** Machines with a hashboard from another unit. */
  swapped: number;
  lastSeenAt: EpochMillis | null;
  byModel: FleetModelSummary[];
}

export interface FleetSiteRow {
  site: FleetSite;
  summary: FleetSummary;
  /** Open fault episodes. */
  faults: SiteFaults;
  /** Since when the site's collector has sent nothing (null: reporting). */
  silentSince: EpochMillis | null;
}

export interface FleetSitePoint {
  at: EpochMillis;
  hashrateThs: number;
  machines: number;
  machinesOnline: number;
}

export interface FleetSiteDetail extends FleetSiteRow {
  /** From 5-minute rollups; empty right after the first readings. */
  trend: FleetSitePoint[];
}

export const FIRMWARES = ['stock', 'braiins', 'luxos', 'vnish', 'whatsminer', 'unknown'] as const;
export type Firmware = (typeof FIRMWARES)[number];

export type MatchedBy = 'serial' | 'mac' | 'board';

export interface FleetMachine {
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
  /** The unit built here it was matched to; null for an unknown machine. */
  unitId: string | null;
  matchedSerial: string | null;
  matchedBy: MatchedBy | null;
  /** Serials of hashboards that came from other units. */
  swappedBoards: string[];
  online: boolean;
  firstSeenAt: EpochMillis;
  lastSeenAt: EpochMillis | null;
  lastOnlineAt: EpochMillis | null;
  hashrateThs: number | null;
  idealThs: number | null;
  powerW: number | null;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  boards: number;
  problems: string[];
}

export interface InletOutlet {
  inlet: number | null;
  outlet: number | null;
}

export interface BoardReading {
  index: number;
  serial: string | null;
  chips: number;
  chipsExpected: number | null;
  rateThs: number;
  idealThs: number | null;
  pcbTempC: InletOutlet;
  chipTempC: InletOutlet;
  hwErrors: number | null;
  freqMhz: number | null;
}

export type PoolStatus = 'alive' | 'dead' | 'disabled' | 'unknown';

export interface PoolReading {
  url: string;
  user: string;
  status: PoolStatus;
  accepted: number | null;
  rejected: number | null;
}

export interface MinerReading {
  ip: string;
  at: EpochMillis;
  online: boolean;
  make: string | null;
  model: string | null;
  firmware: Firmware;
  firmwareVersion: string | null;
  unitSerial: string | null;
  mac: string | null;
  hostname: string | null;
  uptimeS: number | null;
  hashrate: { ths5s: number | null; thsAvg: number | null; thsIdeal: number | null };
  boards: BoardReading[];
  fansRpm: number[];
  powerW: number | null;
  pools: PoolReading[];
  /** What the miner reports wrong, and why a read failed. */
  problems: string[];
  /** Firmware quirks the reader repaired on the way. */
  repairs: string[];
}

/** The unit's passing burn-in here, board by board: the baseline of its charts. */
export interface BirthCertificate {
  testedAt: EpochMillis;
  hashrateThs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  boards: {
    index: number;
    serial: string | null;
    hashrateThs: number;
    chips: number;
    maxChipTempC: number;
  }[];
}

export interface FleetMachineDetail extends FleetMachine {
  site: FleetSite;
  /** The whole reading kept last; null before any. */
  reading: MinerReading | null;
  /** Null for a machine not built here. */
  birthCertificate: BirthCertificate | null;
}

/**
 * Every machine of a site in columns (one array per field, same order), for the table that
 * filters and sorts in the browser.
 */
export interface MachineTable {
  siteId: string;
  at: EpochMillis;
  total: number;
  columns: {
    id: string[];
    ip: string[];
    hostname: (string | null)[];
    model: (string | null)[];
    firmware: Firmware[];
    /** The serial matched here, else the one the machine reports. */
    unitSerial: (string | null)[];
    /** Matched to a unit built here. */
    builtHere: boolean[];
    /** Serials read of boards not fitted in its unit (empty when none). */
    swappedBoards: string[][];
    online: boolean[];
    hashrateThs: (number | null)[];
    idealThs: (number | null)[];
    chipTempMaxC: (number | null)[];
    fanMinRpm: (number | null)[];
    lastSeenAt: (number | null)[];
    /** Why an offline machine could not be read (null when online). */
    problem: (string | null)[];
    /** Open fault kinds, comma-separated; '' when healthy. */
    faults: string[];
  };
}

export type HistoryResolution = 'raw' | '5m' | '1h';

export interface BoardSample {
  index: number;
  rateThs: number;
  chipTempMaxC: number | null;
  pcbTempMaxC: number | null;
  chips: number;
  hwErrors: number | null;
}

export interface HistoryPoint {
  at: EpochMillis;
  samples: number;
  onlineShare: number;
  hashrateThs: number | null;
  powerW: number | null;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  boards: BoardSample[];
}

export interface MachineHistory {
  machineId: string;
  from: EpochMillis;
  to: EpochMillis;
  resolution: HistoryResolution;
  points: HistoryPoint[];
}

export const FLEET_SETTING_KEYS = [
  'stale_after_s',
  'silent_after_s',
  'raw_retention_days',
  'five_minute_retention_days',
  'hour_retention_days',
] as const;
export type FleetSettingKey = (typeof FLEET_SETTING_KEYS)[number];
export type FleetSettings = Record<FleetSettingKey, number>;
