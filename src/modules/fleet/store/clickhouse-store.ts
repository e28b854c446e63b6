import { ClickHouseLogLevel, createClient } from '@clickhouse/client';
import {
  BUCKET_MS,
  type Retention,
  type LatestState,
  type SeriesQuery,
  type SitePoint,
  type TelemetrySample,
  type TelemetryStore,
} from './telemetry-store.js';
import {
  FIVE_MINUTES_MS,
  HOUR_MS,
  INITIAL_STATE,
  checkInstant,
  levelBounds,
  nullableNumber,
  pruneCutoffs,
  sitePoint,
  type LevelBounds,
  type RollupState,
} from './rollup.js';
import {
  ROLLUP_FIELDS,
  createSchema,
  dayEnd,
  int,
  monthEnd,
  quote,
  rollupSql,
} from './clickhouse-sql.js';
import { STATE_KEYS, rawRow, rollupRow, type RawRow, type RollupRowCh } from './clickhouse-rows.js';

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
      await createSchema(command, database, {
        RAW,
        T5M,
        T1H,
        STATE,
        SEEN,
        LAST_ONLINE,
        LAST_READING,
      });
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

  const { dirtyKeys, roll5m, roll1h } = rollupSql({ RAW, T5M, T1H });

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
