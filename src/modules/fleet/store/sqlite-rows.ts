import type { BoardSample, LatestState, SeriesPoint } from './telemetry-store.js';
import { nullableNumber, rollupPoint, type BoardAggregate } from './rollup.js';

/** Rows of the embedded telemetry store (`sqlite-store.ts`) to and from its tables. */

type RawBoard = [number, number, number | null, number | null, number, number | null];

/** JSON text of a finite number, else null (as JSON.stringify would write NaN or Infinity). */
const j = (v: number | null): string | number => (v !== null && Number.isFinite(v) ? v : 'null');

/** `[[index, rateThs, chipTempMaxC, pcbTempMaxC, chips, hwErrors], …]`, built by hand: this is
 * the hot path of appends and is twice as fast as mapping to arrays and JSON.stringify. */
export function boardsJson(boards: readonly BoardSample[]): string {
  let out = '[';
  for (let i = 0; i < boards.length; i++) {
    const b = boards[i]!;
    out += `${i ? ',' : ''}[${j(b.index)},${j(b.rateThs)},${j(b.chipTempMaxC)},${j(b.pcbTempMaxC)},${j(b.chips)},${j(b.hwErrors)}]`;
  }
  return out + ']';
}

export interface LatestDbRow {
  machine_id: string;
  last_seen_at: number;
  online: number;
  problems: string | null;
  last_online_at: number | null;
  hashrate_ths: number | null;
  ideal_ths: number | null;
  power_w: number | null;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  boards: number;
}

export const latestState = (r: LatestDbRow): LatestState => ({
  machineId: r.machine_id,
  lastSeenAt: r.last_seen_at,
  online: r.online === 1,
  problems: r.problems,
  lastOnlineAt: r.last_online_at,
  hashrateThs: r.hashrate_ths,
  idealThs: r.ideal_ths,
  powerW: r.power_w,
  chipTempMaxC: r.chip_temp_max_c,
  fanMinRpm: r.fan_min_rpm,
  boards: r.boards,
});

export interface RollupDbRow {
  bucket: number;
  samples: number;
  online: number;
  hashrate_sum: number;
  hashrate_n: number;
  power_sum: number;
  power_n: number;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  boards: string;
}

export interface RawDbRow {
  at: number;
  online: number;
  hashrate_ths: number | null;
  power_w: number | null;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  boards: string;
}

export const rollupRow = (r: RollupDbRow): SeriesPoint =>
  rollupPoint({
    at: r.bucket,
    samples: r.samples,
    online: r.online,
    hashrateSum: r.hashrate_sum,
    hashrateCount: r.hashrate_n,
    powerSum: r.power_sum,
    powerCount: r.power_n,
    chipTempMaxC: nullableNumber(r.chip_temp_max_c),
    fanMinRpm: nullableNumber(r.fan_min_rpm),
    boards: JSON.parse(r.boards) as BoardAggregate[],
  });

export const rawRow = (r: RawDbRow): SeriesPoint => ({
  at: r.at,
  samples: 1,
  onlineShare: r.online ? 1 : 0,
  hashrateThs: r.hashrate_ths,
  powerW: r.power_w,
  chipTempMaxC: r.chip_temp_max_c,
  fanMinRpm: r.fan_min_rpm,
  boards: (JSON.parse(r.boards) as RawBoard[]).map(
    ([index, rateThs, chipTempMaxC, pcbTempMaxC, chips, hwErrors]) => ({
      index,
      rateThs,
      chipTempMaxC,
      pcbTempMaxC,
      chips,
      hwErrors,
    }),
  ),
});
