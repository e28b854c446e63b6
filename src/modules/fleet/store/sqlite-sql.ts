/** SQL text of the embedded telemetry store (`sqlite-store.ts`): schema, rollups, latest state. */

export const SCHEMA = `
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

export const ROLL_5M = `
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

export const ROLL_1H = `
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

export const COUNT_DIRTY = `
SELECT count(*) AS n FROM (
  SELECT DISTINCT series, at - at % :size
  FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at WHERE ${DIRTY_WHERE}
)`;

/** Lowest `ingested_at` of a row whose bucket is still open (it waits for the next rollup). */
export const MIN_WAITING = `
SELECT min(ingested_at) AS w FROM telemetry_raw INDEXED BY telemetry_raw_ingested_at
WHERE ingested_at >= :wLo AND ingested_at <= :wMax AND at >= :closedBefore`;

export const LATEST_FIGURES = [
  'last_online_at',
  'hashrate_ths',
  'ideal_ths',
  'power_w',
  'chip_temp_max_c',
  'fan_min_rpm',
  'boards',
];
export const NEWER_ONLINE =
  'excluded.last_online_at IS NOT NULL AND (last_online_at IS NULL OR excluded.last_online_at >= last_online_at)';

export function siteSql(table: string): string {
  return `SELECT bucket AS at,
        total(CASE WHEN hashrate_n > 0 THEN hashrate_sum / hashrate_n ELSE 0 END) AS hashrateThs,
        count(*) AS machines, sum(online > 0) AS machinesOnline
      FROM ${table} f JOIN telemetry_series s ON s.id = f.series
      WHERE s.site_id = ? AND f.bucket >= ? AND f.bucket < ?
      GROUP BY bucket ORDER BY bucket`;
}
