/**
 * Whatsminer (btminer, TCP 4028), read-only essentials: `summary` and `edevs`. Writes need an
 * encrypted token and are out of scope. Rates arrive in MH/s.
 */
import type { BoardReading } from '../reading.js';
import { makeBoard, sideTemps } from './boards.js';
import { AIR_LAYOUT, chipsExpectedFor } from './model-tables.js';
import type { ChipsLookup } from './model-tables.js';
import {
  first,
  get,
  nonNegInt,
  num,
  numOf,
  objects,
  round3,
  sectionOf,
  strOf,
  unquote,
} from './values.js';
import type { Obj } from './values.js';

export type WhatsminerRequestResult = { ok: true; request: string } | { ok: false; reason: string };

/** btminer takes `{"cmd":"summary"}` (not cgminer's `command`). */
export function buildWhatsminerRequest(cmd: string): WhatsminerRequestResult {
  if (typeof cmd !== 'string' || !/^[a-z][a-z0-9_]{0,39}$/.test(cmd)) {
    return { ok: false, reason: 'bad command' };
  }
  return { ok: true, request: JSON.stringify({ cmd }) };
}

export interface WhatsminerSummary {
  uptimeS: number | null;
  ths5s: number | null;
  thsAvg: number | null;
  thsIdeal: number | null;
  fansRpm: number[];
  powerW: number | null;
  mac: string | null;
  firmwareVersion: string | null;
}

export type WhatsminerSummaryResult =
  { ok: true; summary: WhatsminerSummary } | { ok: false; reason: string };

function mhsToThs(n: number | null): number | null {
  return n === null || n < 0 ? null : round3(n / 1_000_000);
}

/** `sections` from the envelope (SUMMARY). */
export function parseWhatsminerSummary(
  sections: Record<string, unknown[]>,
): WhatsminerSummaryResult {
  const s = first(sectionOf(sections, 'SUMMARY'));
  if (!s) return { ok: false, reason: 'summary: no SUMMARY section' };
  const fans: number[] = [];
  for (const k of ['Fan Speed In', 'Fan Speed Out']) {
    const rpm = num(get(s, k));
    if (rpm !== null && rpm >= 0) fans.push(Math.min(Math.round(rpm), 100_000));
  }
  const factory = num(get(s, 'Factory GHS'));
  const power = num(get(s, 'Power'));
  const elapsed = num(get(s, 'Elapsed'));
  return {
    ok: true,
    summary: {
      uptimeS: nonNegInt(elapsed),
      // btminer's shortest window is 5 s on some releases and 1 min on others.
      ths5s: mhsToThs(numOf(s, 'MHS 5s', 'MHS 1m')),
      thsAvg: mhsToThs(numOf(s, 'MHS av', 'MHS 15m')),
      thsIdeal: factory === null || factory <= 0 ? null : round3(factory / 1000),
      fansRpm: fans,
      powerW: power === null || power < 0 || power > 100_000 ? null : power,
      mac: strOf(s, 'MAC'),
      // btminer wraps it in single quotes: "'20240306.22.REL'".
      firmwareVersion: unquote(strOf(s, 'Firmware Version')),
    },
  };
}

/** `edevs` answers in DEVS: one object per hashboard `Slot`. */
export function parseWhatsminerEdevs(
  sections: Record<string, unknown[]>,
  options: { model?: string | null; chipsPerBoard?: ChipsLookup } = {},
): { ok: true; boards: BoardReading[] } | { ok: false; reason: string } {
  const devs = objects(sectionOf(sections, 'DEVS'));
  if (devs.length === 0) return { ok: false, reason: 'edevs: no DEVS section' };
  const expected = chipsExpectedFor(options?.model ?? null, options?.chipsPerBoard);
  const boards = devs
    .map((d, pos) => ({ d, slot: numOf(d, 'Slot', 'ASC', 'ID') ?? pos }))
    .sort((a, b) => a.slot - b.slot)
    .map(({ d, slot }) => board(d, slot, expected));
  return { ok: true, boards: boards.slice(0, 32) };
}

function board(d: Obj, slot: number, expected: number | null): BoardReading {
  // btminer gives one board temperature and chip min/max, no inlet/outlet split: the single board
  // sensor is reported as the outlet side (see sideTemps) and chip min/max as inlet/outlet.
  const t = num(get(d, 'Temperature'));
  const chipMin = num(get(d, 'Chip Temp Min'));
  const chipMax = numOf(d, 'Chip Temp Max', 'Chip Temp Avg');
  const chipList = chipMax === null ? null : chipMin === null ? [chipMax] : [chipMin, chipMax];
  const mhs = numOf(d, 'MHS 1m', 'MHS 5s', 'MHS av');
  return makeBoard({
    index: slot,
    serial: strOf(d, 'PCB SN'),
    chips: num(get(d, 'Effective Chips')),
    chipsExpected: expected,
    rateGhs: mhs === null ? null : mhs / 1000,
    idealGhs: num(get(d, 'Factory GHS')),
    pcb: sideTemps(t === null ? null : [t], AIR_LAYOUT),
    chip: sideTemps(chipList, AIR_LAYOUT),
    hwErrors: num(get(d, 'Hardware Errors')),
    freqMhz: numOf(d, 'Chip Frequency', 'Frequency'),
  });
}
