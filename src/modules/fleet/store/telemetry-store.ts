/**
 * History of what miners reported, behind one interface with two implementations that behave
 * the same: the embedded SQLite store (default) and ClickHouse (`RIGLINE_TELEMETRY_URL`).
 * Raw samples are kept for a retention window; 5-minute and 1-hour rollups are kept longer;
 * each machine's latest state is kept beside them. Who a machine is and the unit it was matched
 * to live in the main database, not here.
 */

export type Resolution = 'raw' | '5m' | '1h';

export const BUCKET_MS: Record<Exclude<Resolution, 'raw'>, number> = {
  '5m': 5 * 60_000,
  '1h': 60 * 60_000,
};

/** Per board, as stored: the values a health check or a chart needs, no more. */
export interface BoardSample {
  index: number;
  rateThs: number;
  /** Hottest chip and PCB sensor of the board, either side; null when not reported. */
  chipTempMaxC: number | null;
  pcbTempMaxC: number | null;
  chips: number;
  hwErrors: number | null;
}

/** One machine at one poll. */
export interface TelemetrySample {
  siteId: string;
  machineId: string;
  at: number;
  online: boolean;
  hashrateThs: number | null;
  idealThs: number | null;
  powerW: number | null;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  boards: BoardSample[];
}

/** One point of a machine's history: a raw sample or an aggregate over a bucket. */
export interface SeriesPoint {
  /** Sample time (raw) or bucket start. */
  at: number;
  samples: number;
  /** Share of samples online, 0..1. */
  onlineShare: number;
  /** Mean over online samples. */
  hashrateThs: number | null;
  powerW: number | null;
  /** Max over the bucket. */
  chipTempMaxC: number | null;
  /** Min over the bucket. */
  fanMinRpm: number | null;
  /** Per board: mean rate, max temperatures, min chips, max hardware errors; by board index. */
  boards: BoardSample[];
}

/** A site's total per bucket: the sum of its machines' mean hashrate, machines seen online. */
export interface SitePoint {
  at: number;
  hashrateThs: number;
  machines: number;
  machinesOnline: number;
}

/**
 * A machine's newest state, kept by `append`: when it was last polled and whether it answered,
 * and what it said the last time it was online (kept while it is offline).
 */
export interface LatestState {
  machineId: string;
  lastSeenAt: number;
  online: boolean;
  /** What went wrong at the newest poll (JSON string[] as given), e.g. why it was unreadable. */
  problems: string | null;
  lastOnlineAt: number | null;
  hashrateThs: number | null;
  idealThs: number | null;
  powerW: number | null;
  chipTempMaxC: number | null;
  fanMinRpm: number | null;
  boards: number;
}

export interface Retention {
  rawDays: number;
  fiveMinuteDays: number;
  hourDays: number;
}

export interface SeriesQuery {
  from: number;
  to: number;
  resolution: Resolution;
}

export interface TelemetryStore {
  readonly kind: 'sqlite' | 'clickhouse';
  /** Creates the tables if missing (idempotent). */
  ensureSchema(): Promise<void>;
  /**
   * Appends samples; `ingestedAt` marks them for the next rollup (late samples included).
   * Also keeps each machine's latest state: `problems[i]` is what went wrong at sample i's poll
   * (JSON string[]); `readings[i]` its whole reading (JSON), kept as the machine's last reading
   * when given — callers send it now and then, not every poll (it is a kilobyte a machine).
   * A sample older than a machine's latest state never overwrites it.
   */
  append(
    samples: readonly TelemetrySample[],
    ingestedAt: number,
    readings?: readonly (string | null)[],
    problems?: readonly (string | null)[],
  ): Promise<void>;
  /** The latest state of a site's machines (all of them, or those named). */
  latest(siteId: string, machineIds?: readonly string[]): Promise<LatestState[]>;
  /** The newest whole reading kept for a machine, and when it was taken. */
  lastReading(siteId: string, machineId: string): Promise<{ at: number; reading: string } | null>;
  /**
   * (Re)computes the 5-minute buckets that received samples since the last rollup and the hour
   * buckets containing them, so samples arriving late (a collector replaying its outbox after an
   * outage) are folded in. Only buckets that ended before `now` are rolled. Idempotent.
   */
  rollUp(now: number): Promise<{ fiveMinuteBuckets: number; hourBuckets: number }>;
  /** Drops raw samples and rollups older than their retention. */
  prune(now: number, retention: Retention): Promise<void>;
  machineSeries(siteId: string, machineId: string, query: SeriesQuery): Promise<SeriesPoint[]>;
  /** Site totals per bucket; `raw` is not offered (use 5m). */
  siteSeries(
    siteId: string,
    query: SeriesQuery & { resolution: '5m' | '1h' },
  ): Promise<SitePoint[]>;
  /** Row counts, for operations pages and tests. */
  counts(): Promise<{ raw: number; fiveMinute: number; hour: number }>;
  close(): Promise<void>;
}
