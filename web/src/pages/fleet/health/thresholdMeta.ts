import type { ThresholdKey } from '../../../api/fleetHealthTypes';
import { formatUptime } from '../fleetFormat';

export type ThresholdUnit = 's' | 'bp' | '°C' | 'MHz' | 'reboots';

export interface ThresholdMeta {
  label: string;
  description: string;
  unit: ThresholdUnit;
  /** The server's bounds (it refuses a value outside them and says why). */
  min: number;
  max: number;
}

/** What each threshold means, in the order the editor lists them. */
export const THRESHOLD_META: Record<ThresholdKey, ThresholdMeta> = {
  boardMissingAfterS: {
    label: 'Hashboard missing after',
    description: 'A board absent or reading 0 chips this long opens "Hashboard missing".',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  chipsLowAfterS: {
    label: 'Chips missing after',
    description: 'Fewer chips than expected this long opens "Chips missing".',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  boardRateLowBp: {
    label: 'Board rate below',
    description: 'A board hashing below this share of its ideal rate …',
    unit: 'bp',
    min: 1_000,
    max: 9_900,
  },
  boardRateLowAfterS: {
    label: '… for',
    description: '… this long opens "Board below ideal rate".',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  chipTempMaxC: {
    label: 'Chip temperature limit',
    description: 'The model’s chip limit: above it is "Chip over temperature".',
    unit: '°C',
    min: 40,
    max: 150,
  },
  chipTempClearMarginC: {
    label: 'Clears below the limit by',
    description: 'An over-temperature clears only this far under the limit.',
    unit: '°C',
    min: 0,
    max: 30,
  },
  chipTempAfterS: {
    label: 'Over temperature after',
    description: 'Chips over the limit this long open the fault.',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  fanStoppedAfterS: {
    label: 'Fan stopped after',
    description: 'A fan reading 0 rpm this long opens "Fan stopped".',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  offlineAfterS: {
    label: 'Offline after',
    description: 'A machine not answering this long opens "Offline".',
    unit: 's',
    min: 60,
    max: 604_800,
  },
  birthRateDropBp: {
    label: 'Below burn-in by more than',
    description: 'A machine hashing this far below its own burn-in rate …',
    unit: 'bp',
    min: 100,
    max: 9_000,
  },
  birthRateAfterS: {
    label: '… for',
    description: '… this long opens "Below its burn-in rate".',
    unit: 's',
    min: 0,
    max: 604_800,
  },
  rebootLoopCount: {
    label: 'Reboot loop at',
    description: 'This many reboots within the window below is a reboot loop.',
    unit: 'reboots',
    min: 2,
    max: 100,
  },
  rebootLoopWindowS: {
    label: 'Reboot window',
    description: 'The reboots counted are those of this last stretch of time.',
    unit: 's',
    min: 300,
    max: 86_400,
  },
  rampS: {
    label: 'Ramp-up after a boot',
    description: 'Rates and chips are not judged this long after a boot.',
    unit: 's',
    min: 0,
    max: 3_600,
  },
  clearAfterS: {
    label: 'Resolved after',
    description: 'A fault resolves once its condition has been gone this long.',
    unit: 's',
    min: 0,
    max: 86_400,
  },
  overTempEvidenceS: {
    label: 'Over-temperature evidence after',
    description: 'Running over temperature this long is recorded as warranty evidence.',
    unit: 's',
    min: 60,
    max: 604_800,
  },
  maxFreqMhz: {
    label: 'Overclocked above',
    description: 'Boards clocked above this are recorded as overclocked (0: not judged).',
    unit: 'MHz',
    min: 0,
    max: 5_000,
  },
};

/** A value as people read it beside the raw figure: "= 15 min", "= 80.0%". */
export function thresholdHint(unit: ThresholdUnit, value: number | string): string | null {
  if (typeof value !== 'number') return null;
  if (unit === 's') {
    if (value === 0) return 'at once';
    return value < 60 ? `= ${value} s` : `= ${formatUptime(value)}`;
  }
  if (unit === 'bp') return `= ${(value / 100).toFixed(1)}%`;
  return null;
}

export const UNIT_SUFFIX: Record<ThresholdUnit, string> = {
  s: ' s',
  bp: ' bp',
  '°C': ' °C',
  MHz: ' MHz',
  reboots: '',
};
