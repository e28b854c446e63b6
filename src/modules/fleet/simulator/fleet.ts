import { SEED_MODELS, type SeedModel } from '../../catalog/index.js';
import { AppError } from '../../../platform/errors.js';
import { hash01, hash32 } from './prng.js';

/**
 * Building the simulated fleet: who each miner is (a static descriptor, a pure function of the
 * seed and the miner's index), its loopback address and its model and firmware shares.
 */

export const SIM_FIRMWARES = ['stock', 'luxos', 'vnish', 'braiins', 'whatsminer'] as const;
export type SimFirmware = (typeof SIM_FIRMWARES)[number];
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
  /**
   * Who the first miners are (units of a real installed base, say): miner i takes roster[i]'s
   * serial, model (a Bitmain or MicroBT model of SEED_MODELS) and board serials.
   */
  roster?: readonly SimIdentity[];
}

export interface SimIdentity {
  serial: string;
  model: string;
  boardSerials: readonly string[];
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
  const named = o.roster?.[index];
  const model = named
    ? resolveModels({ [named.model]: 1 }).get(named.model)!
    : models.get(pick(shares, hash01(key, S_MODEL)))!;
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
  const serial = named?.serial ?? `${o.serialPrefix ?? 'RGL'}${year}${digits}`;
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
      serial: named?.boardSerials[b] ?? `${o.boardSerialPrefix ?? 'HB'}${year}${digits}${b}`,
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
