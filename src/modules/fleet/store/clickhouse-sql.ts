import { DAY_MS, checkInstant, type LevelBounds } from './rollup.js';

/** SQL text of the ClickHouse telemetry store (`clickhouse-store.ts`): schema and rollups. */

const ROLLUP_COLUMNS = `
  site_id String,
  machine_id String,
  bucket Int64,
  version UInt64,
  samples UInt64,
  online UInt64,
  hashrate_sum Float64,
  hashrate_n UInt64,
  power_sum Float64,
  power_n UInt64,
  chip_temp_max_c Nullable(Float64),
  fan_min_rpm Nullable(Float64),
  board_index Array(UInt8),
  board_rate_sum Array(Float64),
  board_rate_n Array(UInt64),
  board_chip_temp_max_c Array(Nullable(Float64)),
  board_pcb_temp_max_c Array(Nullable(Float64)),
  board_chips_min Array(UInt64),
  board_hw_errors_max Array(Nullable(Int64))`;

export const ROLLUP_FIELDS = `site_id, machine_id, bucket, version, samples, online, hashrate_sum,
  hashrate_n, power_sum, power_n, chip_temp_max_c, fan_min_rpm, board_index, board_rate_sum,
  board_rate_n, board_chip_temp_max_c, board_pcb_temp_max_c, board_chips_min, board_hw_errors_max`;

const UTC_DAY = (col: string) => `toYYYYMMDD(toDateTime(intDiv(${col}, 1000), 'UTC'))`;
const UTC_MONTH = (col: string) => `toYYYYMM(toDateTime(intDiv(${col}, 1000), 'UTC'))`;

export const dayEnd = (p: string) =>
  Date.UTC(Number(p.slice(0, 4)), Number(p.slice(4, 6)) - 1, Number(p.slice(6, 8))) + DAY_MS;
export const monthEnd = (p: string) => Date.UTC(Number(p.slice(0, 4)), Number(p.slice(4, 6)), 1);

export const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
export const int = (v: number): string => String(checkInstant('value', v));

/** The store's tables, each as a quoted `` `database`.`table` `` name. */
export interface ClickHouseTables {
  RAW: string;
  T5M: string;
  T1H: string;
  STATE: string;
  SEEN: string;
  LAST_ONLINE: string;
  LAST_READING: string;
}

/** Creates the database and its tables if missing. */
export async function createSchema(
  command: (query: string) => Promise<void>,
  database: string,
  { RAW, T5M, T1H, STATE, SEEN, LAST_ONLINE, LAST_READING }: ClickHouseTables,
): Promise<void> {
  await command(`CREATE DATABASE IF NOT EXISTS \`${database}\``);
  await command(`CREATE TABLE IF NOT EXISTS ${RAW} (
        site_id String,
        machine_id String,
        at Int64,
        ingested_at Int64,
        online UInt8,
        hashrate_ths Nullable(Float64),
        ideal_ths Nullable(Float64),
        power_w Nullable(Float64),
        chip_temp_max_c Nullable(Float64),
        fan_min_rpm Nullable(Float64),
        board_index Array(UInt8),
        board_rate_ths Array(Float64),
        board_chip_temp_max_c Array(Nullable(Float64)),
        board_pcb_temp_max_c Array(Nullable(Float64)),
        board_chips Array(UInt32),
        board_hw_errors Array(Nullable(Int64))
      ) ENGINE = ReplacingMergeTree PARTITION BY ${UTC_DAY('at')}
        ORDER BY (site_id, machine_id, at)`);
  for (const table of [T5M, T1H])
    await command(`CREATE TABLE IF NOT EXISTS ${table} (${ROLLUP_COLUMNS})
          ENGINE = ReplacingMergeTree(version) PARTITION BY ${UTC_MONTH('bucket')}
          ORDER BY (site_id, machine_id, bucket)`);
  await command(`CREATE TABLE IF NOT EXISTS ${STATE} (key String, value Int64, seq UInt64)
        ENGINE = ReplacingMergeTree(seq) ORDER BY key`);
  await command(`CREATE TABLE IF NOT EXISTS ${SEEN} (site_id String, machine_id String,
          at Int64, online UInt8, problems Nullable(String))
        ENGINE = ReplacingMergeTree(at) ORDER BY (site_id, machine_id)`);
  await command(`CREATE TABLE IF NOT EXISTS ${LAST_ONLINE} (site_id String,
          machine_id String, at Int64, hashrate_ths Nullable(Float64), ideal_ths Nullable(Float64),
          power_w Nullable(Float64), chip_temp_max_c Nullable(Float64),
          fan_min_rpm Nullable(Float64), boards UInt16)
        ENGINE = ReplacingMergeTree(at) ORDER BY (site_id, machine_id)`);
  await command(`CREATE TABLE IF NOT EXISTS ${LAST_READING} (site_id String,
          machine_id String, at Int64, reading String)
        ENGINE = ReplacingMergeTree(at) ORDER BY (site_id, machine_id)`);
}

/** The rollup statements (INSERT … SELECT) of the 5-minute and hour levels, and their dirty keys. */
export function rollupSql({ RAW, T5M, T1H }: Pick<ClickHouseTables, 'RAW' | 'T5M' | 'T1H'>) {
  const dirtyWhere = (b: LevelBounds) => `
    ingested_at >= ${int(b.wLo)} AND ingested_at <= ${int(b.wMax)}
    AND (ingested_at > ${int(b.wHi)} OR at >= ${int(b.waitingFrom)})
    AND at < ${int(b.closedBefore)} AND at >= ${int(b.notBefore)}`;
  const bucketOf = (col: string, size: number) => `intDiv(${col}, ${size}) * ${size}`;
  const dirtyKeys = (b: LevelBounds) =>
    `SELECT DISTINCT site_id, machine_id, ${bucketOf('at', b.size)} FROM ${RAW} FINAL WHERE ${dirtyWhere(b)}`;

  /** Sorted (index, …) tuples split back into the parallel board columns of a rollup row. */
  const boardColumns = `
    arrayMap(x -> x.1, b) AS board_index, arrayMap(x -> x.2, b) AS board_rate_sum,
    arrayMap(x -> x.3, b) AS board_rate_n, arrayMap(x -> x.4, b) AS board_chip_temp_max_c,
    arrayMap(x -> x.5, b) AS board_pcb_temp_max_c, arrayMap(x -> x.6, b) AS board_chips_min,
    arrayMap(x -> x.7, b) AS board_hw_errors_max`;

  const roll5m = (b: LevelBounds, version: number) => `
    INSERT INTO ${T5M} (${ROLLUP_FIELDS})
    SELECT site_id, machine_id, bucket, ${int(version)}, n, n_online, hs, hn, ps, pn, cm, fm,
      ${boardColumns}
    FROM (
      SELECT site_id, machine_id, ${bucketOf('at', b.size)} AS bucket, count() AS n,
        sum(online) AS n_online,
        sumKahanIf(ifNull(hashrate_ths, 0), online = 1 AND isNotNull(hashrate_ths)) AS hs,
        countIf(online = 1 AND isNotNull(hashrate_ths)) AS hn,
        sumKahanIf(ifNull(power_w, 0), online = 1 AND isNotNull(power_w)) AS ps,
        countIf(online = 1 AND isNotNull(power_w)) AS pn,
        max(chip_temp_max_c) AS cm, min(fan_min_rpm) AS fm
      FROM ${RAW} FINAL
      WHERE (site_id, machine_id, ${bucketOf('at', b.size)}) IN (${dirtyKeys(b)})
      GROUP BY site_id, machine_id, bucket
    ) ANY LEFT JOIN (
      SELECT site_id, machine_id, bucket, arraySort(groupArray((bi, rs, rn, cm, pm, chm, hm))) AS b
      FROM (
        SELECT site_id, machine_id, ${bucketOf('at', b.size)} AS bucket, bi, sumKahan(br) AS rs,
          count() AS rn, max(bc) AS cm, max(bp) AS pm, toUInt64(min(bch)) AS chm, max(bh) AS hm
        FROM ${RAW} FINAL
        ARRAY JOIN board_index AS bi, board_rate_ths AS br, board_chip_temp_max_c AS bc,
          board_pcb_temp_max_c AS bp, board_chips AS bch, board_hw_errors AS bh
        WHERE online = 1
          AND (site_id, machine_id, ${bucketOf('at', b.size)}) IN (${dirtyKeys(b)})
        GROUP BY site_id, machine_id, bucket, bi
      ) GROUP BY site_id, machine_id, bucket
    ) USING (site_id, machine_id, bucket)`;

  const roll1h = (b: LevelBounds, version: number) => {
    const fiveMinute = `(SELECT * FROM ${T5M} FINAL
      WHERE (site_id, machine_id, ${bucketOf('bucket', b.size)}) IN (${dirtyKeys(b)}))`;
    return `
    INSERT INTO ${T1H} (${ROLLUP_FIELDS})
    SELECT site_id, machine_id, hour, ${int(version)}, n, n_online, hs, hn, ps, pn, cm, fm,
      ${boardColumns}
    FROM (
      SELECT site_id, machine_id, ${bucketOf('bucket', b.size)} AS hour, sum(samples) AS n,
        sum(online) AS n_online, sumKahan(hashrate_sum) AS hs, sum(hashrate_n) AS hn,
        sumKahan(power_sum) AS ps, sum(power_n) AS pn, max(chip_temp_max_c) AS cm,
        min(fan_min_rpm) AS fm
      FROM ${fiveMinute}
      GROUP BY site_id, machine_id, hour
    ) ANY LEFT JOIN (
      SELECT site_id, machine_id, hour, arraySort(groupArray((bi, rs, rn, cm, pm, chm, hm))) AS b
      FROM (
        SELECT site_id, machine_id, ${bucketOf('bucket', b.size)} AS hour, bi, sumKahan(brs) AS rs,
          sum(brn) AS rn, max(bc) AS cm, max(bp) AS pm, min(bch) AS chm, max(bh) AS hm
        FROM ${fiveMinute}
        ARRAY JOIN board_index AS bi, board_rate_sum AS brs, board_rate_n AS brn,
          board_chip_temp_max_c AS bc, board_pcb_temp_max_c AS bp, board_chips_min AS bch,
          board_hw_errors_max AS bh
        GROUP BY site_id, machine_id, hour, bi
      ) GROUP BY site_id, machine_id, hour
    ) USING (site_id, machine_id, hour)`;
  };
  return { dirtyKeys, roll5m, roll1h };
}
