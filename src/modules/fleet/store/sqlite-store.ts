import Database from 'better-sqlite3';
import {
  BUCKET_MS,
  type Retention,
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
  pruneCutoffs,
  sitePoint,
  type LevelBounds,
  type RollupState,
} from './rollup.js';
import {
  COUNT_DIRTY,
  LATEST_FIGURES,
  MIN_WAITING,
  NEWER_ONLINE,
  ROLL_1H,
  ROLL_5M,
  SCHEMA,
  siteSql,
} from './sqlite-sql.js';
import {
  boardsJson,
  latestState,
  rawRow,
  rollupRow,
  type LatestDbRow,
  type RawDbRow,
  type RollupDbRow,
} from './sqlite-rows.js';

/**
 * The embedded telemetry store: its own better-sqlite3 connection, possibly on the main Rigline
 * database file (hence the `telemetry_` prefix). Semantics are documented in `rollup.ts`.
 *
 * Boards are kept as compact JSON text, `[[index, rateThs, chipTempMaxC, pcbTempMaxC, chips,
 * hwErrors], …]`: a machine has 1 to 32 boards, so parallel columns would either cap the count or
 * need a child table (one more row and index entry per board, which costs more than half the
 * append throughput); JSON arrays of arrays are short, written once, and SQLite's json_each
 * aggregates them in SQL at rollup time. Rollup rows keep per-board sums the same way:
 * `[[index, rateSum, rateCount, chipTempMaxC, pcbTempMaxC, chipsMin, hwErrorsMax], …]`.
 */

const STATE_KEYS: Record<keyof RollupState, string> = {
  wHi: 'w_hi',
  wLo5m: 'w_lo_5m',
  wLo1h: 'w_lo_1h',
  lastNow: 'last_now',
  rawHorizon: 'raw_horizon',
  fiveMinuteHorizon: 'five_minute_horizon',
};

function boundsParams(b: LevelBounds): Record<string, number> {
  return {
    size: b.size,
    wLo: b.wLo,
    wMax: b.wMax,
    wHi: b.wHi,
    waitingFrom: b.waitingFrom,
    closedBefore: b.closedBefore,
    notBefore: b.notBefore,
  };
}

export function createSqliteTelemetryStore(options: { file: string }): TelemetryStore {
  const db = new Database(options.file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // Appends touch the tail of three raw indexes and a machine's latest row: a larger page cache
  // keeps those pages in memory between batches (64 MB).
  db.pragma('cache_size = -65536');
  // WAL checkpoints every 64 MB (as the main connection): fewer, larger copies into the file.
  db.pragma('wal_autocheckpoint = 16000');
  let prepared: ReturnType<typeof prepare> | null = null;

  function prepare() {
    const stmt = (sql: string) => db.prepare(sql);
    return {
      seriesOf: stmt('SELECT id FROM telemetry_series WHERE site_id = ? AND machine_id = ?'),
      addSeries: stmt('INSERT INTO telemetry_series (site_id, machine_id) VALUES (?, ?)'),
      insert: stmt(`INSERT OR REPLACE INTO telemetry_raw (series, at, ingested_at, online,
        hashrate_ths, ideal_ths, power_w, chip_temp_max_c, fan_min_rpm, boards)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // SET expressions read the row as it was: the newest poll decides `online`, the newest
      // online poll the figures.
      latest: stmt(`INSERT INTO telemetry_latest (series, last_seen_at, online,
          problems, last_online_at, hashrate_ths, ideal_ths, power_w, chip_temp_max_c, fan_min_rpm,
          boards)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (series) DO UPDATE SET
          online = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.online ELSE online END,
          problems = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.problems ELSE problems END,
          last_seen_at = max(last_seen_at, excluded.last_seen_at),
          ${LATEST_FIGURES.map(
            (c) => `${c} = CASE WHEN ${NEWER_ONLINE} THEN excluded.${c} ELSE ${c} END`,
          ).join(', ')}`),
      reading: stmt(`INSERT INTO telemetry_last_reading (series, at, reading)
        VALUES (?, ?, ?)
        ON CONFLICT (series) DO UPDATE SET at = excluded.at, reading = excluded.reading
        WHERE excluded.at >= at`),
      lastReading: stmt(`SELECT at, reading FROM telemetry_last_reading WHERE series = ?`),
      latestOfSite: stmt(`SELECT s.machine_id, l.* FROM telemetry_series s
        JOIN telemetry_latest l ON l.series = s.id WHERE s.site_id = ?`),
      latestOf: stmt(`SELECT s.machine_id, l.* FROM telemetry_series s
        JOIN telemetry_latest l ON l.series = s.id WHERE s.site_id = ? AND s.machine_id = ?`),
      maxIngested: stmt('SELECT max(ingested_at) AS w FROM telemetry_raw'),
      countDirty: stmt(COUNT_DIRTY),
      minWaiting: stmt(MIN_WAITING),
      roll5m: stmt(ROLL_5M),
      roll1h: stmt(ROLL_1H),
      state: stmt('SELECT key, value FROM telemetry_state'),
      setState: stmt(
        'INSERT INTO telemetry_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      raw: stmt(`SELECT at, online, hashrate_ths, power_w, chip_temp_max_c, fan_min_rpm, boards
        FROM telemetry_raw INDEXED BY telemetry_raw_series_at
        WHERE series = ? AND at >= ? AND at < ?
        ORDER BY at, ingested_at, rowid`),
      series5m: stmt(`SELECT * FROM telemetry_5m
        WHERE series = ? AND bucket >= ? AND bucket < ? ORDER BY bucket`),
      series1h: stmt(`SELECT * FROM telemetry_1h
        WHERE series = ? AND bucket >= ? AND bucket < ? ORDER BY bucket`),
      site5m: stmt(siteSql('telemetry_5m')),
      site1h: stmt(siteSql('telemetry_1h')),
      // Through the (series, at) index, one short range per machine: no index on `at` alone to
      // keep up on every append.
      pruneRaw: stmt(`DELETE FROM telemetry_raw WHERE rowid IN (
        SELECT r.rowid FROM telemetry_series s
        JOIN telemetry_raw r INDEXED BY telemetry_raw_series_at ON r.series = s.id AND r.at < ?)`),
      prune5m: stmt('DELETE FROM telemetry_5m WHERE bucket < ?'),
      prune1h: stmt('DELETE FROM telemetry_1h WHERE bucket < ?'),
      counts: stmt(`SELECT (SELECT count(*) FROM telemetry_raw) AS raw,
        (SELECT count(*) FROM telemetry_5m) AS fiveMinute,
        (SELECT count(*) FROM telemetry_1h) AS hour`),
    };
  }

  function st() {
    if (!prepared) {
      db.exec(SCHEMA);
      prepared = prepare();
    }
    return prepared;
  }

  function readState(): RollupState {
    const stored = new Map(
      (st().state.all() as { key: string; value: number }[]).map((r) => [r.key, r.value]),
    );
    const s = { ...INITIAL_STATE };
    for (const k of Object.keys(STATE_KEYS) as (keyof RollupState)[]) {
      const v = stored.get(STATE_KEYS[k]);
      if (v !== undefined) s[k] = v;
    }
    return s;
  }

  function writeState(s: Partial<RollupState>): void {
    for (const [k, v] of Object.entries(s))
      st().setState.run(STATE_KEYS[k as keyof RollupState], v);
  }

  /**
   * Samples are keyed by a small integer per (site, machine): index entries of a few bytes
   * instead of two ids of 30-odd characters make appends 40% faster. Ids are cached; a failed
   * append forgets the cache, since ids it handed out may have been rolled back.
   */
  const seriesIds = new Map<string, number>();
  function seriesFor(siteId: string, machineId: string): number {
    const key = `${siteId}\u0000${machineId}`;
    let id = seriesIds.get(key);
    if (id === undefined) {
      const s = st();
      const found = s.seriesOf.get(siteId, machineId) as { id: number } | undefined;
      id = found ? found.id : Number(s.addSeries.run(siteId, machineId).lastInsertRowid);
      seriesIds.set(key, id);
    }
    return id;
  }
  function knownSeries(siteId: string, machineId: string): number | null {
    const key = `${siteId}\u0000${machineId}`;
    const cached = seriesIds.get(key);
    if (cached !== undefined) return cached;
    const found = st().seriesOf.get(siteId, machineId) as { id: number } | undefined;
    return found ? found.id : null;
  }

  const appendTx = db.transaction(
    (
      samples: readonly TelemetrySample[],
      ingestedAt: number,
      readings: readonly (string | null)[] | undefined,
      problems: readonly (string | null)[] | undefined,
    ) => {
      const { insert, latest, reading } = st();
      for (const [i, s] of samples.entries()) {
        const online = s.online ? 1 : 0;
        const boards = boardsJson(s.boards);
        const series = seriesFor(s.siteId, s.machineId);
        latest.run(
          series,
          s.at,
          online,
          problems?.[i] ?? null,
          online ? s.at : null,
          s.hashrateThs,
          s.idealThs,
          s.powerW,
          s.chipTempMaxC,
          s.fanMinRpm,
          s.boards.length,
        );
        const text = online ? readings?.[i] : null;
        if (text) reading.run(series, s.at, text);
        insert.run(
          series,
          s.at,
          ingestedAt,
          s.online ? 1 : 0,
          s.hashrateThs,
          s.idealThs,
          s.powerW,
          s.chipTempMaxC,
          s.fanMinRpm,
          boards,
        );
      }
    },
  );

  const rollUpTx = db.transaction((now: number) => {
    const s = st();
    const state = readState();
    const max = (s.maxIngested.get() as { w: number | null }).w;
    const wMax = max === null ? state.wHi : Math.max(max, state.wHi);
    const b5 = levelBounds(state, FIVE_MINUTES_MS, wMax, now);
    const b1 = levelBounds(state, HOUR_MS, wMax, now);
    const p5 = boundsParams(b5);
    const p1 = boundsParams(b1);
    const n5 = (s.countDirty.get(p5) as { n: number }).n;
    if (n5 > 0) s.roll5m.run(p5);
    const n1 = (s.countDirty.get(p1) as { n: number }).n;
    if (n1 > 0) s.roll1h.run(p1);
    const waiting = (p: Record<string, number>) =>
      (s.minWaiting.get(p) as { w: number | null }).w ?? wMax + 1;
    writeState({
      wHi: wMax,
      wLo5m: waiting(p5),
      wLo1h: waiting(p1),
      lastNow: now,
    });
    return { fiveMinuteBuckets: n5, hourBuckets: n1 };
  });

  const pruneTx = db.transaction((now: number, retention: Retention) => {
    const c = pruneCutoffs(now, retention);
    const s = st();
    s.pruneRaw.run(c.raw);
    s.prune5m.run(c.fiveMinute);
    s.prune1h.run(c.hour);
    const state = readState();
    writeState({
      rawHorizon: Math.max(state.rawHorizon, c.rawHorizon),
      fiveMinuteHorizon: Math.max(state.fiveMinuteHorizon, c.fiveMinuteHorizon),
    });
  });

  return {
    kind: 'sqlite',
    async ensureSchema() {
      st();
    },
    async append(samples, ingestedAt, readings, problems) {
      checkInstant('ingestedAt', ingestedAt);
      for (const s of samples) checkInstant('at', s.at);
      if (!samples.length) return;
      try {
        appendTx(samples, ingestedAt, readings, problems);
      } catch (error) {
        seriesIds.clear();
        throw error;
      }
    },
    async lastReading(siteId, machineId) {
      const series = knownSeries(siteId, machineId);
      if (series === null) return null;
      return (st().lastReading.get(series) as { at: number; reading: string }) ?? null;
    },
    async latest(siteId, machineIds) {
      const s = st();
      const found = machineIds
        ? machineIds.flatMap((id) => {
            const r = s.latestOf.get(siteId, id) as LatestDbRow | undefined;
            return r ? [r] : [];
          })
        : (s.latestOfSite.all(siteId) as LatestDbRow[]);
      return found.map(latestState);
    },
    async rollUp(now) {
      return rollUpTx(checkInstant('now', now));
    },
    async prune(now, retention) {
      pruneTx(now, retention);
    },
    async machineSeries(siteId: string, machineId: string, q: SeriesQuery) {
      const s = st();
      const series = knownSeries(siteId, machineId);
      if (series === null) return [];
      const args = [series, q.from, q.to] as const;
      if (q.resolution === 'raw') return (s.raw.all(...args) as RawDbRow[]).map(rawRow);
      const stmt = q.resolution === '5m' ? s.series5m : s.series1h;
      return (stmt.all(...args) as RollupDbRow[]).map(rollupRow);
    },
    async siteSeries(siteId, q): Promise<SitePoint[]> {
      if (!(q.resolution in BUCKET_MS)) throw new RangeError(`siteSeries: ${q.resolution}`);
      const stmt = q.resolution === '5m' ? st().site5m : st().site1h;
      return (stmt.all(siteId, q.from, q.to) as Parameters<typeof sitePoint>[0][]).map(sitePoint);
    },
    async counts() {
      return st().counts.get() as { raw: number; fiveMinute: number; hour: number };
    },
    async close() {
      db.close();
    },
  };
}
