import type { Fault, FaultKind, Quirk } from './faults.js';
import type { SimMiner } from './fleet.js';
import { hash01, hash32, hashNormal } from './prng.js';

/**
 * The simulated fleet: who each miner is (a static descriptor, a pure function of the seed and
 * the miner's index) and what it reports at a time (a pure function of seed, miner, time and the
 * faults in force). Model figures come from the catalog's SEED_MODELS; nothing here is a model
 * constant.
 */
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
