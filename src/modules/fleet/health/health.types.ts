import type { Firmware } from '../reading.js';

/**
 * Health detection's vocabulary: the faults it opens episodes for, the warranty-relevant
 * conditions it records as evidence, and the thresholds (per model, editable) it judges with.
 */

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

export const FAULT_LABELS: Record<HealthFault, string> = {
  board_missing: 'Hashboard missing',
  chips_low: 'Chips missing',
  board_rate_low: 'Board below ideal rate',
  chip_overheat: 'Chip over temperature',
  fan_stopped: 'Fan stopped',
  offline: 'Offline',
  below_birth_certificate: 'Below its burn-in rate',
  reboot_loop: 'Reboot loop',
};

/** An episode's figure in words: its worst value against its threshold. */
export function faultFigure(fault: HealthFault, worst: number, threshold: number): string {
  switch (fault) {
    case 'board_missing':
    case 'chips_low':
      return `${worst} of ${threshold} chips`;
    case 'board_rate_low':
      return `${(worst / 100).toFixed(0)}% of its ideal rate (below ${threshold / 100}%)`;
    case 'chip_overheat':
      return `${worst} °C (limit ${threshold} °C)`;
    case 'fan_stopped':
      return `${worst} RPM`;
    case 'offline':
      return `offline ${Math.round(worst / 60)} min`;
    case 'below_birth_certificate':
      return `${(worst / 100).toFixed(0)}% of its burn-in rate (below ${threshold / 100}%)`;
    case 'reboot_loop':
      return `${worst} reboots within the hour`;
  }
}

export const EVIDENCE_KINDS = ['over_temperature', 'unofficial_firmware', 'overclocked'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Firmware families not made by the machine's maker (stock Antminer and Whatsminer firmware are
 * the maker's own): running them bears on warranty, which is for people to judge.
 */
export const THIRD_PARTY_FIRMWARES: ReadonlySet<Firmware> = new Set(['braiins', 'luxos', 'vnish']);

/** What detection judges with; one set per model, the defaults for models without their own. */
export interface HealthThresholds {
  /** A board absent or reading 0 chips this long opens `board_missing`. */
  boardMissingAfterS: number;
  /** Fewer chips than expected this long (X) opens `chips_low`. */
  chipsLowAfterS: number;
  /** A board below this share of its ideal rate (Y, basis points) … */
  boardRateLowBp: number;
  /** … for this long (Z) opens `board_rate_low`. */
  boardRateLowAfterS: number;
  /** The model's chip temperature limit, °C. */
  chipTempMaxC: number;
  /** An over-temperature clears only below the limit less this margin, °C. */
  chipTempClearMarginC: number;
  chipTempAfterS: number;
  fanStoppedAfterS: number;
  /** Offline this long (T) opens `offline`. */
  offlineAfterS: number;
  /** Hash rate below the unit's burn-in rate by more than this (W, basis points) … */
  birthRateDropBp: number;
  /** … for this long opens `below_birth_certificate`. */
  birthRateAfterS: number;
  /** This many reboots within the window is a reboot loop. */
  rebootLoopCount: number;
  rebootLoopWindowS: number;
  /** After a boot, rates are not judged for this long (the chains ramp up). */
  rampS: number;
  /** A fault resolves once its condition has been absent this long. */
  clearAfterS: number;
  /** An over-temperature lasting this long is recorded as warranty evidence. */
  overTempEvidenceS: number;
  /** A board clocked above this is recorded as overclocked (0: not judged). */
  maxFreqMhz: number;
}

/** The limits each threshold may be set within (and the edit form's bounds). */
export const THRESHOLD_LIMITS: Record<keyof HealthThresholds, { min: number; max: number }> = {
  boardMissingAfterS: { min: 0, max: 86_400 },
  chipsLowAfterS: { min: 0, max: 86_400 },
  boardRateLowBp: { min: 1_000, max: 9_900 },
  boardRateLowAfterS: { min: 0, max: 86_400 },
  chipTempMaxC: { min: 40, max: 150 },
  chipTempClearMarginC: { min: 0, max: 30 },
  chipTempAfterS: { min: 0, max: 86_400 },
  fanStoppedAfterS: { min: 0, max: 86_400 },
  offlineAfterS: { min: 60, max: 7 * 86_400 },
  birthRateDropBp: { min: 100, max: 9_000 },
  birthRateAfterS: { min: 0, max: 7 * 86_400 },
  rebootLoopCount: { min: 2, max: 100 },
  rebootLoopWindowS: { min: 300, max: 86_400 },
  rampS: { min: 0, max: 3_600 },
  clearAfterS: { min: 0, max: 86_400 },
  overTempEvidenceS: { min: 60, max: 7 * 86_400 },
  maxFreqMhz: { min: 0, max: 5_000 },
};

/**
 * Defaults: air-cooled chips are judged at 95 °C, water-cooled at 85 °C (chip limits are not
 * published per model: set each model's own on the thresholds page). No frequency limit by
 * default, since makers publish none.
 */
export function defaultThresholds(cooling: 'air' | 'water' | null): HealthThresholds {
  return {
    boardMissingAfterS: 180,
    chipsLowAfterS: 600,
    boardRateLowBp: 8_000,
    boardRateLowAfterS: 900,
    chipTempMaxC: cooling === 'water' ? 85 : 95,
    chipTempClearMarginC: 5,
    chipTempAfterS: 120,
    fanStoppedAfterS: 120,
    offlineAfterS: 900,
    birthRateDropBp: 1_000,
    birthRateAfterS: 1_800,
    rebootLoopCount: 3,
    rebootLoopWindowS: 3_600,
    rampS: 300,
    clearAfterS: 300,
    overTempEvidenceS: 1_800,
    maxFreqMhz: 0,
  };
}

/** What one poll says about a machine, as detection needs it. */
export interface Observation {
  at: number;
  online: boolean;
  uptimeS: number | null;
  hashrateThs: number | null;
  firmware: Firmware;
  firmwareVersion: string | null;
  boards: readonly ObservedBoard[];
  fansRpm: readonly number[];
}

export interface ObservedBoard {
  index: number;
  chips: number;
  chipsExpected: number | null;
  rateThs: number;
  idealThs: number | null;
  chipTempMaxC: number | null;
  freqMhz: number | null;
}

/** The model's shape, from the catalog (null where unknown). */
export interface ModelShape {
  boards: number | null;
  chipsPerBoard: number | null;
  fans: number | null;
}

/** The unit's burn-in birth certificate, from production: what it did when it passed QC here. */
export type { BirthCertificate } from '../../production/index.js';

/** An episode's start, worsening or refresh, or end, as the engine reports it. */
export type EpisodeChange =
  | {
      type: 'opened';
      fault: HealthFault;
      part: string;
      since: number;
      at: number;
      value: number;
      threshold: number;
    }
  | { type: 'updated'; fault: HealthFault; part: string; at: number; value: number; worst: number }
  | { type: 'resolved'; fault: HealthFault; part: string; at: number };

export interface EvidenceFinding {
  kind: EvidenceKind;
  at: number;
  /** The figure that bears on warranty (°C, MHz) or null. */
  value: number | null;
  detail: string;
}
