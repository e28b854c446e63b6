import { AppError } from '../../../platform/errors.js';
import { hash01, hashString } from './prng.js';

/** Faults of simulated miners: the kinds (and reply quirks), parsing them, and rates of onset. */

/** Reply quirks of ../shared/domain/miner-api.md (`trailing_nul` is what every reply does). */
export const QUIRKS = [
  'trailing_nul',
  'brace_no_comma',
  'leading_comma',
  'trailing_comma',
  'missing_comma',
  'nan',
  'raw_newline',
  'bad_escape',
  'empty_value',
  'duplicate_keys',
  'misspelled',
  'truncated',
  'empty',
  'garbage',
] as const;
export type Quirk = (typeof QUIRKS)[number];

export const FAULT_KINDS = [
  'board_dead',
  'chips_drop',
  'fan_stop',
  'overheat',
  'hashrate_decay',
  'offline',
  'reboot_loop',
  'malformed',
  'hang',
  'keep_open',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault as asked: `board_dead`, `board_dead:2` (board 2), `fan_stop:0`, `malformed:nan`. */
export interface FaultSpec {
  kind: FaultKind;
  /** `malformed` only. */
  quirk?: Quirk;
  /** Board (board_dead, chips_drop) or fan (fan_stop) index from 0; else chosen by the seed. */
  target?: number;
}

/** A fault in force on a miner from `since` (epoch ms; a scheduled fault may start later). */
export interface Fault extends FaultSpec {
  since: number;
}

/** Parse `kind[:arg]`; `clear` gives null. Throws one clear line on anything else. */
export function parseFault(text: string): FaultSpec | null {
  const t = text.trim();
  if (t === 'clear') return null;
  const [kind, arg] = t.split(':', 2) as [string, string | undefined];
  if (!(FAULT_KINDS as readonly string[]).includes(kind))
    throw new AppError(
      'invalid',
      'SIM_BAD_FAULT',
      `unknown fault "${t}"; one of ${FAULT_KINDS.join(', ')}, malformed:<quirk> or clear`,
    );
  if (kind === 'malformed') {
    if (arg === undefined || !(QUIRKS as readonly string[]).includes(arg))
      throw new AppError(
        'invalid',
        'SIM_BAD_FAULT',
        `malformed needs a quirk: malformed:<${QUIRKS.join('|')}>, not "${t}"`,
      );
    return { kind, quirk: arg as Quirk };
  }
  if (arg !== undefined) {
    const n = Number(arg);
    if (
      !['board_dead', 'chips_drop', 'fan_stop'].includes(kind) ||
      !Number.isInteger(n) ||
      n < 0 ||
      n > 15
    )
      throw new AppError('invalid', 'SIM_BAD_FAULT', `bad fault argument in "${t}"`);
    return { kind: kind as FaultKind, target: n };
  }
  return { kind: kind as FaultKind };
}

export function faultLabel(f: FaultSpec): string {
  if (f.quirk !== undefined) return `${f.kind}:${f.quirk}`;
  return f.target !== undefined ? `${f.kind}:${f.target}` : f.kind;
}

/** A fault rate: the probability that a miner has it at start, and/or its onset rate per hour. */
export interface FaultRate {
  fault: FaultSpec;
  atStart?: number;
  perHour?: number;
}

/** `board_dead=0.01,fan_stop=0.005/h,malformed:nan=0.002` (plain = at start, `/h` = per hour). */
export function parseFaultRates(text: string): FaultRate[] {
  const rates: FaultRate[] = [];
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const m = /^\s*([a-z_]+(?::[a-z_0-9]+)?)\s*=\s*([0-9.]+(?:e-?\d+)?)\s*(\/h)?\s*$/.exec(part);
    const p = m ? Number(m[2]) : NaN;
    if (!m || !Number.isFinite(p) || p < 0 || (!m[3] && p > 1))
      throw new AppError(
        'invalid',
        'SIM_BAD_FAULT_RATE',
        `bad fault rate "${part.trim()}"; write fault=probability or fault=rate/h, e.g. board_dead=0.01,fan_stop=0.002/h`,
      );
    const fault = parseFault(m[1]!);
    if (fault === null)
      throw new AppError('invalid', 'SIM_BAD_FAULT_RATE', '"clear" cannot have a rate');
    rates.push(m[3] ? { fault, perHour: p } : { fault, atStart: p });
  }
  return rates;
}

/** Scheduled faults of miner `index` from the fault rates: pure in (seed, index, rates). */
export function scheduledFaults(
  seed: number,
  index: number,
  rates: readonly FaultRate[],
  epochMs: number,
): Fault[] {
  const out: Fault[] = [];
  for (const r of rates) {
    const salt = hashString(faultLabel(r.fault));
    const base: FaultSpec = { ...r.fault };
    if (r.atStart && hash01(seed, index, salt, 1) < r.atStart) {
      // Some faults have been there a while (a decaying board at start is already down a bit).
      out.push({ ...base, since: epochMs - Math.floor(hash01(seed, index, salt, 2) * 3_600_000) });
      continue;
    }
    if (r.perHour && r.perHour > 0) {
      const u = hash01(seed, index, salt, 3);
      const hours = -Math.log(1 - u) / r.perHour;
      if (hours < 24 * 365) out.push({ ...base, since: epochMs + Math.floor(hours * 3_600_000) });
    }
  }
  return out;
}
