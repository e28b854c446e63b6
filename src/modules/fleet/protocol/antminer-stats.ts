/**
 * Antminer `stats`, in both shapes firmware answers with:
 * - classic (bmminer/cgminer, LuxOS, Vnish): STATS[0] a header, STATS[1] flat keys per chain N;
 * - new_api (`"new_api":true`, web stats.cgi): STATUS object, INFO, STATS[0] with chain[] array.
 */
import type { BoardReading } from '../reading.js';
import { anyTemp, makeBoard, sideTemps, toGhsFactor } from './boards.js';
import {
  chipsExpectedFor,
  fanSlotsFor,
  normalizeModelName,
  tempLayoutFor,
} from './model-tables.js';
import type { ChipsLookup } from './model-tables.js';
import {
  dashList,
  first,
  get,
  isObj,
  nonNegInt,
  num,
  numOf,
  objects,
  round3,
  str,
  strOf,
} from './values.js';
import type { Obj } from './values.js';

export interface AntminerStats {
  shape: 'classic' | 'new_api';
  /** Normalized `Type` ("Antminer S21"), null when the header has none. */
  model: string | null;
  /** Header strings as sent (`BMMiner`, `CGMiner`, `Miner`, `CompileTime`, `Type`), for detection. */
  header: Record<string, string>;
  uptimeS: number | null;
  ths5s: number | null;
  thsAvg: number | null;
  thsIdeal: number | null;
  fansRpm: number[];
  boards: BoardReading[];
}

export interface StatsOptions {
  /** Used when the header names no model (the collector may know it from inventory). */
  model?: string | null;
  chipsPerBoard?: ChipsLookup;
  /**
   * The reply was cut (`"id":0` or repaired as truncated): a chain whose rate never arrived is
   * dropped rather than reported at 0 TH/s, which would read as a dead board.
   */
  truncated?: boolean;
}

export type StatsResult = { ok: true; stats: AntminerStats } | { ok: false; reason: string };

/** `sections` is the envelope's section map, or the whole parsed reply. */
export function parseAntminerStats(input: unknown, options: StatsOptions = {}): StatsResult {
  try {
    if (!isObj(options)) options = {};
    if (!isObj(input)) return { ok: false, reason: 'stats: not an object' };
    const statsList = objects(get(input, 'STATS'));
    if (statsList.length === 0) return { ok: false, reason: 'stats: no STATS section' };
    const s0 = statsList[0]!;
    if (Array.isArray(get(s0, 'chain'))) return { ok: true, stats: newApi(input, s0, options) };
    // Classic: the data object follows the header; some firmware sends it alone.
    const data = statsList.find((o) => get(o, 'Elapsed') !== undefined || hasChainKey(o));
    if (!data) return { ok: false, reason: 'stats: no data object' };
    return { ok: true, stats: classic(s0 === data ? null : s0, data, options) };
  } catch {
    return { ok: false, reason: 'stats: unreadable' };
  }
}

const HEADER_KEYS = ['BMMiner', 'CGMiner', 'LUXminer', 'Miner', 'CompileTime', 'Type'];

function headerStrings(h: Obj | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const k of HEADER_KEYS) {
    const v = get(h, k);
    if (typeof v === 'string') out[k] = v.length > 200 ? v.slice(0, 200) : v;
  }
  return out;
}

function ths(ghs: number | null, factor: number): number | null {
  if (ghs === null || ghs < 0) return null;
  return round3((ghs * factor) / 1000);
}

function hasChainKey(o: Obj): boolean {
  return get(o, 'chain_acn1') !== undefined || get(o, 'chain_acn6') !== undefined;
}

/** Chain slots that carry any key; S9 numbers them 6..8, others 1..3 (+ an empty 4th). */
const MAX_SLOT = 16;

function classic(header: Obj | null, d: Obj, options: StatsOptions): AntminerStats {
  const model =
    normalizeModelName(header ? get(header, 'Type') : get(d, 'Type')) ?? options.model ?? null;
  const factor = toGhsFactor(get(d, 'rate_unit'));
  const layout = tempLayoutFor(model);
  const expected = chipsExpectedFor(model, options.chipsPerBoard);

  const present: { slot: number; board: BoardReading }[] = [];
  for (let n = 1; n <= MAX_SLOT; n++) {
    const acn = get(d, `chain_acn${n}`);
    const rateRaw = get(d, `chain_rate${n}`);
    if (acn === undefined && rateRaw === undefined) continue;
    if (options.truncated && rateRaw === undefined) continue;
    const chips = num(acn) ?? countChips(get(d, `chain_acs${n}`));
    const rate = num(rateRaw);
    const pcbList = dashList(get(d, `temp_pcb${n}`)) ?? dashList(get(d, `temp${n}`));
    const chipList = dashList(get(d, `temp_chip${n}`)) ?? dashList(get(d, `temp2_${n}`));
    const pcb = sideTemps(pcbList, layout);
    const chip = sideTemps(chipList, layout);
    const hw = num(get(d, `chain_hw${n}`));
    // An absent chain reads chips 0, rate "" (LuxOS "0") and temps "0-0-0-0": drop it. A board
    // that is seated but found no chips still shows temperatures, and is kept.
    if (!((chips ?? 0) > 0 || (rate ?? 0) > 0 || anyTemp(pcb) || anyTemp(chip) || (hw ?? 0) > 0)) {
      continue;
    }
    present.push({
      slot: n,
      board: makeBoard({
        index: 0,
        chips,
        chipsExpected: expected,
        rateGhs: rate === null ? null : rate * factor,
        idealGhs: mul(numOf(d, `chain_rateideal${n}`), factor),
        pcb,
        chip,
        hwErrors: hw,
        freqMhz: numOf(d, `freq${n}`, `freq_avg${n}`),
      }),
    });
  }
  // Index = slot position from 0: slots 1..N map to 0..N-1 and S9's 6..8 to 0..2, so a missing
  // middle board leaves a gap instead of shifting the boards after it.
  const base = present.length > 0 && present[0]!.slot >= 6 ? 6 : 1;
  const boards = present.map(({ slot, board }) => ({ ...board, index: Math.min(31, slot - base) }));

  const ideal = numOf(d, 'total_rateideal', 'total rateideal', 'rate_ideal');
  return {
    shape: 'classic',
    model,
    header: headerStrings(header),
    uptimeS: uptime(get(d, 'Elapsed')),
    ths5s: ths(numOf(d, 'GHS 5s', 'total rate', 'total_rate'), 1),
    thsAvg: ths(numOf(d, 'GHS av', 'rate_30m'), 1),
    thsIdeal: ths(ideal, factor),
    fansRpm: classicFans(d, model),
    boards: boards.slice(0, 32),
  };
}

function mul(n: number | null, f: number): number | null {
  return n === null ? null : n * f;
}

function uptime(v: unknown): number | null {
  return nonNegInt(v);
}

/** `chain_acs` is one character per chip (`o` ok, `x` bad) with spaces between groups. */
function countChips(v: unknown): number | null {
  if (typeof v !== 'string' || v.length === 0) return null;
  let n = 0;
  for (let i = 0; i < v.length; i++) if (v[i] === 'o' || v[i] === 'x') n++;
  return n;
}

function classicFans(d: Obj, model: string | null): number[] {
  const slots = fanSlotsFor(model);
  const fans: number[] = [];
  for (let n = 1; n <= 8; n++) {
    const rpm = num(get(d, `fan${n}`));
    if (rpm === null || rpm < 0) continue;
    if (slots.includes(n) || rpm > 0) fans.push(Math.min(Math.round(rpm), 100_000));
  }
  return fans;
}

function newApi(input: Obj, s0: Obj, options: StatsOptions): AntminerStats {
  const info = first(get(input, 'INFO'));
  const model =
    normalizeModelName(info ? (get(info, 'type') ?? get(info, 'Type')) : null) ??
    options.model ??
    null;
  const factor = toGhsFactor(get(s0, 'rate_unit'));
  const layout = tempLayoutFor(model);
  const expected = chipsExpectedFor(model, options.chipsPerBoard);
  const chains = objects(get(s0, 'chain'))
    .map((c, pos) => ({ c, slot: num(get(c, 'index')) ?? pos }))
    .sort((a, b) => a.slot - b.slot);
  const boards: BoardReading[] = [];
  for (const { c, slot } of chains) {
    const chips = num(get(c, 'asic_num'));
    const rate = num(get(c, 'rate_real'));
    const pcb = sideTemps(dashList(get(c, 'temp_pcb')), layout);
    const chip = sideTemps(dashList(get(c, 'temp_chip')), layout);
    const serial = str(get(c, 'sn'));
    if (!((chips ?? 0) > 0 || (rate ?? 0) > 0 || anyTemp(pcb) || anyTemp(chip) || serial)) continue;
    boards.push(
      makeBoard({
        index: slot,
        serial,
        chips,
        chipsExpected: expected,
        rateGhs: mul(rate, factor),
        idealGhs: mul(num(get(c, 'rate_ideal')), factor),
        pcb,
        chip,
        hwErrors: num(get(c, 'hw')),
        freqMhz: num(get(c, 'freq_avg')),
      }),
    );
  }
  const fans: number[] = [];
  const slots = fanSlotsFor(model);
  const fanList = get(s0, 'fan');
  if (Array.isArray(fanList)) {
    fanList.forEach((v, i) => {
      const rpm = num(v);
      // new_api lists fitted fans only, so every listed fan counts — except on models without
      // fans at all, where a 0 is an empty header rather than a stopped fan.
      if (rpm !== null && rpm >= 0 && (slots.length > 0 || rpm > 0) && i < 16) {
        fans.push(Math.min(Math.round(rpm), 100_000));
      }
    });
  }
  const header: Record<string, string> = {};
  if (info) {
    const mv = strOf(info, 'miner_version');
    const ct = strOf(info, 'CompileTime');
    if (mv) header.miner_version = mv;
    if (ct) header.CompileTime = ct;
    const t = get(info, 'type');
    if (typeof t === 'string') header.Type = t;
  }
  return {
    shape: 'new_api',
    model,
    header,
    uptimeS: uptime(get(s0, 'elapsed')),
    ths5s: ths(num(get(s0, 'rate_5s')), factor),
    thsAvg: ths(numOf(s0, 'rate_avg', 'rate_30m'), factor),
    thsIdeal: ths(num(get(s0, 'rate_ideal')), factor),
    fansRpm: fans,
    boards: boards.slice(0, 32),
  };
}
