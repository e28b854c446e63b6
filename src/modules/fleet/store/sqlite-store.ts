import Database from 'better-sqlite3';
import {
  BUCKET_MS,
  type BoardSample,
  type Retention,
  type LatestState,
  type SeriesPoint,
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
  rollupPoint,
  sitePoint,
  type BoardAggregate,
  type LevelBounds,
  type RollupState,
} from './rollup.js';

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

type RawBoard = [number, number, number | null, number | null, number, number | null];

/** JSON text of a finite number, else null (as JSON.stringify would write NaN or Infinity). */
const j = (v: number | null): string | number => (v !== null && Number.isFinite(v) ? v : 'null');

/** `[[index, rateThs, chipTempMaxC, pcbTempMaxC, chips, hwErrors], …]`, built by hand: this is
 * the hot path of appends and is twice as fast as mapping to arrays and JSON.stringify. */
function boardsJson(boards: readonly BoardSample[]): string {
  let out = '[';
  for (let i = 0; i < boards.length; i++) {
    const b = boards[i]!;
    out += `${i ? ',' : ''}[${j(b.index)},${j(b.rateThs)},${j(b.chipTempMaxC)},${j(b.pcbTempMaxC)},${j(b.chips)},${j(b.hwErrors)}]`;
  }
  return out + ']';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS telemetry_series (
  id INTEGER PRIMARY KEY,
  site_id TEXT NOT NULL,
  machine_id TEXT NOT NULL,
  UNIQUE (site_id, machine_id)
);
CREATE TABLE IF NOT EXISTS telemetry_raw (
  series INTEGER NOT NULL,
  at INTEGER NOT NULL,
  ingested_at INTEGER NOT NULL,
  online INTEGER NOT NULL,
  hashrate_ths REAL,
  ideal_ths REAL,
  power_w REAL,
  chip_temp_max_c REAL,
  fan_min_rpm REAL,
  boards TEXT NOT NULL
);
-- One sample per machine and instant: a batch applied twice (a retry after a failed commit)
-- replaces its samples instead of doubling them.
CREATE UNIQUE INDEX IF NOT EXISTS telemetry_raw_series_at ON telemetry_raw (series, at);
CREATE INDEX IF NOT EXISTS telemetry_raw_ingested_at ON telemetry_raw (ingested_at);

${['telemetry_5m', 'telemetry_1h']
  .map(
    (t) => `
CREATE TABLE IF NOT EXISTS ${t} (
  series INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  online INTEGER NOT NULL,
  hashrate_sum REAL NOT NULL,
  hashrate_n INTEGER NOT NULL,
  power_sum REAL NOT NULL,
  power_n INTEGER NOT NULL,
  chip_temp_max_c REAL,
  fan_min_rpm REAL,
  boards TEXT NOT NULL,
  PRIMARY KEY (series, bucket)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ${t}_bucket ON ${t} (bucket);`,
  )
  .join('\n')}
CREATE TABLE IF NOT EXISTS telemetry_latest (
  series INTEGER PRIMARY KEY,
  last_seen_at INTEGER NOT NULL,
  online INTEGER NOT NULL,
  problems TEXT,
  last_online_at INTEGER,
  hashrate_ths REAL,
  ideal_ths REAL,
  power_w REAL,
  chip_temp_max_c REAL,
  fan_min_rpm REAL,
  boards INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS telemetry_last_reading (
  series INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  reading TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS telemetry_state (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** Rows of the pass's dirty set; `:size` is the level's bucket size. */
const DIRTY_WHERE = `
  ingested_at >= :wLo AND ingested_at <= :wMax
  AND (ingested_at > :wHi OR at >= :waitingFrom)
  AND at < :closedBefore AND at >= :notBefore`;

const ROLL_5M = `
INSERT OR REPLACE INTO telemetry_5m
WITH dirty AS (
  SELECT DISTINCT series, at - at % :size AS bucket
  FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at WHERE ${DIRTY_WHERE}
),
rows AS (
  SELECT d.bucket, r.* FROM dirty d JOIN telemetry_raw r INDEXED BY telemetry_raw_series_at
    ON r.series = d.series AND r.at >= d.bucket AND r.at < d.bucket + :size
),
per_board AS (
  SELECT series, bucket, j.value ->> 0 AS bi,
    total(j.value ->> 1) AS rs, count(*) AS rn, max(j.value ->> 2) AS cm,
    max(j.value ->> 3) AS pm, min(j.value ->> 4) AS chm, max(j.value ->> 5) AS hm
  FROM rows, json_each(rows.boards) j WHERE rows.online = 1
  GROUP BY series, bucket, bi
),
boards AS (
  SELECT series, bucket,
    json_group_array(json_array(bi, rs, rn, cm, pm, chm, hm) ORDER BY bi) AS boards
  FROM per_board GROUP BY series, bucket
)
SELECT m.series, m.bucket, m.samples, m.online, m.hs, m.hn, m.ps, m.pn, m.cm, m.fm,
  coalesce(b.boards, '[]')
FROM (
  SELECT series, bucket, count(*) AS samples, sum(online) AS online,
    total(CASE WHEN online = 1 THEN hashrate_ths END) AS hs,
    count(CASE WHEN online = 1 THEN hashrate_ths END) AS hn,
    total(CASE WHEN online = 1 THEN power_w END) AS ps,
    count(CASE WHEN online = 1 THEN power_w END) AS pn,
    max(chip_temp_max_c) AS cm, min(fan_min_rpm) AS fm
  FROM rows GROUP BY series, bucket
) m LEFT JOIN boards b USING (series, bucket)`;

const ROLL_1H = `
INSERT OR REPLACE INTO telemetry_1h
WITH dirty AS (
  SELECT DISTINCT series, at - at % :size AS bucket
  FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at WHERE ${DIRTY_WHERE}
),
rows AS (
  SELECT d.bucket AS hour, f.* FROM dirty d JOIN telemetry_5m f
    ON f.series = d.series AND f.bucket >= d.bucket AND f.bucket < d.bucket + :size
),
per_board AS (
  SELECT series, hour, j.value ->> 0 AS bi,
    total(j.value ->> 1) AS rs, sum(j.value ->> 2) AS rn, max(j.value ->> 3) AS cm,
    max(j.value ->> 4) AS pm, min(j.value ->> 5) AS chm, max(j.value ->> 6) AS hm
  FROM rows, json_each(rows.boards) j
  GROUP BY series, hour, bi
),
boards AS (
  SELECT series, hour,
    json_group_array(json_array(bi, rs, rn, cm, pm, chm, hm) ORDER BY bi) AS boards
  FROM per_board GROUP BY series, hour
)
SELECT m.series, m.hour, m.samples, m.online, m.hs, m.hn, m.ps, m.pn, m.cm, m.fm,
  coalesce(b.boards, '[]')
FROM (
  SELECT series, hour, sum(samples) AS samples, sum(online) AS online,
    total(hashrate_sum) AS hs, sum(hashrate_n) AS hn, total(power_sum) AS ps,
    sum(power_n) AS pn, max(chip_temp_max_c) AS cm, min(fan_min_rpm) AS fm
  FROM rows GROUP BY series, hour
) m LEFT JOIN boards b USING (series, hour)`;

const COUNT_DIRTY = `
SELECT count(*) AS n FROM (
  SELECT DISTINCT series, at - at % :size
  FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at WHERE ${DIRTY_WHERE}
)`;

/** Lowest `ingested_at` of a row whose bucket is still open (it waits for the next rollup). */
const MIN_WAITING = `
SELECT min(ingested_at) AS w FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at
WHERE ingested_at >= :wLo AND ingested_at <= :wMax AND at >= :closedBefore`;

const LATEST_FIGURES = [
  'last_online_at',
  'hashrate_ths',
  'ideal_ths',
  'power_w',
  'chip_temp_max_c',
  'fan_min_rpm',
  'boards',
];
const NEWER_ONLINE =
  'excluded.last_online_at IS NOT NULL AND (last_online_at IS NULL OR excluded.last_online_at >= last_online_at)';

interface LatestDbRow {
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

const latestState = (r: LatestDbRow): LatestState => ({
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

interface RollupDbRow {
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

interface RawDbRow {
  at: number;
  online: number;
  hashrate_ths: number | null;
  power_w: number | null;
  chip_temp_max_c: number | null;
  fan_min_rpm: number | null;
  boards: string;
}

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

  function siteSql(table: string): string {
    return `SELECT bucket AS at,
        total(CASE WHEN hashrate_n > 0 THEN hashrate_sum / hashrate_n ELSE 0 END) AS hashrateThs,
        count(*) AS machines, sum(online > 0) AS machinesOnline
      FROM ${table} f JOIN telemetry_series s ON s.id = f.series
      WHERE s.site_id = ? AND f.bucket >= ? AND f.bucket < ?
      GROUP BY bucket ORDER BY bucket`;
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

  const rollupRow = (r: RollupDbRow): SeriesPoint =>
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

  const rawRow = (r: RawDbRow): SeriesPoint => ({
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
