/**
 * Building one normalized board from whatever a firmware reports about it, clamped to the ranges
 * of `boardReading` so a sensor's error code (255, -64) never makes a whole reading invalid.
 */
import type { BoardReading } from '../reading.js';
import type { TempLayout } from './model-tables.js';
import { clip, round3 } from './values.js';

export type SideTemps = { inlet: number | null; outlet: number | null };

/** 0 means "not read" on these boards and anything outside −60..250 °C is a sensor error code. */
function usableTemp(n: number): boolean {
  return n !== 0 && n >= -60 && n <= 250;
}

/** The hottest usable sensor among the given positions, or null. */
function hottest(values: readonly number[], positions: readonly number[]): number | null {
  let best: number | null = null;
  for (const p of positions) {
    const v = values[p];
    if (v !== undefined && usableTemp(v) && (best === null || v > best)) best = v;
  }
  return best;
}

/**
 * Split a board's sensor array into inlet and outlet sides. Four (or more) values follow the
 * model's layout; two are inlet then outlet; a single sensor cannot be placed, so it is reported
 * as the outlet — the side the health limits are checked against.
 */
export function sideTemps(values: readonly number[] | null, layout: TempLayout): SideTemps {
  if (values === null || values.length === 0) return { inlet: null, outlet: null };
  if (values.length === 1) return { inlet: null, outlet: hottest(values, [0]) };
  if (values.length < 4) {
    return { inlet: hottest(values, [0]), outlet: hottest(values, [values.length - 1]) };
  }
  return { inlet: hottest(values, layout.inlet), outlet: hottest(values, layout.outlet) };
}

export function anyTemp(t: SideTemps): boolean {
  return t.inlet !== null || t.outlet !== null;
}

export interface BoardParts {
  index: number;
  serial?: string | null;
  chips?: number | null;
  chipsExpected?: number | null;
  /** GH/s as the firmware reports it; converted here. */
  rateGhs?: number | null;
  idealGhs?: number | null;
  pcb?: SideTemps;
  chip?: SideTemps;
  hwErrors?: number | null;
  freqMhz?: number | null;
}

const NONE: SideTemps = { inlet: null, outlet: null };

function ths(ghs: number | null | undefined): number | null {
  if (ghs === null || ghs === undefined || !Number.isFinite(ghs) || ghs < 0) return null;
  return Math.min(round3(ghs / 1000), 10_000);
}

function intIn(n: number | null | undefined, max: number): number | null {
  if (n === null || n === undefined || !Number.isFinite(n) || n < 0) return null;
  return Math.min(Math.round(n), max);
}

export function makeBoard(p: BoardParts): BoardReading {
  const freq = p.freqMhz;
  return {
    index: Math.max(0, Math.min(31, Math.round(p.index))),
    serial: clip(p.serial ?? null, 64),
    chips: intIn(p.chips, 10_000) ?? 0,
    chipsExpected: intIn(p.chipsExpected, 10_000),
    rateThs: ths(p.rateGhs) ?? 0,
    idealThs: ths(p.idealGhs),
    pcbTempC: p.pcb ?? NONE,
    chipTempC: p.chip ?? NONE,
    hwErrors: intIn(p.hwErrors, Number.MAX_SAFE_INTEGER),
    freqMhz:
      freq === null || freq === undefined || !(freq > 0) || freq > 10_000 ? null : round3(freq),
  };
}

/** Rate unit to GH/s factor; firmware says "GH", "GH/s", "TH/s" or "MH/s". GH/s when unsure. */
export function toGhsFactor(unit: unknown): number {
  const u = typeof unit === 'string' ? unit.trim().toUpperCase() : '';
  if (u.startsWith('TH')) return 1000;
  if (u.startsWith('MH')) return 0.001;
  if (u.startsWith('KH')) return 0.000001;
  return 1;
}
