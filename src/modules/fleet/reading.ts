import { z } from 'zod';

/**
 * One miner read over its LAN, in one shape whatever its make or firmware. The protocol parsers
 * produce it, the collector pushes it, the ingest validates it with these schemas (the edge) and
 * stores it. Rates are TH/s, temperatures °C, fans RPM, power W, times epoch milliseconds.
 */
const num = z.number().finite();
const temperature = num.min(-60).max(250);

export const boardReading = z.object({
  /** Board slot as the firmware numbers it, from 0 (S9 chains 6..8 become 0..2). */
  index: z.number().int().min(0).max(31),
  serial: z.string().max(64).nullable(),
  chips: z.number().int().min(0).max(10_000),
  chipsExpected: z.number().int().min(0).max(10_000).nullable(),
  rateThs: num.min(0).max(10_000),
  idealThs: num.min(0).max(10_000).nullable(),
  /** PCB and chip temperatures on the air inlet and outlet sides (per-model mapping applied). */
  pcbTempC: z.object({ inlet: temperature.nullable(), outlet: temperature.nullable() }),
  chipTempC: z.object({ inlet: temperature.nullable(), outlet: temperature.nullable() }),
  hwErrors: z.number().int().min(0).nullable(),
  freqMhz: num.min(0).max(10_000).nullable(),
});
export type BoardReading = z.infer<typeof boardReading>;

export const poolReading = z.object({
  url: z.string().max(300),
  user: z.string().max(300),
  /** Normalised: alive, dead, disabled or unknown (misspellings such as "Deed" are mapped). */
  status: z.enum(['alive', 'dead', 'disabled', 'unknown']),
  accepted: z.number().int().min(0).nullable(),
  rejected: z.number().int().min(0).nullable(),
});
export type PoolReading = z.infer<typeof poolReading>;

export const FIRMWARES = ['stock', 'braiins', 'luxos', 'vnish', 'whatsminer', 'unknown'] as const;
export type Firmware = (typeof FIRMWARES)[number];

export const minerReading = z.object({
  /** The address read (IPv4 text). */
  ip: z.string().min(7).max(45),
  /** When the read finished. */
  at: z.number().int().min(0),
  /** False when the miner did not answer usefully; `problems` then says why. */
  online: z.boolean(),
  make: z.string().max(40).nullable(),
  model: z.string().max(80).nullable(),
  firmware: z.enum(FIRMWARES),
  firmwareVersion: z.string().max(120).nullable(),
  unitSerial: z.string().max(64).nullable(),
  /** Lower-case `aa:bb:cc:dd:ee:ff`. */
  mac: z
    .string()
    .regex(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/)
    .nullable(),
  hostname: z.string().max(120).nullable(),
  uptimeS: z.number().int().min(0).nullable(),
  hashrate: z.object({
    ths5s: num.min(0).nullable(),
    thsAvg: num.min(0).nullable(),
    thsIdeal: num.min(0).nullable(),
  }),
  boards: z.array(boardReading).max(32),
  fansRpm: z.array(z.number().int().min(0).max(100_000)).max(16),
  powerW: num.min(0).max(100_000).nullable(),
  pools: z.array(poolReading).max(16),
  /** Problems the miner reports (status entries not "s") and reasons a read failed. */
  problems: z.array(z.string().max(300)).max(50),
  /** Firmware quirks the tolerant parser repaired on the way (for support, not health). */
  repairs: z.array(z.string().max(120)).max(50),
});
export type MinerReading = z.infer<typeof minerReading>;

/** The hotter end of a board's sensor pair (inlet, outlet), or the one that reads. */
export function hotterEnd(pair: { inlet: number | null; outlet: number | null }): number | null {
  if (pair.inlet === null) return pair.outlet;
  return pair.outlet === null ? pair.inlet : Math.max(pair.inlet, pair.outlet);
}

/**
 * A machine's hashrate as detection and history read it: its own 5-second figure, else its
 * average, else the sum of its boards; none while it is offline.
 */
export function machineRateThs(r: MinerReading): number | null {
  if (!r.online) return null;
  const own = r.hashrate.ths5s ?? r.hashrate.thsAvg;
  if (own !== null || !r.boards.length) return own;
  let sum = 0;
  for (const b of r.boards) sum += b.rateThs;
  return sum;
}

/** What a site collector pushes: one idempotent batch of readings. */
export const MAX_READINGS_PER_BATCH = 5_000;
export const telemetryBatch = z.object({
  /** Chosen by the collector, stable across retries: the same id is applied once. */
  batchId: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  collector: z.object({ name: z.string().min(1).max(80), version: z.string().max(40) }),
  /** When the sweep that produced these readings started. */
  sweepAt: z.number().int().min(0),
  readings: z.array(minerReading).min(1).max(MAX_READINGS_PER_BATCH),
});
export type TelemetryBatch = z.infer<typeof telemetryBatch>;

/** A reading for a miner that could not be read at all. */
export function offlineReading(ip: string, at: number, problem: string): MinerReading {
  return {
    ip,
    at,
    online: false,
    make: null,
    model: null,
    firmware: 'unknown',
    firmwareVersion: null,
    unitSerial: null,
    mac: null,
    hostname: null,
    uptimeS: null,
    hashrate: { ths5s: null, thsAvg: null, thsIdeal: null },
    boards: [],
    fansRpm: [],
    powerW: null,
    pools: [],
    problems: [problem],
    repairs: [],
  };
}
