/**
 * Antminer web CGI (HTTP, digest auth): `get_system_info.cgi` for identity, `summary.cgi` for the
 * miner's own health verdicts, and the 401 realm as a make fingerprint.
 */
import { normalizeModelName } from './model-tables.js';
import { parseLenientJson } from './lenient-json.js';
import {
  clip,
  first,
  get,
  isObj,
  nonNegInt,
  normalizeMac,
  num,
  objects,
  round3,
  str,
  strOf,
} from './values.js';
import { toGhsFactor } from './boards.js';

export interface SystemInfo {
  model: string | null;
  mac: string | null;
  hostname: string | null;
  unitSerial: string | null;
  firmwareVersion: string | null;
  firmwareType: string | null;
}

export type CgiResult<T> =
  { ok: true; value: T; repairs: string[] } | { ok: false; reason: string };

function asObject(
  input: unknown,
): { ok: true; value: unknown; repairs: string[] } | { ok: false; reason: string } {
  if (typeof input === 'string') return parseLenientJson(input);
  if (isObj(input)) return { ok: true, value: input, repairs: [] };
  return { ok: false, reason: 'not a reply' };
}

export function parseSystemInfo(input: unknown): CgiResult<SystemInfo> {
  const parsed = asObject(input);
  if (!parsed.ok) return parsed;
  const o = parsed.value;
  if (!isObj(o)) return { ok: false, reason: 'system info: not an object' };
  return {
    ok: true,
    repairs: parsed.repairs,
    value: {
      model: normalizeModelName(get(o, 'minertype')),
      mac: normalizeMac(get(o, 'macaddr')),
      hostname: clip(strOf(o, 'hostname'), 120),
      unitSerial: clip(strOf(o, 'serinum'), 64),
      firmwareVersion: clip(strOf(o, 'system_filesystem_version'), 120),
      firmwareType: clip(strOf(o, 'firmware_type'), 40),
    },
  };
}

export interface CgiSummary {
  uptimeS: number | null;
  ths5s: number | null;
  thsAvg: number | null;
  thsIdeal: number | null;
  /** One line per status entry that is not "s", e.g. "fans: fan lost (code 2)". */
  problems: string[];
}

export function parseCgiSummary(input: unknown): CgiResult<CgiSummary> {
  const parsed = asObject(input);
  if (!parsed.ok) return parsed;
  if (!isObj(parsed.value)) return { ok: false, reason: 'summary.cgi: not an object' };
  const s = first(get(parsed.value, 'SUMMARY'));
  if (!s) return { ok: false, reason: 'summary.cgi: no SUMMARY' };
  const factor = toGhsFactor(get(s, 'rate_unit'));
  const rate = (k: string): number | null => {
    const n = num(get(s, k));
    return n === null || n < 0 ? null : round3((n * factor) / 1000);
  };
  const problems: string[] = [];
  for (const e of objects(get(s, 'status'))) {
    const status = str(get(e, 'status'));
    if (status !== null && status.toLowerCase() === 's') continue;
    const type = str(get(e, 'type')) ?? 'status';
    const msg = str(get(e, 'msg'));
    const code = num(get(e, 'code'));
    const line = `${type}: ${msg ?? `status ${status ?? 'missing'}`}${code !== null && code !== 0 ? ` (code ${code})` : ''}`;
    problems.push(line.slice(0, 300));
  }
  const elapsed = num(get(s, 'elapsed'));
  return {
    ok: true,
    repairs: parsed.repairs,
    value: {
      uptimeS: nonNegInt(elapsed),
      ths5s: rate('rate_5s'),
      thsAvg: rate('rate_avg') ?? rate('rate_30m'),
      thsIdeal: rate('rate_ideal'),
      problems,
    },
  };
}

/** A 401's `WWW-Authenticate` whose digest realm starts with `antMiner` marks an Antminer. */
export function realmIsAntminer(wwwAuthenticate: unknown): boolean {
  if (typeof wwwAuthenticate !== 'string') return false;
  const m = /realm\s*=\s*"?([^",]*)/i.exec(wwwAuthenticate);
  return m !== null && m[1]!.startsWith('antMiner');
}
