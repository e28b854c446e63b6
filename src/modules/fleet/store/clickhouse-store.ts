import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import {
  BUCKET_MS,
  type Retention,
  type LatestState,
  type SeriesPoint,
  type SeriesQuery,
  type SitePoint,
  type TelemetrySample,
  type TelemetryStore,
} from './telemetry-store.js';
import {
  DAY_MS,
  FIVE_MINUTES_MS,
  HOUR_MS,
  INITIAL_STATE,
  checkInstant,
  levelBounds,
  nullableNumber,
  pruneCutoffs,
  rollupPoint,
  sitePoint,
  type BoardAggregate,
  type LevelBounds,
  type RollupState,
} from './rollup.js';

/**
 * The telemetry store on ClickHouse, written for the oldest server we meet (Debian's 18.16) over
 * HTTP with `@clickhouse/client`. Semantics are documented in `rollup.ts`; the contract test runs
 * the same scenarios against this store and the SQLite one.
 *
 * 18.16 notes: no query parameters (`{name:Type}` → "Unknown setting param_x"), so values are
 * inlined as escaped literals (ids) or checked integers; no `mutations_sync`, so a prune waits for
 * its `ALTER … DELETE` mutations in `system.mutations`; no JSON functions, so boards are parallel
 * Array columns. 64-bit integers are asked unquoted (`output_format_json_quote_64bit_integers=0`).
 * Compression is off both ways (loopback; and it keeps to what 18.16 surely understands).
 *
 * Tables: raw is a ReplacingMergeTree keyed (site, machine, time), read with FINAL, so a batch
 * applied twice keeps one sample an instant; partitioned by UTC day (whole days are dropped, the rest deleted by
 * mutation); rollups are ReplacingMergeTree(version) keyed (site, machine, bucket), a recomputed
 * bucket inserting a row with a higher version, read with FINAL. The rollup state is a
 * ReplacingMergeTree(seq) of key/value rows, read with argMax.
 */

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

const ROLLUP_FIELDS = `site_id, machine_id, bucket, version, samples, online, hashrate_sum,
  hashrate_n, power_sum, power_n, chip_temp_max_c, fan_min_rpm, board_index, board_rate_sum,
  board_rate_n, board_chip_temp_max_c, board_pcb_temp_max_c, board_chips_min, board_hw_errors_max`;

const UTC_DAY = (col: string) => `toYYYYMMDD(toDateTime(intDiv(${col}, 1000), 'UTC'))`;
const UTC_MONTH = (col: string) => `toYYYYMM(toDateTime(intDiv(${col}, 1000), 'UTC'))`;

const STATE_KEYS: Record<keyof RollupState, string> = {
  wHi: 'w_hi',
  wLo5m: 'w_lo_5m',
  wLo1h: 'w_lo_1h',
  lastNow: 'last_now',
  rawHorizon: 'raw_horizon',
  fiveMinuteHorizon: 'five_minute_horizon',
};

const quote = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const int = (v: number): string => String(checkInstant('value', v));

interface RawRow {
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

interface RollupRowCh {
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

export function createClickHouseTelemetryStore(options: {
  url: string;
  database?: string;
}): TelemetryStore {
  const database = options.database ?? 'rigline_telemetry';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database))
    throw new RangeError(`invalid ClickHouse database name: ${database}`);
  const client = createClient({
    url: options.url,
    // No `database` here: it is sent with every request and fails before CREATE DATABASE ran.
    compression: { request: false, response: false },
    request_timeout: 60_000,
    clickhouse_settings: { output_format_json_quote_64bit_integers: 0 },
    // Errors are thrown to the caller; the client would also log each one with its stack.
    log: { level: ClickHouseLogLevel.OFF },
  });
  const t = (name: string) => `\`${database}\`.\`${name}\``;
  const RAW = t('telemetry_raw');
  const T5M = t('telemetry_5m');
  const T1H = t('telemetry_1h');
  const STATE = t('telemetry_state');
  // The latest state in two parts, each keeping its newest row per machine (ReplacingMergeTree
  // by time, read with FINAL): every poll in `seen`, online polls in `last_online`.
  const SEEN = t('telemetry_seen');
  const LAST_ONLINE = t('telemetry_last_online');
  const LAST_READING = t('telemetry_last_reading');

  const command = async (query: string) => {
    await client.command({ query });
  };
  const rows = async <T>(query: string): Promise<T[]> => {
    const rs = await client.query({ query, format: 'JSONEachRow' });
    return rs.json<T>();
  };

  let schemaReady: Promise<void> | null = null;
  const ensureSchema = () => {
    schemaReady ??= (async () => {
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
    })().catch((e: unknown) => {
      schemaReady = null;
      throw e;
    });
    return schemaReady;
  };

  async function readState(): Promise<{ state: RollupState; seq: number }> {
    const stored = await rows<{ key: string; v: number; s: number }>(
      `SELECT key, argMax(value, seq) AS v, max(seq) AS s FROM ${STATE} GROUP BY key`,
    );
    const state = { ...INITIAL_STATE };
    let seq = 0;
    const byKey = new Map(stored.map((r) => [r.key, r]));
    for (const k of Object.keys(STATE_KEYS) as (keyof RollupState)[]) {
      const r = byKey.get(STATE_KEYS[k]);
      if (r) state[k] = Number(r.v);
    }
    for (const r of stored) seq = Math.max(seq, Number(r.s));
    return { state, seq };
  }

  async function writeState(values: Partial<RollupState>, seq: number): Promise<void> {
    await client.insert({
      table: STATE,
      format: 'JSONEachRow',
      values: Object.entries(values).map(([k, value]) => ({
        key: STATE_KEYS[k as keyof RollupState],
        value,
        seq,
      })),
    });
  }

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

  const countOf = async (query: string): Promise<number> => {
    const [r] = await rows<{ n: number }>(`SELECT count() AS n FROM (${query})`);
    return Number(r?.n ?? 0);
  };

  const minWaiting = async (b: LevelBounds, wMax: number): Promise<number> => {
    const [r] = await rows<{ n: number; w: number }>(`
      SELECT count() AS n, min(ingested_at) AS w FROM ${RAW} FINAL
      WHERE ingested_at >= ${int(b.wLo)} AND ingested_at <= ${int(wMax)}
        AND at >= ${int(b.closedBefore)}`);
    return r && Number(r.n) > 0 ? Number(r.w) : wMax + 1;
  };

  /** Waits until the table's mutations (ALTER … DELETE) are applied: 18.16 has no mutations_sync. */
  async function waitForMutations(table: string): Promise<void> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const n = await countOf(`SELECT 1 FROM system.mutations
        WHERE database = ${quote(database)} AND table = ${quote(table)} AND is_done = 0`);
      if (n === 0) return;
      if (Date.now() > deadline) throw new Error(`ClickHouse mutation on ${table} did not finish`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Drops whole partitions that end before `cutoff`, then deletes the remaining older rows. */
  async function deleteBefore(
    table: string,
    column: string,
    cutoff: number,
    partitionEnd: (partition: string) => number,
  ): Promise<void> {
    const parts = await rows<{ partition: string }>(`SELECT DISTINCT partition FROM system.parts
      WHERE database = ${quote(database)} AND table = ${quote(table)} AND active`);
    for (const { partition } of parts)
      if (/^\d+$/.test(partition) && partitionEnd(partition) <= cutoff)
        await command(`ALTER TABLE ${t(table)} DROP PARTITION ${partition}`);
    const left = await countOf(`SELECT 1 FROM ${t(table)} WHERE ${column} < ${int(cutoff)}`);
    if (left > 0) {
      await command(`ALTER TABLE ${t(table)} DELETE WHERE ${column} < ${int(cutoff)}`);
      await waitForMutations(table);
    }
  }

  const dayEnd = (p: string) =>
    Date.UTC(Number(p.slice(0, 4)), Number(p.slice(4, 6)) - 1, Number(p.slice(6, 8))) + DAY_MS;
  const monthEnd = (p: string) => Date.UTC(Number(p.slice(0, 4)), Number(p.slice(4, 6)), 1);

  const rollupRow = (r: RollupRowCh): SeriesPoint =>
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

  const rawRow = (r: RawRow): SeriesPoint => ({
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

  const range = (q: SeriesQuery, column: string) =>
    `${column} >= ${int(q.from)} AND ${column} < ${int(q.to)}`;

  return {
    kind: 'clickhouse',
    ensureSchema,
    async append(
      samples: readonly TelemetrySample[],
      ingestedAt: number,
      readings?: readonly (string | null)[],
      problems?: readonly (string | null)[],
    ) {
      checkInstant('ingestedAt', ingestedAt);
      for (const s of samples) checkInstant('at', s.at);
      if (!samples.length) return;
      await ensureSchema();
      await client.insert({
        table: SEEN,
        format: 'JSONEachRow',
        values: samples.map((s, i) => ({
          site_id: s.siteId,
          machine_id: s.machineId,
          at: s.at,
          online: s.online ? 1 : 0,
          problems: problems?.[i] ?? null,
        })),
      });
      const online = samples.flatMap((s) =>
        s.online
          ? [
              {
                site_id: s.siteId,
                machine_id: s.machineId,
                at: s.at,
                hashrate_ths: s.hashrateThs,
                ideal_ths: s.idealThs,
                power_w: s.powerW,
                chip_temp_max_c: s.chipTempMaxC,
                fan_min_rpm: s.fanMinRpm,
                boards: s.boards.length,
              },
            ]
          : [],
      );
      if (online.length)
        await client.insert({ table: LAST_ONLINE, format: 'JSONEachRow', values: online });
      const kept = samples.flatMap((s, i) => {
        const reading = s.online ? readings?.[i] : null;
        return reading ? [{ site_id: s.siteId, machine_id: s.machineId, at: s.at, reading }] : [];
      });
      if (kept.length)
        await client.insert({ table: LAST_READING, format: 'JSONEachRow', values: kept });
      await client.insert({
        table: RAW,
        format: 'JSONEachRow',
        values: samples.map((s) => ({
          site_id: s.siteId,
          machine_id: s.machineId,
          at: s.at,
          ingested_at: ingestedAt,
          online: s.online ? 1 : 0,
          hashrate_ths: s.hashrateThs,
          ideal_ths: s.idealThs,
          power_w: s.powerW,
          chip_temp_max_c: s.chipTempMaxC,
          fan_min_rpm: s.fanMinRpm,
          board_index: s.boards.map((b) => b.index),
          board_rate_ths: s.boards.map((b) => b.rateThs),
          board_chip_temp_max_c: s.boards.map((b) => b.chipTempMaxC),
          board_pcb_temp_max_c: s.boards.map((b) => b.pcbTempMaxC),
          board_chips: s.boards.map((b) => b.chips),
          board_hw_errors: s.boards.map((b) => b.hwErrors),
        })),
      });
    },
    async lastReading(siteId: string, machineId: string) {
      await ensureSchema();
      const [r] = await rows<{ at: number; reading: string }>(
        `SELECT at, reading FROM ${LAST_READING} FINAL
        WHERE site_id = ${quote(siteId)} AND machine_id = ${quote(machineId)}`,
      );
      return r ? { at: Number(r.at), reading: r.reading } : null;
    },
    async latest(siteId: string, machineIds?: readonly string[]) {
      await ensureSchema();
      if (machineIds && machineIds.length === 0) return [];
      const where = `site_id = ${quote(siteId)}${
        machineIds ? ` AND machine_id IN (${machineIds.map(quote).join(',')})` : ''
      }`;
      const seen = await rows<{
        machine_id: string;
        at: number;
        online: number;
        problems: string | null;
      }>(`SELECT machine_id, at, online, problems FROM ${SEEN} FINAL WHERE ${where}`);
      const last = new Map(
        (
          await rows<{
            machine_id: string;
            at: number;
            hashrate_ths: number | null;
            ideal_ths: number | null;
            power_w: number | null;
            chip_temp_max_c: number | null;
            fan_min_rpm: number | null;
            boards: number;
          }>(`SELECT * FROM ${LAST_ONLINE} FINAL WHERE ${where}`)
        ).map((r) => [r.machine_id, r]),
      );
      return seen.map((r): LatestState => {
        const o = last.get(r.machine_id);
        return {
          machineId: r.machine_id,
          lastSeenAt: Number(r.at),
          online: Number(r.online) === 1,
          problems: r.problems ?? null,
          lastOnlineAt: o ? Number(o.at) : null,
          hashrateThs: nullableNumber(o?.hashrate_ths ?? null),
          idealThs: nullableNumber(o?.ideal_ths ?? null),
          powerW: nullableNumber(o?.power_w ?? null),
          chipTempMaxC: nullableNumber(o?.chip_temp_max_c ?? null),
          fanMinRpm: nullableNumber(o?.fan_min_rpm ?? null),
          boards: o ? Number(o.boards) : 0,
        };
      });
    },
    async rollUp(now: number) {
      checkInstant('now', now);
      await ensureSchema();
      const { state, seq } = await readState();
      const version = seq + 1;
      const [m] = await rows<{ n: number; w: number }>(
        `SELECT count() AS n, max(ingested_at) AS w FROM ${RAW} FINAL`,
      );
      const wMax = m && Number(m.n) > 0 ? Math.max(Number(m.w), state.wHi) : state.wHi;
      const b5 = levelBounds(state, FIVE_MINUTES_MS, wMax, now);
      const b1 = levelBounds(state, HOUR_MS, wMax, now);
      const n5 = await countOf(dirtyKeys(b5));
      if (n5 > 0) await command(roll5m(b5, version));
      const n1 = await countOf(dirtyKeys(b1));
      if (n1 > 0) await command(roll1h(b1, version));
      await writeState(
        {
          wHi: wMax,
          wLo5m: await minWaiting(b5, wMax),
          wLo1h: await minWaiting(b1, wMax),
          lastNow: now,
        },
        version,
      );
      return { fiveMinuteBuckets: n5, hourBuckets: n1 };
    },
    async prune(now: number, retention: Retention) {
      const c = pruneCutoffs(now, retention);
      await ensureSchema();
      // Horizons first: a rollup running meanwhile must not recompute a half-pruned bucket.
      const { state, seq } = await readState();
      await writeState(
        {
          rawHorizon: Math.max(state.rawHorizon, c.rawHorizon),
          fiveMinuteHorizon: Math.max(state.fiveMinuteHorizon, c.fiveMinuteHorizon),
        },
        seq + 1,
      );
      await deleteBefore('telemetry_raw', 'at', c.raw, dayEnd);
      await deleteBefore('telemetry_5m', 'bucket', c.fiveMinute, monthEnd);
      await deleteBefore('telemetry_1h', 'bucket', c.hour, monthEnd);
    },
    async machineSeries(siteId: string, machineId: string, q: SeriesQuery) {
      await ensureSchema();
      const key = `site_id = ${quote(siteId)} AND machine_id = ${quote(machineId)}`;
      if (q.resolution === 'raw')
        return (
          await rows<RawRow>(`SELECT at, online, hashrate_ths, power_w, chip_temp_max_c,
            fan_min_rpm, board_index, board_rate_ths, board_chip_temp_max_c,
            board_pcb_temp_max_c, board_chips, board_hw_errors
          FROM ${RAW} FINAL WHERE ${key} AND ${range(q, 'at')} ORDER BY at, ingested_at`)
        ).map(rawRow);
      const table = q.resolution === '5m' ? T5M : T1H;
      return (
        await rows<RollupRowCh>(`SELECT ${ROLLUP_FIELDS} FROM ${table} FINAL
          WHERE ${key} AND ${range(q, 'bucket')} ORDER BY bucket`)
      ).map(rollupRow);
    },
    async siteSeries(siteId, q): Promise<SitePoint[]> {
      if (!(q.resolution in BUCKET_MS)) throw new RangeError(`siteSeries: ${q.resolution}`);
      await ensureSchema();
      const table = q.resolution === '5m' ? T5M : T1H;
      return (
        await rows<Parameters<typeof sitePoint>[0]>(`SELECT bucket AS at,
          sumKahan(if(hashrate_n > 0, hashrate_sum / hashrate_n, 0)) AS hashrateThs,
          count() AS machines, countIf(online > 0) AS machinesOnline
        FROM ${table} FINAL WHERE site_id = ${quote(siteId)} AND ${range(q, 'bucket')}
        GROUP BY bucket ORDER BY bucket`)
      ).map(sitePoint);
    },
    async counts() {
      await ensureSchema();
      const [r] = await rows<{ raw: number; fiveMinute: number; hour: number }>(`SELECT
        (SELECT count() FROM ${RAW} FINAL) AS raw,
        (SELECT count() FROM ${T5M} FINAL) AS fiveMinute,
        (SELECT count() FROM ${T1H} FINAL) AS hour`);
      return {
        raw: Number(r?.raw ?? 0),
        fiveMinute: Number(r?.fiveMinute ?? 0),
        hour: Number(r?.hour ?? 0),
      };
    },
    async close() {
      await client.close();
    },
  };
}
