import type { SeriesPoint } from './telemetry-store.js';
import { nullableNumber, rollupPoint, type BoardAggregate, type RollupState } from './rollup.js';

/** Rows read from the ClickHouse telemetry store (`clickhouse-store.ts`), as series points. */

export interface RawRow {
  at: number;
  online: number;
  hashrate_ths: number | null;
  power_w: number | null;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  board_index: number[];
  board_rate_ths: number[];
  board_chip_temp_max_c: (number | null)[];
  board_pcb_temp_max_c: (number | null)[];
  board_chips: number[];
  board_hw_errors: (number | null)[];
}

export interface RollupRowCh {
  bucket: number;
  samples: number;
  online: number;
  hashrate_sum: number;
  hashrate_n: number;
  power_sum: number;
  power_n: number;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  board_index: number[];
  board_rate_sum: number[];
  board_rate_n: number[];
  board_chip_temp_max_c: (number | null)[];
  board_pcb_temp_max_c: (number | null)[];
  board_chips_min: number[];
  board_hw_errors_max: (number | null)[];
}

export const rollupRow = (r: RollupRowCh): SeriesPoint =>
  rollupPoint({
    at: Number(r.bucket),
    samples: Number(r.samples),
    online: Number(r.online),
    hashrateSum: Number(r.hashrate_sum),
    hashrateCount: Number(r.hashrate_n),
    powerSum: Number(r.power_sum),
    powerCount: Number(r.power_n),
    chipTempMaxC: nullableNumber(r.chip_temp_max_c),
    fanMinRpm: nullableNumber(r.fan_min_rpm),
    boards: r.board_index.map((index, i): BoardAggregate => [
      Number(index),
      Number(r.board_rate_sum[i]),
      Number(r.board_rate_n[i]),
      nullableNumber(r.board_chip_temp_max_c[i]),
      nullableNumber(r.board_pcb_temp_max_c[i]),
      Number(r.board_chips_min[i]),
      nullableNumber(r.board_hw_errors_max[i]),
    ]),
  });

export const rawRow = (r: RawRow): SeriesPoint => ({
  at: Number(r.at),
  samples: 1,
  onlineShare: Number(r.online) ? 1 : 0,
  hashrateThs: nullableNumber(r.hashrate_ths),
  powerW: nullableNumber(r.power_w),
  chipTempMaxC: nullableNumber(r.chip_temp_max_c),
  fanMinRpm: nullableNumber(r.fan_min_rpm),
  boards: r.board_index.map((index, i) => ({
    index: Number(index),
    rateThs: Number(r.board_rate_ths[i]),
    chipTempMaxC: nullableNumber(r.board_chip_temp_max_c[i]),
    pcbTempMaxC: nullableNumber(r.board_pcb_temp_max_c[i]),
    chips: Number(r.board_chips[i]),
    hwErrors: nullableNumber(r.board_hw_errors[i]),
  })),
});

/** Keys of the rollup state's rows in `telemetry_state`. */
export const STATE_KEYS: Record<keyof RollupState, string> = {
  wHi: 'w_hi',
  wLo5m: 'w_lo_5m',
  wLo1h: 'w_lo_1h',
  lastNow: 'last_now',
  rawHorizon: 'raw_horizon',
  fiveMinuteHorizon: 'five_minute_horizon',
};
