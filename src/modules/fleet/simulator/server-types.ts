import type { Fault, FaultRate, FaultSpec } from './faults.js';
import type { FleetOptions, SimMiner } from './fleet.js';
import type { MinerState } from './miner-state.js';

/** The simulator's public shapes: its options, the miner descriptor, stats and the handle. */

export interface SimulatorOptions {
  /** How many miners (of the whole fleet when sharded). */
  miners: number;
  seed?: number;
  /** First address, inside 127.0.0.0/8 (default 127.1.0.1); hosts .1–.254 of each /24. */
  start?: string;
  /** cgminer API port (default 4028). */
  port?: number;
  /** Antminer web CGI port (default 80). */
  httpPort?: number;
  /** Serve the web CGI (default true; Whatsminers and Braiins never do). */
  cgi?: boolean;
  /** Reply latency, uniform in [min, max] ms, seeded (default [20, 200]). */
  latencyMs?: [number, number];
  /** Fault rates (parsed or as `board_dead=0.01,fan_stop=0.002/h`). */
  faultRates?: FaultRate[] | string;
  /** Shares by SEED_MODELS name. */
  models?: Record<string, number>;
  firmwares?: FleetOptions['firmwares'];
  rejectMultiCommand?: FleetOptions['rejectMultiCommand'];
  serialPrefix?: string;
  boardSerialPrefix?: string;
  /** Control endpoint port on `controlHost` (0 = any free port; undefined = none). */
  controlPort?: number;
  controlHost?: string;
  /** Simulation time (epoch ms); default Date.now. Tests jump hours by moving it. */
  clock?: () => number;
  /** Who the first miners are (serial, model, board serials), e.g. units delivered to a site. */
  roster?: FleetOptions['roster'];
  /** Time zero of the simulation (default: the clock at start). */
  epochMs?: number;
  /** Serve only part `index` (0-based) of `count` equal contiguous parts of the fleet. */
  shard?: { index: number; count: number };
  /** Web CGI credentials (default root/root). */
  credentials?: { user: string; password: string };
  /** How long `keep_open` leaves a socket open after replying (default 30 s). */
  keepOpenMs?: number;
  /** How often offline/reboot faults are applied to the listeners (default 1000 ms). */
  tickMs?: number;
  /** How many listeners are opened at once while starting (default 2000). */
  batch?: number;
}

/** A miner as the simulator lists it (JSON-friendly). */
export interface MinerDescriptor {
  index: number;
  address: string;
  port: number;
  httpPort: number | null;
  make: string;
  model: string;
  firmware: string;
  firmwareVersion: string;
  serial: string;
  mac: string;
  hostname: string;
  boards: { index: number; serial: string; chips: number }[];
  rejectsMultiCommand: boolean;
  faults: string[];
}

export interface SimulatorStats {
  miners: number;
  listeners: number;
  /** Replies sent (API and CGI, 401s included). */
  requests: number;
  rpcRequests: number;
  cgiRequests: number;
  connectionsOpen: number;
  /** Miners with at least one fault in force now. */
  faulted: number;
  /** Miners not accepting connections now (offline or rebooting). */
  notListening: number;
  acceptErrors: number;
}

export type MinerTarget = string | number;

export interface Simulator {
  readonly miners: readonly SimMiner[];
  /** `http://127.0.0.1:<port>` of the control endpoint, or null. */
  readonly controlUrl: string | null;
  readonly port: number;
  readonly httpPort: number | null;
  /** A miner by address or fleet index. */
  miner(target: MinerTarget): SimMiner | undefined;
  describe(miner: SimMiner): MinerDescriptor;
  /** Inject a fault (`board_dead`, `malformed:nan`, …; `clear` clears) from now, replacing one of the same kind; returns how many miners. */
  inject(targets: MinerTarget | readonly MinerTarget[], fault: string | FaultSpec): Promise<number>;
  /** Remove every fault (injected and scheduled) of the miners, or of all. */
  clear(targets?: MinerTarget | readonly MinerTarget[]): Promise<number>;
  /** Faults of a miner, scheduled ones included (`since` may be in the future). */
  faults(target: MinerTarget): readonly Fault[];
  /** What a miner reports at `at` (default now). */
  state(target: MinerTarget, at?: number): MinerState;
  /** Apply offline/reboot faults to the listeners now (also done every `tickMs`). */
  sync(): Promise<void>;
  stats(): SimulatorStats;
  close(): Promise<void>;
}
