import { SEED_MODELS, type SeedModel } from '../../catalog/index.js';
import { AppError } from '../../../platform/errors.js';
import { hash01, hash32, hashNormal, hashString } from './prng.js';

/**
 * The simulated fleet: who each miner is (a static descriptor, a pure function of the seed and
 * the miner's index) and what it reports at a time (a pure function of seed, miner, time and the
 * faults in force). Model figures come from the catalog's SEED_MODELS; nothing here is a model
 * constant.
 */

export const SIM_FIRMWARES = ['stock', 'luxos', 'vnish', 'braiins', 'whatsminer'] as const;
export type SimFirmware = (typeof SIM_FIRMWARES)[number];

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

/** `Antminer S21=0.7,Whatsminer M60S=0.1` → shares by model name (names checked later). */
export function parseShares(text: string, what: string): Record<string, number> {
  const shares: Record<string, number> = {};
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const at = part.lastIndexOf('=');
    const name = part.slice(0, at).trim();
    const share = Number(part.slice(at + 1));
    if (at < 1 || !name || !Number.isFinite(share) || share < 0)
      throw new AppError('invalid', 'SIM_BAD_SHARES', `bad ${what} share "${part.trim()}"`);
    shares[name] = share;
  }
  return shares;
}

export interface SimBoard {
  /** Slot from 0 (rendered 1-based in the classic chain keys). */
  index: number;
  serial: string;
  chips: number;
  idealGhs: number;
  freqMhz: number;
}

export interface SimPool {
  url: string;
  user: string;
}

/** How this miner's firmware writes its replies (each varies across a real fleet). */
export interface RenderVariant {
  /** `GHS 5s` as a string (older bmminer) rather than a number. */
  ghs5sString: boolean;
  totalRateKey: 'total rate' | 'total_rate';
  /** Spaces after `Type` in the stats header ("Antminer S21  "). */
  typeTrailingSpaces: number;
  /** A 4th, empty chain slot in classic stats. */
  emptyFourthChain: boolean;
  /** Whatsminer: a flat `STATUS:"S"` instead of the array. */
  flatStatus: boolean;
  /** A glitching PCB sensor reading below zero on board 0. */
  negativePcb: boolean;
  compileTime: string;
  minerVersion: string;
}

/** One simulated miner; static for the run. */
export interface SimMiner {
  /** Index in the whole fleet (stable across shards). */
  index: number;
  address: string;
  make: 'Bitmain' | 'MicroBT';
  model: string;
  firmware: SimFirmware;
  firmwareVersion: string;
  serial: string;
  /** Lower-case, locally administered (02:…). */
  mac: string;
  hostname: string;
  boards: SimBoard[];
  chipsPerBoard: number;
  fans: number;
  cooling: 'air' | 'water';
  idealGhs: number;
  powerW: number;
  /** Answers a `a+b` multi-command with STATUS E "Invalid command". */
  rejectsMultiCommand: boolean;
  /** Serves the Antminer web CGI (stock, LuxOS, Vnish Antminers). */
  cgi: boolean;
  pools: SimPool[];
  /** When the miner last booted before the simulation (epoch ms). */
  bootAt: number;
  variant: RenderVariant;
  /** Internal: hash of (seed, index), salt of every per-miner random value. */
  key: number;
}

export interface FleetOptions {
  seed: number;
  /** First address (default 127.1.0.1); hosts .1–.254 of each /24 are used. */
  start?: string;
  /** Shares by SEED_MODELS name (Bitmain and MicroBT models only). */
  models?: Record<string, number>;
  /** Shares of third-party firmware on Antminers; the rest run stock. */
  firmwares?: Partial<Record<'luxos' | 'vnish' | 'braiins', number>>;
  /** Models (a regular expression on the name) of which `share` reject multi-commands. */
  rejectMultiCommand?: { pattern: string; share: number };
  serialPrefix?: string;
  boardSerialPrefix?: string;
  /** Chips per board when the catalog does not know it (a simulator assumption). */
  unknownChipsPerBoard?: number;
  /** The simulation's time zero (epoch ms); boots are spread before it. */
  epochMs: number;
}

export const DEFAULT_MODEL_SHARES: Record<string, number> = {
  'Antminer S21': 0.4,
  'Antminer S19 XP': 0.2,
  'Antminer S19j Pro': 0.12,
  'Antminer S21 Pro': 0.05,
  'Antminer T21': 0.04,
  'Antminer S21 Hydro': 0.04,
  'Whatsminer M60S': 0.15,
};
export const DEFAULT_FIRMWARE_SHARES = { luxos: 0.03, vnish: 0.03, braiins: 0.03 };
export const DEFAULT_REJECT_MULTI = { pattern: '^Antminer S19', share: 0.5 };

const FW_VERSIONS: Record<SimFirmware, string[]> = {
  stock: ['2.0.0', '1.0.0'],
  luxos: ['2024.11.5.203712-8ae3d1c', '2025.3.12.171530-2c1fa4e'],
  vnish: ['1.2.4', '1.2.6'],
  braiins: ['0.2.0-6c7e2a67', '23.03.2-plus'],
  whatsminer: ['20230911.16.Rel', '20240412.22.REL'],
};
const COMPILE_TIMES = [
  'Thu Jul 13 11:40:26 CST 2023',
  'Mon Jan 22 14:05:51 CST 2024',
  'Fri Mar 17 09:12:33 CST 2023',
];

export function ipToInt(ip: string): number {
  const parts = ip.split('.');
  if (parts.length !== 4) throw new AppError('invalid', 'SIM_BAD_ADDRESS', `bad address "${ip}"`);
  let n = 0;
  for (const p of parts) {
    const v = Number(p);
    if (!/^\d{1,3}$/.test(p) || v > 255)
      throw new AppError('invalid', 'SIM_BAD_ADDRESS', `bad address "${ip}"`);
    n = n * 256 + v;
  }
  return n;
}

export function intToIp(n: number): string {
  return `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** Address of the i-th miner from `start`, hosts .1–.254 only, always inside 127.0.0.0/8. */
export function addressOf(start: string, i: number): string {
  const s = ipToInt(start);
  const last = s % 256;
  if (last === 0 || last === 255)
    throw new AppError('invalid', 'SIM_BAD_ADDRESS', `start ${start} must end in .1–.254`);
  const p = last - 1 + i;
  const n = (Math.floor(s / 256) + Math.floor(p / 254)) * 256 + (p % 254) + 1;
  assertLoopback(intToIp(n));
  return intToIp(n);
}

export function assertLoopback(ip: string): void {
  const n = ipToInt(ip);
  if (Math.floor(n / 16777216) !== 127 || n === 0x7fffffff)
    throw new AppError(
      'invalid',
      'SIM_NOT_LOOPBACK',
      `the simulator only listens on loopback (127.0.0.0/8); ${ip} is not`,
    );
}

function pick<T extends string>(shares: Record<T, number>, u: number): T {
  const entries = Object.entries(shares) as [T, number][];
  const total = entries.reduce((s, [, v]) => s + v, 0);
  let acc = 0;
  for (const [k, v] of entries) {
    acc += v / total;
    if (u < acc) return k;
  }
  return entries[entries.length - 1]![0];
}

/** Resolve and check model shares against SEED_MODELS. */
export function resolveModels(shares: Record<string, number>): Map<string, SeedModel> {
  const found = new Map<string, SeedModel>();
  let total = 0;
  for (const [name, share] of Object.entries(shares)) {
    const m = SEED_MODELS.find((x) => x.name === name);
    if (!m || (m.maker !== 'Bitmain' && m.maker !== 'MicroBT'))
      throw new AppError(
        'invalid',
        'SIM_UNKNOWN_MODEL',
        `cannot simulate "${name}"; models: ${SEED_MODELS.filter((x) => x.maker !== 'Canaan')
          .map((x) => x.name)
          .join(', ')}`,
      );
    found.set(name, m);
    total += share;
  }
  if (!(total > 0)) throw new AppError('invalid', 'SIM_BAD_SHARES', 'model shares sum to 0');
  return found;
}

const S_MODEL = 1,
  S_FW = 2,
  S_MULTI = 3,
  S_BOOT = 4,
  S_VAR = 5;

/** The static descriptor of miner `index`: a pure function of (options, index). */
export function buildMiner(
  o: FleetOptions,
  index: number,
  models = resolveModels(o.models ?? DEFAULT_MODEL_SHARES),
): SimMiner {
  const key = hash32(o.seed, index, 0x51);
  const shares = o.models ?? DEFAULT_MODEL_SHARES;
  const model = models.get(pick(shares, hash01(key, S_MODEL)))!;
  const whatsminer = model.maker === 'MicroBT';
  let firmware: SimFirmware = whatsminer ? 'whatsminer' : 'stock';
  if (!whatsminer) {
    const fw = { ...DEFAULT_FIRMWARE_SHARES, ...o.firmwares };
    const u = hash01(key, S_FW);
    let acc = 0;
    for (const [name, share] of Object.entries(fw) as [SimFirmware, number][]) {
      acc += share;
      if (u < acc) {
        firmware = name;
        break;
      }
    }
  }
  const versions = FW_VERSIONS[firmware];
  const firmwareVersion = versions[hash32(key, S_VAR, 1) % versions.length]!;
  const year = /^(\d{4})/.exec(model.released)?.[1] ?? '2024';
  const digits = String((index * 7919 + (o.seed % 9973)) % 10_000_000).padStart(7, '0');
  const serial = `${o.serialPrefix ?? 'RGL'}${year}${digits}`;
  const macBytes = [
    0x02,
    (o.seed >>> 0) % 256,
    ...[24, 16, 8, 0].map((s) => ((index ^ (hash32(o.seed, 0x3ac) & 0xffff)) >>> s) & 255),
  ];
  const mac = macBytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
  const slug = model.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const chipsPerBoard = model.chipsPerBoard ?? o.unknownChipsPerBoard ?? 100;
  const boardsN = model.boards;
  const idealGhs = model.hashrateThs * 1000 * (0.98 + 0.04 * hash01(key, S_VAR, 2));
  const baseFreq = 400 + Math.round(200 * hash01(key, S_VAR, 3));
  const boards: SimBoard[] = [];
  for (let b = 0; b < boardsN; b++)
    boards.push({
      index: b,
      serial: `${o.boardSerialPrefix ?? 'HB'}${year}${digits}${b}`,
      chips: chipsPerBoard,
      idealGhs: idealGhs / boardsN,
      freqMhz: baseFreq,
    });
  const reject = o.rejectMultiCommand ?? DEFAULT_REJECT_MULTI;
  const rejectsMultiCommand =
    !whatsminer &&
    firmware === 'stock' &&
    new RegExp(reject.pattern).test(model.name) &&
    hash01(key, S_MULTI) < reject.share;
  const s19 = /S19/.test(model.name);
  const variant: RenderVariant = {
    ghs5sString: firmware === 'stock' || firmware === 'vnish' ? s19 : false,
    totalRateKey: hash01(key, S_VAR, 4) < 0.5 ? 'total rate' : 'total_rate',
    typeTrailingSpaces: hash01(key, S_VAR, 5) < 0.2 ? 1 + (hash32(key, S_VAR, 6) % 3) : 0,
    emptyFourthChain: s19 && firmware === 'stock' && hash01(key, S_VAR, 7) < 0.5,
    flatStatus: whatsminer && hash01(key, S_VAR, 8) < 0.5,
    negativePcb: hash01(key, S_VAR, 9) < 0.03,
    compileTime: COMPILE_TIMES[hash32(key, S_VAR, 10) % COMPILE_TIMES.length]!,
    minerVersion: s19 ? 'uart_trans.1.3' : 'uart_trans.1.5',
  };
  const worker = `rigline.${serial.slice(-6)}`;
  return {
    index,
    address: addressOf(o.start ?? '127.1.0.1', index),
    make: whatsminer ? 'MicroBT' : 'Bitmain',
    model: model.name,
    firmware,
    firmwareVersion,
    serial,
    mac,
    hostname: `${slug}-${String(index + 1).padStart(5, '0')}`,
    boards,
    chipsPerBoard,
    fans: model.fans ?? 0,
    cooling: model.cooling,
    idealGhs,
    powerW: model.powerW,
    rejectsMultiCommand,
    cgi: !whatsminer && firmware !== 'braiins',
    pools: [
      { url: 'stratum+tcp://pool.example.net:3333', user: worker },
      { url: 'stratum+tcp://pool-b.example.net:443', user: worker },
      { url: 'stratum+tcp://backup.example.org:25', user: worker },
    ],
    bootAt: o.epochMs - Math.floor(hash01(key, S_BOOT) * 14 * 86_400_000) - 600_000,
    variant,
    key,
  };
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

export interface BoardState {
  index: number;
  present: boolean;
  chips: number;
  /** Chips detected but bad (`x` in chain_acs). */
  badChips: number;
  rateGhs: number;
  idealGhs: number;
  freqMhz: number;
  hw: number;
  /** Four values as the firmware orders them (air: inlet, inlet, outlet, outlet). */
  pcb: [number, number, number, number];
  chip: [number, number, number, number];
  pic: [number, number, number, number];
}

export type StatusCode = 's' | 'w' | 'e';

export interface MinerState {
  /** Epoch ms of the state. */
  at: number;
  /** The API accepts connections (false: offline or rebooting). */
  listening: boolean;
  hang: boolean;
  keepOpen: boolean;
  quirk: Quirk | null;
  uptimeS: number;
  ghs5s: number;
  ghsAv: number;
  ghs30m: number;
  idealGhs: number;
  boards: BoardState[];
  fans: number[];
  powerW: number;
  accepted: number;
  rejected: number;
  hwTotal: number;
  bestShare: number;
  ambientC: number;
  /** Web CGI status entries: rate, network, fans, temp. */
  status: { rate: StatusCode; network: StatusCode; fans: StatusCode; temp: StatusCode };
  problems: string[];
}

/** Period and boot window of `reboot_loop` (ms). */
export const REBOOT_CYCLE_MS = 240_000;
export const REBOOT_BOOT_MS = 45_000;
const SHARES_PER_TH_S = 1e12 / (524_288 * 4_294_967_296);

/** Faults of a list in force at `t`. */
export function activeFaults(faults: readonly Fault[] | undefined, t: number): Fault[] {
  if (!faults || faults.length === 0) return [];
  return faults.filter((f) => f.since <= t);
}

const r1 = (x: number) => Math.round(x);

/** Whether the API and CGI accept connections at `t` (not offline, not booting in a reboot loop). */
export function isListening(allFaults: readonly Fault[] | undefined, t: number): boolean {
  if (!allFaults) return true;
  for (const f of allFaults) {
    if (f.since > t) continue;
    if (f.kind === 'offline') return false;
    if (f.kind === 'reboot_loop') {
      const phase = (((t - f.since) % REBOOT_CYCLE_MS) + REBOOT_CYCLE_MS) % REBOOT_CYCLE_MS;
      if (phase < REBOOT_BOOT_MS) return false;
    }
  }
  return true;
}

/** What miner `m` reports at `t` with `faults` (those not yet started are ignored). */
export function minerStateAt(
  m: SimMiner,
  allFaults: readonly Fault[] | undefined,
  t: number,
): MinerState {
  const faults = activeFaults(allFaults, t);
  const has = (k: FaultKind) => faults.find((f) => f.kind === k);
  const k = m.key;
  const b5 = Math.floor(t / 5000);
  const problems: string[] = [];

  // Uptime: since boot, or since the last restart of a reboot loop.
  let uptimeMs = t - m.bootAt;
  const reboot = has('reboot_loop');
  let listening = !has('offline');
  if (reboot) {
    const phase = (((t - reboot.since) % REBOOT_CYCLE_MS) + REBOOT_CYCLE_MS) % REBOOT_CYCLE_MS;
    if (phase < REBOOT_BOOT_MS) listening = false;
    uptimeMs = Math.max(0, phase - REBOOT_BOOT_MS) + 1000;
    problems.push('reboot loop');
  }
  const uptimeS = Math.max(1, Math.floor(uptimeMs / 1000));
  // Hash rate ramps up over the first two minutes after a boot.
  const ramp = Math.min(1, uptimeS / 120);

  const decay = has('hashrate_decay');
  const decayFactor = decay ? Math.max(0.05, Math.exp(-(t - decay.since) / (8 * 3_600_000))) : 1;
  const dead = has('board_dead');
  const deadBoard = dead ? (dead.target ?? hash32(k, 0xdead) % m.boards.length) : -1;
  const drop = has('chips_drop');
  const dropBoard = drop ? (drop.target ?? hash32(k, 0xc1) % m.boards.length) : -1;
  const overheat = !!has('overheat');
  const fanStop = has('fan_stop');

  // Ambient: a day cycle and a per-miner offset (the row it sits in).
  const ambientC =
    24 +
    6 * Math.sin((2 * Math.PI * t) / 86_400_000 + hash01(k, 7) * 6.28) +
    4 * (hash01(k, 8) - 0.3);
  const water = m.cooling === 'water';
  const boards: BoardState[] = [];
  let sumRate = 0;
  let sumIdeal = 0;
  let presentBoards = 0;
  let hwTotal = 0;
  const elapsedS = uptimeS;
  for (const sb of m.boards) {
    const b = sb.index;
    const present = b !== deadBoard && b < 16;
    let chips = present ? sb.chips : 0;
    if (present && b === dropBoard)
      chips = Math.max(1, Math.floor(sb.chips * (0.55 + 0.3 * hash01(k, 0xc2, b))));
    const chipFactor = sb.chips > 0 ? chips / sb.chips : 0;
    const noise = 1 + 0.012 * hashNormal(k, b5, b + 1);
    const rateGhs = present ? sb.idealGhs * chipFactor * decayFactor * ramp * noise : 0;
    const hw = present ? Math.floor(elapsedS * 0.004 * (1 + b) * (b === dropBoard ? 20 : 1)) : 0;
    hwTotal += hw;
    if (present) presentBoards++;
    sumRate += rateGhs;
    sumIdeal += present ? sb.idealGhs : 0;
    let pcb: [number, number, number, number];
    let chip: [number, number, number, number];
    let pic: [number, number, number, number];
    if (!present) {
      pcb = [0, 0, 0, 0];
      chip = [0, 0, 0, 0];
      pic = [0, 0, 0, 0];
    } else {
      const n = (s: number) => 1.2 * hashNormal(k, Math.floor(t / 30_000), b * 16 + s);
      const load = ramp * (0.6 + 0.4 * chipFactor);
      const base = water ? 28 : ambientC;
      const inChip = base + (water ? 22 : 34) * load + n(1);
      const outChip = base + (water ? 30 : 48) * load + n(2);
      let inPcb = base + (water ? 14 : 20) * load + n(3);
      const outPcb = base + (water ? 22 : 34) * load + n(4);
      const heat = overheat ? 97 + 8 * hash01(k, 0x0e, b) - outChip : 0;
      if (m.variant.negativePcb && b === 0) inPcb = -1;
      const ci = r1(inChip + heat * 0.9);
      const co = r1(outChip + heat);
      const pi = r1(inPcb + heat * 0.6);
      const po = r1(outPcb + heat * 0.6);
      // Air: inlet, inlet, outlet, outlet. Hydro: outlet first (the parser's TEMP_LAYOUTS row).
      pcb = water ? [po, po + 1, pi, pi + 1] : [pi, pi + 1, po, po + 1];
      chip = water ? [co, co + 1, ci, ci + 1] : [ci, ci + 1, co, co + 1];
      pic = [2, -1, 20, 22];
    }
    boards.push({
      index: b,
      present,
      chips,
      badChips: present && b === dropBoard ? Math.min(chips, 2) : 0,
      rateGhs,
      idealGhs: sb.idealGhs,
      freqMhz: present ? sb.freqMhz : 0,
      hw,
      pcb,
      chip,
      pic,
    });
  }
  const ghs5s = sumRate;
  const avgNoise = 1 + 0.004 * (hash01(k, 0xa1) - 0.5);
  const ghsAv = (sumRate / (1 + 0.012 * hashNormal(k, b5, 1))) * avgNoise || 0;
  const ghs30m =
    sumRate > 0 ? ghsAv * (1 + 0.003 * hashNormal(k, Math.floor(t / 1_800_000), 2)) : 0;

  const fans: number[] = [];
  for (let f = 0; f < m.fans; f++) {
    const baseRpm = overheat ? 6400 : 4600 + 1200 * hash01(k, 0xf0);
    fans.push(Math.round(baseRpm + 60 * hashNormal(k, b5, 0xf1 + f)));
  }
  if (fanStop && fans.length > 0) fans[(fanStop.target ?? hash32(k, 0xf2)) % fans.length] = 0;

  const accepted = Math.floor(elapsedS * (m.idealGhs / 1000) * SHARES_PER_TH_S);
  const powerW =
    presentBoards === 0
      ? 60
      : m.powerW * (presentBoards / m.boards.length) * ramp * (1 + 0.008 * hashNormal(k, b5, 0x9));

  let rate: StatusCode = 's';
  if (dead) {
    rate = 'e';
    problems.push(`chain ${deadBoard + 1} missing`);
  } else if (drop) {
    rate = 'w';
    problems.push(`chain ${dropBoard + 1} lost chips`);
  } else if (decayFactor < 0.9) {
    rate = 'w';
    problems.push('hash rate low');
  }
  const fansStatus: StatusCode = fanStop && m.fans > 0 ? 'e' : 's';
  if (fansStatus !== 's') problems.push('fan lost');
  const temp: StatusCode = overheat ? 'e' : 's';
  if (overheat) problems.push('temperature too high');
  const malformed = has('malformed');
  return {
    at: t,
    listening,
    hang: !!has('hang'),
    keepOpen: !!has('keep_open'),
    quirk: malformed?.quirk ?? null,
    uptimeS,
    ghs5s,
    ghsAv,
    ghs30m,
    idealGhs: sumIdeal,
    boards,
    fans,
    powerW,
    accepted,
    rejected: Math.floor(accepted * 0.0021),
    hwTotal,
    bestShare: 1_000_000 + (hash32(k, Math.floor(t / 3_600_000)) % 900_000_000),
    ambientC,
    status: { rate, network: 's', fans: fansStatus, temp },
    problems,
  };
}
