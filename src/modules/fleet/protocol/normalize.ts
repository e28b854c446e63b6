/**
 * One `MinerReading` from everything a collector fetched from one miner. Pure: it takes text (or
 * already-parsed values) and returns data; every failure becomes a line in `problems`.
 */
import type { MinerReading } from '../reading.js';
import { offlineReading } from '../reading.js';
import { parseAntminerStats } from './antminer-stats.js';
import type { AntminerStats } from './antminer-stats.js';
import { parseBraiinsBoards, parseBraiinsFans } from './braiins.js';
import { parseCgiSummary, parseSystemInfo, realmIsAntminer } from './cgi.js';
import type { CgiSummary, SystemInfo } from './cgi.js';
import { readEnvelope, splitReplies } from './cgminer.js';
import type { Envelope } from './cgminer.js';
import { detectMiner } from './detect.js';
import { parseLenientJson } from './lenient-json.js';
import type { ChipsLookup } from './model-tables.js';
import { parsePools } from './pools.js';
import { isTextReply, parseTextReply } from './text-reply.js';
import { parseWhatsminerEdevs, parseWhatsminerSummary } from './whatsminer.js';
import type { WhatsminerSummary } from './whatsminer.js';
import { clip, first, get, isObj, nonNegInt, normalizeMac, num, numOf, round3 } from './values.js';

export const REPLY_COMMANDS = [
  'summary',
  'stats',
  'pools',
  'version',
  'devs',
  'devdetails',
  'edevs',
  'temps',
  'fans',
] as const;
export type ReplyCommand = (typeof REPLY_COMMANDS)[number];

/** A reply as read from the socket (text, NUL and all) or a value parsed earlier. */
export type RawReply = unknown;

export interface NormalizeInput {
  ip: string;
  at: number;
  /** One reply per command; `combined` is a multi-command reply (`summary+stats+pools`). */
  replies?: Partial<Record<ReplyCommand | 'combined', RawReply>>;
  cgi?: { systemInfo?: RawReply; summary?: RawReply; wwwAuthenticate?: string };
  hints?: { model?: string | null; chipsPerBoard?: ChipsLookup };
  /** Failures the collector met before parsing (timeouts, refused commands). */
  problems?: readonly string[];
}

export type ParsedReply =
  | { ok: true; value: unknown; repairs: string[]; envelope: Envelope | null }
  | { ok: false; reason: string };

/**
 * The cheap entry for one reply: tolerant JSON, then the envelope when it is a single-command
 * reply (a multi-command reply has none at the top; use `splitReplies`).
 */
export function parseMinerReply(text: string): ParsedReply {
  const p = parseLenientJson(text);
  if (!p.ok) return p;
  const v = p.value;
  if (isObj(v) && get(v, 'STATUS') === undefined) {
    if (REPLY_COMMANDS.some((c) => get(v, c) !== undefined)) {
      return { ok: true, value: v, repairs: p.repairs, envelope: null };
    }
  }
  const env = readEnvelope(p.value);
  if (!env.ok) return env;
  return { ok: true, value: p.value, repairs: p.repairs, envelope: env.envelope };
}

const MAX_PROBLEMS = 50;
const MAX_REPAIRS = 50;

class Notes {
  readonly problems: string[] = [];
  readonly repairs: string[] = [];
  problem(s: string): void {
    const line = s.length > 300 ? s.slice(0, 300) : s;
    if (this.problems.length < MAX_PROBLEMS && !this.problems.includes(line))
      this.problems.push(line);
  }
  repair(s: string): void {
    const line = s.length > 120 ? s.slice(0, 120) : s;
    if (this.repairs.length < MAX_REPAIRS && !this.repairs.includes(line)) this.repairs.push(line);
  }
}

function parseRaw(raw: RawReply, label: string, notes: Notes): unknown {
  if (typeof raw !== 'string') return raw;
  if (isTextReply(raw)) {
    const t = parseTextReply(raw);
    if (t.ok) return t.value;
    notes.problem(`${label}: ${t.reason}`);
    return undefined;
  }
  const p = parseLenientJson(raw);
  if (!p.ok) {
    notes.problem(`${label}: ${p.reason}`);
    return undefined;
  }
  for (const r of p.repairs) notes.repair(`${label}:${r}`);
  return p.value;
}

/** Every command's envelope that came back usable; failures noted as problems. */
function collectEnvelopes(
  replies: NormalizeInput['replies'],
  notes: Notes,
): Map<ReplyCommand, Envelope> {
  const out = new Map<ReplyCommand, Envelope>();
  const take = (cmd: ReplyCommand, r: ReturnType<typeof readEnvelope>): void => {
    if (!r.ok) {
      notes.problem(`${cmd}: ${r.reason}`);
      return;
    }
    if (r.envelope.truncated) notes.repair(`${cmd}:truncated`);
    if (!out.has(cmd)) out.set(cmd, r.envelope);
  };
  if (!replies) return out;
  if (replies.combined !== undefined) {
    const value = parseRaw(replies.combined, 'combined', notes);
    if (isObj(value)) {
      const cmds = REPLY_COMMANDS.filter((c) => get(value, c) !== undefined);
      if (cmds.length === 0) {
        // Firmware that refuses joined commands answers one error envelope: say why, so the
        // collector falls back to one command per connection.
        const whole = readEnvelope(value);
        notes.problem(`combined: ${whole.ok ? 'no command in reply' : whole.reason}`);
      }
      const split = splitReplies(value, cmds);
      for (const c of cmds) take(c, split[c]!);
    } else if (value !== undefined) notes.problem('combined: reply is not an object');
  }
  for (const cmd of REPLY_COMMANDS) {
    const raw = replies[cmd];
    if (raw === undefined) continue;
    const value = parseRaw(raw, cmd, notes);
    if (value === undefined) continue;
    // The same multi-command value may be handed in under each of its commands.
    const nested =
      isObj(value) && get(value, 'STATUS') === undefined && get(value, cmd) !== undefined;
    take(cmd, nested ? splitReplies(value, [cmd])[cmd]! : readEnvelope(value));
  }
  return out;
}

export function normalizeReading(input: NormalizeInput): MinerReading {
  try {
    return normalizeUnsafe(input);
  } catch {
    // Unreachable by design; the contract is a reading, never an exception.
    return offlineReading(
      input?.ip ?? '0.0.0.0',
      input?.at ?? 0,
      'reading could not be normalized',
    );
  }
}

function normalizeUnsafe(input: NormalizeInput): MinerReading {
  const notes = new Notes();
  for (const p of input.problems ?? []) notes.problem(p);
  const env = collectEnvelopes(input.replies, notes);
  const sec = (c: ReplyCommand): Record<string, unknown[]> => env.get(c)?.sections ?? {};
  const hints = input.hints ?? {};

  let sysInfo: SystemInfo | null = null;
  let cgiSummary: CgiSummary | null = null;
  if (input.cgi?.systemInfo !== undefined) {
    const r = parseSystemInfo(input.cgi.systemInfo);
    if (r.ok) {
      sysInfo = r.value;
      for (const x of r.repairs) notes.repair(`system_info:${x}`);
    } else notes.problem(`system_info: ${r.reason}`);
  }
  if (input.cgi?.summary !== undefined) {
    const r = parseCgiSummary(input.cgi.summary);
    if (r.ok) {
      cgiSummary = r.value;
      for (const x of r.repairs) notes.repair(`summary.cgi:${x}`);
      for (const p of r.value.problems) notes.problem(p);
    } else notes.problem(`summary.cgi: ${r.reason}`);
  }
  const realmAntminer = realmIsAntminer(input.cgi?.wwwAuthenticate);

  if (env.size === 0 && !sysInfo && !cgiSummary) {
    const reading = offlineReading(input.ip, input.at, notes.problems[0] ?? 'no reply');
    reading.problems = notes.problems.length > 0 ? notes.problems : ['no reply'];
    reading.repairs = notes.repairs;
    return reading;
  }

  // Stats first: its header and Type feed detection.
  let stats: AntminerStats | null = null;
  const statsCut =
    env.get('stats')?.truncated === true || notes.repairs.includes('stats:truncated');
  if (env.has('stats')) {
    const r = parseAntminerStats(sec('stats'), {
      model: null,
      chipsPerBoard: hints.chipsPerBoard,
      truncated: statsCut,
    });
    if (r.ok) stats = r.stats;
    else notes.problem(r.reason);
  }
  const summary = first(sec('summary').SUMMARY);
  const detection = detectMiner({
    version: first(sec('version').VERSION),
    statsHeader: stats?.header ?? null,
    statsModel: stats?.model ?? null,
    descriptions: [...env.values()].map((e) => e.description),
    summary,
    devdetails: first(sec('devdetails').DEVDETAILS),
    cgi: sysInfo,
    realmIsAntminer: realmAntminer,
    modelHint: hints.model ?? null,
  });
  const model = detection.model;
  const modelOpts = { model, chipsPerBoard: hints.chipsPerBoard };
  // Stats parsed before the model was known (hint or VERSION) need the model's tables.
  if (stats && stats.model === null && model !== null) {
    const r = parseAntminerStats(sec('stats'), { ...modelOpts, truncated: statsCut });
    if (r.ok) stats = r.stats;
  }

  let boards = stats?.boards ?? [];
  let fans = stats?.fansRpm ?? [];
  let ths5s = stats?.ths5s ?? null;
  let thsAvg = stats?.thsAvg ?? null;
  let thsIdeal = stats?.thsIdeal ?? null;
  let uptimeS = stats?.uptimeS ?? null;
  let powerW: number | null = null;
  let mac = sysInfo?.mac ?? null;
  let firmwareVersion = detection.firmwareVersion;

  if (detection.firmware === 'whatsminer') {
    let wm: WhatsminerSummary | null = null;
    if (env.has('summary')) {
      const r = parseWhatsminerSummary(sec('summary'));
      if (r.ok) wm = r.summary;
      else notes.problem(r.reason);
    }
    if (wm) {
      ({ ths5s, thsAvg, thsIdeal, uptimeS, powerW } = wm);
      fans = wm.fansRpm;
      mac = mac ?? normalizeMac(wm.mac);
      firmwareVersion = firmwareVersion ?? clip(wm.firmwareVersion, 120);
    }
    const devSections = env.has('edevs') ? sec('edevs') : sec('devs');
    if (devSections.DEVS) {
      const r = parseWhatsminerEdevs(devSections, modelOpts);
      if (r.ok) boards = r.boards;
    }
  } else if (detection.firmware === 'braiins' && env.has('devs')) {
    const r = parseBraiinsBoards(
      { devs: sec('devs'), devdetails: sec('devdetails'), temps: sec('temps') },
      modelOpts,
    );
    if (r.ok) {
      boards = r.result.boards;
      thsIdeal = thsIdeal ?? r.result.thsIdeal;
    } else notes.problem(r.reason);
    if (env.has('fans')) fans = parseBraiinsFans(sec('fans'));
  }

  // cgminer summary and summary.cgi fill what stats did not say.
  if (summary) {
    ths5s = ths5s ?? summaryThs(summary, ['GHS 5s', 'THS 5s', 'MHS 5s', 'MHS 1m']);
    thsAvg = thsAvg ?? summaryThs(summary, ['GHS av', 'THS av', 'MHS av']);
    uptimeS = uptimeS ?? nonNegInt(get(summary, 'Elapsed'));
    const p = num(get(summary, 'Power'));
    powerW = powerW ?? (p !== null && p > 0 && p <= 100_000 ? p : null);
  }
  if (cgiSummary) {
    ths5s = ths5s ?? cgiSummary.ths5s;
    thsAvg = thsAvg ?? cgiSummary.thsAvg;
    thsIdeal = thsIdeal ?? cgiSummary.thsIdeal;
    uptimeS = uptimeS ?? cgiSummary.uptimeS;
  }

  return {
    ip: input.ip,
    at: input.at,
    online: true,
    make: clip(detection.make, 40),
    model,
    firmware: detection.firmware,
    firmwareVersion,
    unitSerial: sysInfo?.unitSerial ?? null,
    mac,
    hostname: sysInfo?.hostname ?? null,
    uptimeS,
    hashrate: { ths5s, thsAvg, thsIdeal },
    boards: boards.slice(0, 32),
    fansRpm: fans.slice(0, 16),
    powerW,
    pools: parsePools(sec('pools')),
    problems: notes.problems,
    repairs: notes.repairs,
  };
}

/** The key's own unit prefix says how to scale it (GHS, THS, MHS). */
function summaryThs(s: Record<string, unknown>, keys: string[]): number | null {
  for (const k of keys) {
    const n = numOf(s, k);
    if (n === null || n < 0) continue;
    const scale = k.startsWith('THS') ? 1 : k.startsWith('GHS') ? 1e-3 : 1e-6;
    return round3(n * scale);
  }
  return null;
}
