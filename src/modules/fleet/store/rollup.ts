import type { BoardSample, SeriesPoint, SitePoint } from './telemetry-store.js';

/**
 * What both stores share, so that they behave the same:
 *
 * - Ranges are half-open: a raw sample is in `[from, to)` by its `at`, a bucket by its start.
 *   Points come in ascending `at`. A store keeps one raw sample a machine and instant: one
 *   appended again (a batch re-applied) replaces the earlier.
 * - A bucket aggregates the samples with `bucketStart <= at < bucketStart + size`:
 *   `samples` all of them, `onlineShare` the online ones over all; `hashrateThs` and `powerW` are
 *   means over online samples that reported the value (null when none did); `chipTempMaxC` is
 *   the max and `fanMinRpm` the min over every sample of the bucket (nulls ignored).
 *   Boards come from online samples only (an offline reading's boards are stale or empty): per
 *   board index, the mean rate, max chip and PCB temperatures, min chips, max hardware errors;
 *   sorted by index.
 * - Rollup rows keep sums and counts, never means, so an hour rolled from its twelve 5-minute
 *   rows is exact (means weighted by online samples).
 * - A site point sums, over the machines with a row in the bucket, each machine's mean hashrate
 *   (0 when it has none); `machinesOnline` counts machines with at least one online sample.
 *
 * Late data: rows carry `ingested_at`. The persisted rollup state holds `wHi` (highest
 * `ingested_at` rolled), per level `wLo` (lowest `ingested_at` of a row still waiting for its
 * bucket to close — the start of the index range to scan) and `lastNow`. A rollup recomputes the
 * closed buckets of rows with `wLo <= ingested_at <= max(ingested_at)` that are new
 * (`ingested_at > wHi`) or were waiting (`at >= floor(lastNow)`). `ingestedAt` must not go back
 * in time between appends (callers pass their clock's now).
 *
 * Pruning records horizons: a 5-minute bucket starting before the raw horizon (some of its raw
 * rows may be gone) and an hour starting before the 5-minute horizon are never recomputed, so a
 * very late sample cannot replace a complete rollup with a partial one.
 */

export const DAY_MS = 86_400_000;
export const FIVE_MINUTES_MS = 300_000;
export const HOUR_MS = 3_600_000;

/** Per board in a rollup row: sums and counts, so rollups of rollups stay exact. */
export type BoardAggregate = [
  index: number,
  rateSum: number,
  rateCount: number,
  chipTempMaxC: number | null,
  pcbTempMaxC: number | null,
  chipsMin: number,
  hwErrorsMax: number | null,
];

/** One rollup row as both stores read it back. */
export interface RollupRow {
  at: number;
  samples: number;
  online: number;
  hashrateSum: number;
  hashrateCount: number;
  powerSum: number;
  powerCount: number;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  boards: BoardAggregate[];
}

export interface RollupState {
  wHi: number;
  wLo5m: number;
  wLo1h: number;
  lastNow: number;
  rawHorizon: number;
  fiveMinuteHorizon: number;
}

export const INITIAL_STATE: RollupState = {
  wHi: Number.MIN_SAFE_INTEGER,
  wLo5m: Number.MIN_SAFE_INTEGER,
  wLo1h: Number.MIN_SAFE_INTEGER,
  // Nothing is waiting before the first rollup: only `ingested_at > wHi` makes rows dirty.
  lastNow: Number.MAX_SAFE_INTEGER,
  rawHorizon: Number.MIN_SAFE_INTEGER,
  fiveMinuteHorizon: Number.MIN_SAFE_INTEGER,
};

export const floorTo = (t: number, size: number): number => Math.floor(t / size) * size;
export const ceilTo = (t: number, size: number): number => Math.ceil(t / size) * size;

/** The bounds of one rollup level's pass, as plain integers for either SQL dialect. */
export interface LevelBounds {
  size: number;
  /** Index range on `ingested_at`. */
  wLo: number;
  wMax: number;
  /** Rows newer than this are dirty… */
  wHi: number;
  /** …and so are rows at or after this (their bucket was open at the last rollup). */
  waitingFrom: number;
  /** Closed buckets only: `at < closedBefore`. */
  closedBefore: number;
  /** Horizon: `at >= notBefore`. */
  notBefore: number;
}

export function levelBounds(
  state: RollupState,
  size: number,
  wMax: number,
  now: number,
): LevelBounds {
  const lo = size === FIVE_MINUTES_MS ? state.wLo5m : state.wLo1h;
  const horizon = size === FIVE_MINUTES_MS ? state.rawHorizon : state.fiveMinuteHorizon;
  return {
    size,
    wLo: lo,
    wMax,
    wHi: state.wHi,
    waitingFrom:
      state.lastNow >= Number.MAX_SAFE_INTEGER ? state.lastNow : floorTo(state.lastNow, size),
    closedBefore: floorTo(now, size),
    notBefore: horizon <= Number.MIN_SAFE_INTEGER ? horizon : ceilTo(horizon, size),
  };
}

export interface PruneCutoffs {
  /** Raw rows with `at < raw` go. */
  raw: number;
  /** Rollup rows with `bucket < fiveMinute` (resp. `hour`) go: they ended at or before the cutoff. */
  fiveMinute: number;
  hour: number;
  /** Horizons as the rollup state keeps them. */
  rawHorizon: number;
  fiveMinuteHorizon: number;
}

export function pruneCutoffs(
  now: number,
  r: { rawDays: number; fiveMinuteDays: number; hourDays: number },
): PruneCutoffs {
  for (const v of [now, r.rawDays, r.fiveMinuteDays, r.hourDays])
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`prune: invalid value ${v}`);
  const raw = Math.round(now - r.rawDays * DAY_MS);
  const fm = Math.round(now - r.fiveMinuteDays * DAY_MS);
  const h = Math.round(now - r.hourDays * DAY_MS);
  return {
    raw,
    fiveMinute: fm - FIVE_MINUTES_MS + 1,
    hour: h - HOUR_MS + 1,
    rawHorizon: raw,
    fiveMinuteHorizon: fm,
  };
}

export function checkInstant(name: string, v: number): number {
  if (!Number.isSafeInteger(v)) throw new RangeError(`${name} must be an integer (ms): ${v}`);
  return v;
}

const mean = (sum: number, n: number): number | null => (n > 0 ? sum / n : null);

export function rollupPoint(r: RollupRow): SeriesPoint {
  const boards: BoardSample[] = [...r.boards]
    .sort((a, b) => a[0] - b[0])
    .map(([index, rateSum, rateCount, chipTempMaxC, pcbTempMaxC, chips, hwErrors]) => ({
      index,
      rateThs: rateCount > 0 ? rateSum / rateCount : 0,
      chipTempMaxC,
      pcbTempMaxC,
      chips,
      hwErrors,
    }));
  return {
    at: r.at,
    samples: r.samples,
    onlineShare: r.samples > 0 ? r.online / r.samples : 0,
    hashrateThs: mean(r.hashrateSum, r.hashrateCount),
    powerW: mean(r.powerSum, r.powerCount),
    chipTempMaxC: r.chipTempMaxC,
    fanMinRpm: r.fanMinRpm,
    boards,
  };
}

export function sitePoint(r: {
  at: number;
  hashrateThs: number;
  machines: number;
  machinesOnline: number;
}): SitePoint {
  return {
    at: Number(r.at),
    hashrateThs: Number(r.hashrateThs),
    machines: Number(r.machines),
    machinesOnline: Number(r.machinesOnline),
  };
}

export const nullableNumber = (v: unknown): number | null =>
  v === null || v === undefined ? null : Number(v);
