/**
 * Make, model and firmware from whatever identity the miner gave away: VERSION keys and values,
 * the stats header, envelope descriptions, CGI system info and the HTTP realm. Third-party
 * firmware is recognised first because it reuses the stock `CGMiner`/`BMMiner` strings too.
 */
import type { Firmware } from '../reading.js';
import { normalizeModelName } from './model-tables.js';
import { clip, get, isObj, str, unquote } from './values.js';
import type { Obj } from './values.js';

export interface DetectInput {
  /** VERSION[0] of a `version` reply. */
  version?: Obj | null;
  /** Header strings of `stats` (Type, Miner, BMMiner, CompileTime, …). */
  statsHeader?: Record<string, string> | null;
  /** Model already normalized from stats `Type` / INFO.type. */
  statsModel?: string | null;
  /** STATUS descriptions of every reply (Braiins says `BOSminer+ 0.2.0`, btminer `btminer`). */
  descriptions?: readonly (string | null)[];
  /** SUMMARY[0] — btminer's summary has fields no cgminer has. */
  summary?: Obj | null;
  /** DEVDETAILS[0] — btminer's names the model (`M60S.VK30`). */
  devdetails?: Obj | null;
  cgi?: {
    model: string | null;
    firmwareVersion: string | null;
    firmwareType: string | null;
  } | null;
  /** `WWW-Authenticate` of the web UI's 401. */
  realmIsAntminer?: boolean;
  /** Model the caller already knows (inventory), used when the miner does not say. */
  modelHint?: string | null;
}

export interface Detection {
  make: string | null;
  model: string | null;
  firmware: Firmware;
  firmwareVersion: string | null;
}

const MAKERS: ReadonlyArray<[prefix: string, make: string]> = [
  ['Antminer', 'Bitmain'],
  ['Whatsminer', 'MicroBT'],
  ['Avalon', 'Canaan'],
];

export function detectMiner(input: DetectInput): Detection {
  try {
    return detect(isObj(input) ? input : {});
  } catch {
    return { make: null, model: null, firmware: 'unknown', firmwareVersion: null };
  }
}

function detect(input: DetectInput): Detection {
  const version = input.version ?? null;
  const texts: string[] = [];
  if (version) {
    for (const k of Object.keys(version)) {
      texts.push(k);
      const v = version[k];
      if (typeof v === 'string') texts.push(v);
    }
  }
  if (input.statsHeader) texts.push(...Object.values(input.statsHeader));
  for (const d of input.descriptions ?? []) if (d) texts.push(d);
  if (input.cgi?.firmwareType) texts.push(input.cgi.firmwareType);
  const all = texts.join('\n');

  let firmware: Firmware = 'unknown';
  let firmwareVersion: string | null = null;
  if (/bosminer|braiins/i.test(all)) {
    firmware = 'braiins';
    firmwareVersion =
      vstr(version, 'BOSminer') ??
      vstr(version, 'BOSminer+') ??
      after(all, /BOSminer\+?\s+([^\s,;]+)/i);
  } else if (/luxminer|luxos/i.test(all)) {
    firmware = 'luxos';
    firmwareVersion = vstr(version, 'LUXminer') ?? after(all, /LUXminer\s+([^\s,;]+)/i);
  } else if (/vnish/i.test(all)) {
    firmware = 'vnish';
    firmwareVersion = after(all, /vnish[\s_/-]*v?(\d[^\s,;)]*)/i);
  } else if (/btminer|whatsminer/i.test(all) || isBtminerSummary(input.summary)) {
    firmware = 'whatsminer';
    firmwareVersion =
      unquote(input.summary ? str(get(input.summary, 'Firmware Version')) : null) ??
      unquote(vstr(version, 'Firmware Version')) ??
      vstr(version, 'fw_ver');
  } else if (
    /bmminer|cgminer/i.test(all) ||
    input.cgi ||
    input.realmIsAntminer ||
    input.statsModel
  ) {
    firmware = 'stock';
    firmwareVersion =
      input.cgi?.firmwareVersion ??
      input.statsHeader?.CompileTime?.trim() ??
      vstr(version, 'CompileTime') ??
      null;
  }

  const model =
    input.statsModel ??
    input.cgi?.model ??
    normalizeModelName(version ? get(version, 'Type') : null) ??
    whatsminerModel(input.devdetails, version) ??
    // BOSminer+ devdetails `Model` is usually the board's ("BHB42601"); some builds name the
    // machine there ("Antminer S19 XP"): take it only then.
    (firmware === 'braiins' && input.devdetails
      ? machineName(normalizeModelName(get(input.devdetails, 'Model')))
      : null) ??
    avalonModel(version) ??
    normalizeModelName(input.modelHint ?? null);

  let make: string | null = null;
  if (model) for (const [prefix, m] of MAKERS) if (model.startsWith(prefix)) make = m;
  if (!make && firmware === 'whatsminer') make = 'MicroBT';
  if (!make && input.realmIsAntminer) make = 'Bitmain';

  return { make, model: clip(model, 80), firmware, firmwareVersion: clip(firmwareVersion, 120) };
}

function machineName(model: string | null): string | null {
  return model && /^Antminer /.test(model) ? model : null;
}

function vstr(o: Obj | null, key: string): string | null {
  return o ? str(get(o, key)) : null;
}

function after(text: string, re: RegExp): string | null {
  const m = re.exec(text);
  return m ? m[1]! : null;
}

function isBtminerSummary(s: Obj | null | undefined): boolean {
  return isObj(s) && (get(s, 'Fan Speed In') !== undefined || get(s, 'Factory GHS') !== undefined);
}

/** btminer's `Model` ("M60S.VK30", "M60S_VK30") to the catalog name ("Whatsminer M60S"). */
function whatsminerModel(devdetails: Obj | null | undefined, version: Obj | null): string | null {
  const raw =
    (devdetails ? str(get(devdetails, 'Model')) : null) ??
    (version ? str(get(version, 'Model')) : null);
  if (!raw) return null;
  const m = /(?:whatsminer\s*)?(M\d{2}[A-Z]*\+?)/i.exec(raw);
  return m ? `Whatsminer ${m[1]!.toUpperCase()}` : null;
}

/** cgminer on Avalons: VERSION PROD "AvalonMiner 1466" or MODEL "1466". */
function avalonModel(version: Obj | null): string | null {
  if (!version) return null;
  const prod = str(get(version, 'PROD')) ?? '';
  const model = str(get(version, 'MODEL')) ?? '';
  if (!/avalon/i.test(prod) && !/^\d{3,4}/.test(model)) return null;
  const m = /(\d{3,4}[A-Za-z]*)/.exec(model || prod);
  return m ? `Avalon A${m[1]}` : null;
}
