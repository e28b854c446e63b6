/**
 * cgminer / bmminer RPC (TCP 4028): request text and reply envelopes. Shared by Antminer stock,
 * LuxOS, Vnish, Braiins (compat) and, for the envelope, Whatsminer's btminer.
 */
import { get, isObj, num, str } from './values.js';
import type { Obj } from './values.js';

export type RequestResult = { ok: true; request: string } | { ok: false; reason: string };

const COMMAND = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * The one write sent to a miner. JSON form joins report commands with `+` (API >= 3.1); the text
 * form (`summary|param`) cannot join, so several commands there are refused rather than guessed.
 */
export function buildCgminerRequest(
  commands: string | readonly string[],
  options: { format?: 'json' | 'text'; parameter?: string; newApi?: boolean } = {},
): RequestResult {
  if (typeof commands !== 'string' && !Array.isArray(commands)) {
    return { ok: false, reason: 'no command' };
  }
  options = isObj(options) ? options : {};
  const list: unknown[] = typeof commands === 'string' ? [commands] : [...commands];
  if (list.length === 0) return { ok: false, reason: 'no command' };
  for (const c of list) {
    if (typeof c !== 'string' || !COMMAND.test(c)) return { ok: false, reason: `bad command` };
  }
  const { parameter } = options;
  // A NUL or newline would end the request early on a line-reading server.
  if (parameter !== undefined && (typeof parameter !== 'string' || /[\0\n\r]/.test(parameter))) {
    return { ok: false, reason: 'bad parameter' };
  }
  if (options.format === 'text') {
    if (list.length > 1) return { ok: false, reason: 'text form takes one command' };
    if (parameter !== undefined && parameter.includes('|')) {
      return { ok: false, reason: 'bad parameter' };
    }
    return { ok: true, request: `${list[0]}|${parameter ?? ''}` };
  }
  const body: Obj = { command: list.join('+') };
  if (parameter !== undefined) body.parameter = parameter;
  if (options.newApi) body.new_api = true;
  return { ok: true, request: JSON.stringify(body) };
}

export type StatusLetter = 'S' | 'I' | 'W' | 'E' | 'F';

export interface Envelope {
  /** null when the reply carries no STATUS at all (some firmware omits it). */
  status: StatusLetter | null;
  code: number | null;
  msg: string | null;
  description: string | null;
  /** `"id":0` — the firmware cut the reply to fit its buffer; sections may be incomplete. */
  truncated: boolean;
  /** Section arrays by upper-case name (SUMMARY, STATS, …); a lone object becomes [object]. */
  sections: Record<string, unknown[]>;
  /** new_api / web stats carry an INFO object beside STATUS. */
  info: Obj | null;
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; reason: string };

const ACCESS_DENIED = 45;

function statusLetter(v: unknown): StatusLetter | null {
  const s = typeof v === 'string' ? v.trim().toUpperCase() : '';
  return s === 'S' || s === 'I' || s === 'W' || s === 'E' || s === 'F' ? s : null;
}

/**
 * One command's reply: `STATUS` as an array of one object (classic), an object (new_api) or a
 * flat letter with Code/Msg beside it (btminer). E and F are failures, with a reason; E code 45
 * is "access denied" (the command is not allowed for this client).
 */
export function readEnvelope(value: unknown): EnvelopeResult {
  if (!isObj(value)) return { ok: false, reason: 'reply is not an object' };
  const raw = get(value, 'STATUS');
  let head: Obj;
  if (Array.isArray(raw)) head = isObj(raw[0]) ? raw[0] : {};
  else if (isObj(raw)) head = raw;
  else head = value; // flat: STATUS, Code, Msg, Description at top level
  const status = statusLetter(Array.isArray(raw) || isObj(raw) ? get(head, 'STATUS') : raw);
  const code = num(get(head, 'Code') ?? get(head, 'code'));
  const msgRaw = get(head, 'Msg') ?? get(head, 'msg');
  const msg = str(msgRaw);
  const description = str(get(head, 'Description'));
  const sections: Record<string, unknown[]> = {};
  for (const key of Object.keys(value)) {
    if (key === 'STATUS' || key === 'id' || key === 'INFO') continue;
    const v = value[key];
    if (Array.isArray(v)) sections[key.toUpperCase()] = v;
    else if (isObj(v)) sections[key.toUpperCase()] = [v];
  }
  // btminer puts a reply's payload in Msg when it is an object (get_version, …).
  if (isObj(msgRaw) && !sections.MSG) sections.MSG = [msgRaw];
  const info = get(value, 'INFO');
  const envelope: Envelope = {
    status,
    code,
    msg,
    description,
    truncated: num(get(value, 'id')) === 0,
    sections,
    info: isObj(info) ? info : null,
  };
  if (status === 'E' || status === 'F') {
    const reason =
      code === ACCESS_DENIED
        ? 'access denied'
        : `miner error${code !== null ? ` ${code}` : ''}: ${msg ?? 'no message'}`;
    return { ok: false, reason };
  }
  return { ok: true, envelope };
}

export type CommandReply = { ok: true; envelope: Envelope } | { ok: false; reason: string };

/**
 * Split a reply into one envelope per command asked. A multi-command reply nests each envelope in
 * an array under the lower-case command name, `{"summary":[{…}],"stats":[{…}],"id":1}`; a single
 * command answers with the envelope itself. Firmware that refuses joined commands answers one
 * error envelope — every command then fails with that reason, so the caller can fall back to one
 * command per connection.
 */
export function splitReplies(
  value: unknown,
  commands: readonly string[],
): Record<string, CommandReply> {
  const out: Record<string, CommandReply> = {};
  if (!Array.isArray(commands)) return out;
  if (!isObj(value)) {
    for (const c of commands) out[c] = { ok: false, reason: 'reply is not an object' };
    return out;
  }
  const nested = commands.some((c) => Object.prototype.hasOwnProperty.call(value, c));
  if (!nested) {
    const whole = readEnvelope(value);
    for (const c of commands) {
      if (!whole.ok) out[c] = whole;
      else if (commands.length === 1 || hasSectionFor(whole.envelope, c)) out[c] = whole;
      else out[c] = { ok: false, reason: 'missing from reply' };
    }
    return out;
  }
  const cut = num(get(value, 'id')) === 0;
  for (const c of commands) {
    const part = get(value, c);
    const inner = Array.isArray(part) ? part[0] : part;
    if (inner === undefined) {
      out[c] = { ok: false, reason: cut ? 'truncated reply' : 'missing from reply' };
      continue;
    }
    const r = readEnvelope(inner);
    if (r.ok && cut) r.envelope.truncated = true;
    out[c] = r;
  }
  return out;
}

/** The section a report command answers in (`edevs` answers in DEVS on btminer). */
export function sectionName(command: string): string {
  const c = String(command).toLowerCase();
  return c === 'edevs' ? 'DEVS' : c.toUpperCase();
}

function hasSectionFor(env: Envelope, command: string): boolean {
  return sectionName(command) in env.sections;
}
