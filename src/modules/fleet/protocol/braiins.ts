/**
 * Braiins OS (BOSminer+), through its cgminer-compatible API: `devs` gives each board's rate and
 * `Nominal MHS`, `devdetails` its chip count, `temps` and `fans` the sensors. Rates are MH/s.
 */
import type { BoardReading } from '../reading.js';
import { makeBoard, sideTemps } from './boards.js';
import { AIR_LAYOUT, chipsExpectedFor } from './model-tables.js';
import type { ChipsLookup } from './model-tables.js';
import { get, isObj, num, numOf, objects, round3, sectionOf, strOf } from './values.js';
import type { Obj } from './values.js';

export interface BraiinsBoards {
  boards: BoardReading[];
  /** Sum of the boards' nominal rates, the closest thing BOSminer has to an ideal rate. */
  thsIdeal: number | null;
}

export interface BraiinsSections {
  devs?: Record<string, unknown[]>;
  devdetails?: Record<string, unknown[]>;
  temps?: Record<string, unknown[]>;
}

/** Board id as BOSminer numbers it (`ID`, `ASC`, or the section's own counter key). */
function idOf(o: Obj, counterKey: string, pos: number): number {
  return numOf(o, 'ID', 'ASC', counterKey) ?? pos;
}

function byId(list: Obj[], counterKey: string): Map<number, Obj> {
  const m = new Map<number, Obj>();
  list.forEach((o, pos) => m.set(idOf(o, counterKey, pos), o));
  return m;
}

export function parseBraiinsBoards(
  s: BraiinsSections,
  options: { model?: string | null; chipsPerBoard?: ChipsLookup } = {},
): { ok: true; result: BraiinsBoards } | { ok: false; reason: string } {
  if (!isObj(s)) return { ok: false, reason: 'devs: no DEVS section' };
  const devs = objects(sectionOf(s.devs, 'DEVS'));
  if (devs.length === 0) return { ok: false, reason: 'devs: no DEVS section' };
  const details = byId(objects(sectionOf(s.devdetails, 'DEVDETAILS')), 'DEVDETAILS');
  const temps = byId(objects(sectionOf(s.temps, 'TEMPS')), 'TEMPS');
  const expected = chipsExpectedFor(options?.model ?? null, options?.chipsPerBoard);
  let nominalMhs = 0;
  let anyNominal = false;
  const boards = devs
    .map((d, pos) => ({ d, id: idOf(d, 'DEVS', pos) }))
    .sort((a, b) => a.id - b.id)
    .map(({ d, id }) => {
      const det = details.get(id);
      const t = temps.get(id);
      const nominal = num(get(d, 'Nominal MHS'));
      if (nominal !== null && nominal > 0) {
        nominalMhs += nominal;
        anyNominal = true;
      }
      const mhs = numOf(d, 'MHS 1m', 'MHS 5s', 'MHS av');
      const boardT = t ? num(get(t, 'Board')) : num(get(d, 'Temperature'));
      const chipT = t ? num(get(t, 'Chip')) : null;
      return makeBoard({
        index: id,
        serial: det ? strOf(det, 'Serial', 'SN') : null,
        chips: det ? num(get(det, 'Chips')) : null,
        chipsExpected: expected,
        rateGhs: mhs === null ? null : mhs / 1000,
        idealGhs: nominal === null ? null : nominal / 1000,
        pcb: sideTemps(boardT === null ? null : [boardT], AIR_LAYOUT),
        chip: sideTemps(chipT === null ? null : [chipT], AIR_LAYOUT),
        hwErrors: num(get(d, 'Hardware Errors')),
        freqMhz: det ? num(get(det, 'Frequency')) : null,
      });
    });
  return {
    ok: true,
    result: {
      boards: boards.slice(0, 32),
      thsIdeal: anyNominal ? round3(nominalMhs / 1_000_000) : null,
    },
  };
}

/** `fans`: FANS[] with `RPM` per fan; every listed fan is fitted, so 0 RPM is kept. */
export function parseBraiinsFans(sections: Record<string, unknown[]>): number[] {
  const fans: number[] = [];
  for (const f of objects(sectionOf(sections, 'FANS'))) {
    const rpm = num(get(f, 'RPM'));
    if (rpm !== null && rpm >= 0 && fans.length < 16) fans.push(Math.min(Math.round(rpm), 100_000));
  }
  return fans;
}
