import { createClient } from '@clickhouse/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClickHouseTelemetryStore } from './clickhouse-store.js';
import { createSqliteTelemetryStore } from './sqlite-store.js';
import type {
  BoardSample,
  SeriesPoint,
  SitePoint,
  TelemetrySample,
  TelemetryStore,
} from './telemetry-store.js';

/**
 * One contract, run against every store: SQLite always, ClickHouse when
 * RIGLINE_TEST_CLICKHOUSE_URL is set (required under CI=true). Each test opens a fresh store
 * (a temp file; a fresh database `rigline_test_<run>_<n>`, all dropped after the file).
 *
 * Comparisons round numbers to 6 decimals: both stores keep sums and counts and divide in JS,
 * but the engines may add floating-point sums in a different order (SQLite's sum is
 * Kahan–Babuška–Neumaier, ClickHouse's sumKahan is Kahan), which can differ in the last bits.
 */

const CH_URL = process.env.RIGLINE_TEST_CLICKHOUSE_URL;
const REQUIRE_CH = process.env.CI === 'true';
const T0 = Date.UTC(2026, 10, 2); // hour-aligned
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface Backend {
  name: 'sqlite' | 'clickhouse';
  open(): Promise<TelemetryStore>;
}

const tempDir = mkdtempSync(join(tmpdir(), 'rigline-telemetry-'));
let sqliteFiles = 0;
const sqlite: Backend = {
  name: 'sqlite',
  async open() {
    const store = createSqliteTelemetryStore({ file: join(tempDir, `t${++sqliteFiles}.db`) });
    await store.ensureSchema();
    return store;
  },
};

const runId = `${Date.now().toString(36)}_${process.pid}`;
const chDatabases: string[] = [];
const clickhouse: Backend = {
  name: 'clickhouse',
  async open() {
    const database = `rigline_test_${runId}_${chDatabases.length + 1}`;
    chDatabases.push(database);
    const store = createClickHouseTelemetryStore({ url: CH_URL!, database });
    await store.ensureSchema();
    return store;
  },
};

const opened: TelemetryStore[] = [];
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
  rmSync(tempDir, { recursive: true, force: true });
  if (CH_URL && chDatabases.length) {
    const client = createClient({ url: CH_URL });
    for (const db of chDatabases) await client.command({ query: `DROP DATABASE IF EXISTS ${db}` });
    await client.close();
  }
});

const backends: Backend[] = CH_URL ? [sqlite, clickhouse] : [sqlite];

/** Rounds every number to 6 decimals, recursively. */
function round6<T>(v: T): T {
  if (typeof v === 'number') return (Math.round(v * 1e6) / 1e6) as T;
  if (Array.isArray(v)) return v.map(round6) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round6(x)])) as T;
  return v;
}

const board = (index: number, rateThs: number, extra: Partial<BoardSample> = {}): BoardSample => ({
  index,
  rateThs,
  chipTempMaxC: 70,
  pcbTempMaxC: 55,
  chips: 76,
  hwErrors: 0,
  ...extra,
});

function sample(at: number, extra: Partial<TelemetrySample> = {}): TelemetrySample {
  return {
    siteId: 'site-a',
    machineId: 'm1',
    at,
    online: true,
    hashrateThs: 100,
    idealThs: 110,
    powerW: 3000,
    chipTempMaxC: 70,
    fanMinRpm: 4000,
    boards: [board(0, 33), board(1, 33), board(2, 34)],
    ...extra,
  };
}

const fiveMin = (store: TelemetryStore, from = T0, to = T0 + 2 * HOUR, machineId = 'm1') =>
  store.machineSeries('site-a', machineId, { from, to, resolution: '5m' });
const hourly = (store: TelemetryStore, from = T0, to = T0 + 2 * HOUR, machineId = 'm1') =>
  store.machineSeries('site-a', machineId, { from, to, resolution: '1h' });

if (!CH_URL)
  describe('clickhouse store', () => {
    // Under CI every backend is required: a missing server fails here instead of skipping.
    it.runIf(REQUIRE_CH)('has RIGLINE_TEST_CLICKHOUSE_URL (required under CI=true)', () => {
      expect(CH_URL, 'RIGLINE_TEST_CLICKHOUSE_URL must be set when CI=true').toBeTruthy();
    });
    it.skipIf(REQUIRE_CH)('runs when RIGLINE_TEST_CLICKHOUSE_URL is set', () => undefined);
  });

describe.each(backends)('telemetry store contract: $name', (backend) => {
  const open = async () => {
    const s = await backend.open();
    opened.push(s);
    return s;
  };

  it('reports its kind and creates its schema idempotently', async () => {
    const s = await open();
    expect(s.kind).toBe(backend.name);
    await s.ensureSchema();
    expect(await s.counts()).toEqual({ raw: 0, fiveMinute: 0, hour: 0 });
  });

  it('appends samples and returns them raw, ordered, with nulls and boards as given', async () => {
    const s = await open();
    const offline = sample(T0 + 2 * MIN, {
      online: false,
      hashrateThs: null,
      idealThs: null,
      powerW: null,
      chipTempMaxC: null,
      fanMinRpm: null,
      boards: [],
    });
    const oddBoards = sample(T0 + MIN, {
      hashrateThs: 101.123456789,
      boards: [
        board(2, 33.5, { chipTempMaxC: null, hwErrors: null }),
        board(0, 32.25, { pcbTempMaxC: null, chips: 0 }),
      ],
    });
    await s.append([offline, sample(T0 + 3 * MIN)], T0 + 10 * MIN);
    await s.append(
      [oddBoards, sample(T0), sample(T0 + 4 * MIN, { machineId: 'm2' })],
      T0 + 11 * MIN,
    );
    await s.append([sample(T0, { siteId: 'site-b' }), sample(T0 + 5 * MIN)], T0 + 12 * MIN);
    const raw = await s.machineSeries('site-a', 'm1', {
      from: T0,
      to: T0 + 5 * MIN,
      resolution: 'raw',
    });
    expect(raw.map((p) => p.at)).toEqual([T0, T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]);
    expect(raw[1]).toEqual({
      at: T0 + MIN,
      samples: 1,
      onlineShare: 1,
      hashrateThs: 101.123456789,
      powerW: 3000,
      chipTempMaxC: 70,
      fanMinRpm: 4000,
      boards: [
        { index: 2, rateThs: 33.5, chipTempMaxC: null, pcbTempMaxC: 55, chips: 76, hwErrors: null },
        { index: 0, rateThs: 32.25, chipTempMaxC: 70, pcbTempMaxC: null, chips: 0, hwErrors: 0 },
      ],
    });
    expect(raw[2]).toEqual({
      at: T0 + 2 * MIN,
      samples: 1,
      onlineShare: 0,
      hashrateThs: null,
      powerW: null,
      chipTempMaxC: null,
      fanMinRpm: null,
      boards: [],
    });
    expect(await s.counts()).toEqual({ raw: 7, fiveMinute: 0, hour: 0 });
    await s.append([], T0 + 13 * MIN);
    expect((await s.counts()).raw).toBe(7);
  });

  it('keeps tenants apart: another site or machine never leaks into a series', async () => {
    const s = await open();
    await s.append(
      [
        sample(T0, { hashrateThs: 10 }),
        sample(T0, { siteId: 'site-b', hashrateThs: 20 }),
        sample(T0, { machineId: 'm2', hashrateThs: 30 }),
        sample(T0, { siteId: 'site-a2', hashrateThs: 40 }),
        sample(T0, { siteId: "it's", machineId: 'm1\\', hashrateThs: 50 }),
      ],
      T0 + MIN,
    );
    await s.rollUp(T0 + 2 * HOUR);
    const raw = await s.machineSeries('site-a', 'm1', {
      from: T0,
      to: T0 + HOUR,
      resolution: 'raw',
    });
    expect(raw.map((p) => p.hashrateThs)).toEqual([10]);
    expect((await fiveMin(s)).map((p) => p.hashrateThs)).toEqual([10]);
    expect((await hourly(s)).map((p) => p.hashrateThs)).toEqual([10]);
    const quoted = await s.machineSeries("it's", 'm1\\', {
      from: T0,
      to: T0 + HOUR,
      resolution: '1h',
    });
    expect(quoted.map((p) => p.hashrateThs)).toEqual([50]);
    expect(await s.siteSeries('site-a', { from: T0, to: T0 + HOUR, resolution: '5m' })).toEqual([
      { at: T0, hashrateThs: 40, machines: 2, machinesOnline: 2 },
    ]);
    expect(await s.siteSeries('site-b', { from: T0, to: T0 + HOUR, resolution: '1h' })).toEqual([
      { at: T0, hashrateThs: 20, machines: 1, machinesOnline: 1 },
    ]);
  });

  it('rolls 5-minute and hour buckets with exact means, max, min and online share', async () => {
    const s = await open();
    // Bucket T0: 4 samples, 1 offline (its values and boards do not count in means); hashrate
    // 100, null (online), 110 → 105. Bucket T0+5m: 120 and 130 → 125. Bucket T0+10m: 140.
    // The hour is weighted by samples: (100+110+120+130+140)/5 = 120, not the mean of the
    // 5-minute means (123.33).
    await s.append(
      [
        sample(T0, { hashrateThs: 100, powerW: 3000, chipTempMaxC: 71, fanMinRpm: 4100 }),
        sample(T0 + MIN, {
          hashrateThs: null,
          powerW: 3100,
          chipTempMaxC: 75.5,
          fanMinRpm: 3900,
          boards: [board(0, 30, { chipTempMaxC: 80, hwErrors: 7 }), board(1, 36, { chips: 70 })],
        }),
        sample(T0 + 2 * MIN, {
          online: false,
          hashrateThs: 999,
          powerW: 999,
          chipTempMaxC: 90,
          fanMinRpm: null,
          boards: [board(0, 999, { chipTempMaxC: 99 })],
        }),
        sample(T0 + 4 * MIN + 59_999, { hashrateThs: 110, powerW: null, chipTempMaxC: null }),
        sample(T0 + 5 * MIN, { hashrateThs: 120, powerW: 3200, boards: [board(0, 40)] }),
        sample(T0 + 9 * MIN, { hashrateThs: 130, powerW: 3300, boards: [board(0, 41)] }),
        sample(T0 + 10 * MIN, { hashrateThs: 140, powerW: 3400, boards: [] }),
      ],
      T0 + HOUR,
    );
    expect(await s.rollUp(T0 + 2 * HOUR)).toEqual({ fiveMinuteBuckets: 3, hourBuckets: 1 });
    const five = await fiveMin(s);
    expect(round6(five)).toEqual([
      {
        at: T0,
        samples: 4,
        onlineShare: 0.75,
        hashrateThs: 105,
        powerW: 3050,
        chipTempMaxC: 90,
        fanMinRpm: 3900,
        boards: [
          { index: 0, rateThs: 32, chipTempMaxC: 80, pcbTempMaxC: 55, chips: 76, hwErrors: 7 },
          { index: 1, rateThs: 34, chipTempMaxC: 70, pcbTempMaxC: 55, chips: 70, hwErrors: 0 },
          { index: 2, rateThs: 34, chipTempMaxC: 70, pcbTempMaxC: 55, chips: 76, hwErrors: 0 },
        ],
      },
      {
        at: T0 + 5 * MIN,
        samples: 2,
        onlineShare: 1,
        hashrateThs: 125,
        powerW: 3250,
        chipTempMaxC: 70,
        fanMinRpm: 4000,
        boards: [
          { index: 0, rateThs: 40.5, chipTempMaxC: 70, pcbTempMaxC: 55, chips: 76, hwErrors: 0 },
        ],
      },
      {
        at: T0 + 10 * MIN,
        samples: 1,
        onlineShare: 1,
        hashrateThs: 140,
        powerW: 3400,
        chipTempMaxC: 70,
        fanMinRpm: 4000,
        boards: [],
      },
    ]);
    expect(round6(await hourly(s))).toEqual([
      {
        at: T0,
        samples: 7,
        onlineShare: round6(6 / 7),
        hashrateThs: 120,
        powerW: (3000 + 3100 + 3200 + 3300 + 3400) / 5,
        chipTempMaxC: 90,
        fanMinRpm: 3900,
        boards: [
          {
            index: 0,
            rateThs: round6((33 + 30 + 33 + 40 + 41) / 5),
            chipTempMaxC: 80,
            pcbTempMaxC: 55,
            chips: 76,
            hwErrors: 7,
          },
          { index: 1, rateThs: 34, chipTempMaxC: 70, pcbTempMaxC: 55, chips: 70, hwErrors: 0 },
          { index: 2, rateThs: 34, chipTempMaxC: 70, pcbTempMaxC: 55, chips: 76, hwErrors: 0 },
        ],
      },
    ]);
    expect(await s.counts()).toEqual({ raw: 7, fiveMinute: 3, hour: 1 });
  });

  it('gives null means and min/max when nothing was reported', async () => {
    const s = await open();
    await s.append(
      [
        sample(T0, {
          online: false,
          hashrateThs: null,
          powerW: null,
          chipTempMaxC: null,
          fanMinRpm: null,
          boards: [],
        }),
        sample(T0 + MIN, {
          online: false,
          hashrateThs: null,
          powerW: null,
          chipTempMaxC: null,
          fanMinRpm: null,
          boards: [],
        }),
      ],
      T0 + MIN,
    );
    await s.rollUp(T0 + 2 * HOUR);
    const empty = {
      at: T0,
      samples: 2,
      onlineShare: 0,
      hashrateThs: null,
      powerW: null,
      chipTempMaxC: null,
      fanMinRpm: null,
      boards: [],
    };
    expect(await fiveMin(s)).toEqual([empty]);
    expect(await hourly(s)).toEqual([empty]);
    expect(await s.siteSeries('site-a', { from: T0, to: T0 + HOUR, resolution: '5m' })).toEqual([
      { at: T0, hashrateThs: 0, machines: 1, machinesOnline: 0 },
    ]);
  });

  it('rolls only closed buckets, and later rolls samples that waited for their bucket', async () => {
    const s = await open();
    await s.append(
      [sample(T0, { hashrateThs: 100 }), sample(T0 + 6 * MIN, { hashrateThs: 110 })],
      T0 + 6 * MIN,
    );
    // At T0+7m only [T0, T0+5m) has ended; the hour is open.
    expect(await s.rollUp(T0 + 7 * MIN)).toEqual({ fiveMinuteBuckets: 1, hourBuckets: 0 });
    expect((await fiveMin(s)).map((p) => [p.at, p.hashrateThs])).toEqual([[T0, 100]]);
    expect(await hourly(s)).toEqual([]);
    await s.append([sample(T0 + 8 * MIN, { hashrateThs: 130 })], T0 + 8 * MIN);
    // A bucket ending exactly at `now` has ended.
    expect(await s.rollUp(T0 + 10 * MIN)).toEqual({ fiveMinuteBuckets: 1, hourBuckets: 0 });
    expect((await fiveMin(s)).map((p) => [p.at, p.samples, p.hashrateThs])).toEqual([
      [T0, 1, 100],
      [T0 + 5 * MIN, 2, 120],
    ]);
    expect(await s.rollUp(T0 + HOUR - 1)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 0 });
    expect(await s.rollUp(T0 + HOUR)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 1 });
    expect(round6((await hourly(s)).map((p) => [p.at, p.samples, p.hashrateThs]))).toEqual([
      [T0, 3, round6(340 / 3)],
    ]);
  });

  it('folds late samples into already rolled buckets on the next rollup, without duplicates', async () => {
    const s = await open();
    await s.append(
      [sample(T0, { hashrateThs: 100 }), sample(T0 + 5 * MIN, { hashrateThs: 100 })],
      T0 + 6 * MIN,
    );
    expect(await s.rollUp(T0 + 2 * HOUR)).toEqual({ fiveMinuteBuckets: 2, hourBuckets: 1 });
    const before = await hourly(s);
    expect(before.map((p) => [p.samples, p.hashrateThs])).toEqual([[2, 100]]);
    // A collector replays its outbox: samples from the first bucket arrive much later.
    await s.append(
      [
        sample(T0 + 2 * MIN, { hashrateThs: 130, chipTempMaxC: 88, online: true }),
        sample(T0 + 3 * MIN, { online: false, hashrateThs: null, fanMinRpm: 1000 }),
      ],
      T0 + 3 * HOUR,
    );
    expect(await s.rollUp(T0 + 3 * HOUR)).toEqual({ fiveMinuteBuckets: 1, hourBuckets: 1 });
    expect((await fiveMin(s)).map((p) => [p.at, p.samples, p.onlineShare, p.hashrateThs])).toEqual([
      [T0, 3, 2 / 3, 115],
      [T0 + 5 * MIN, 1, 1, 100],
    ]);
    const after = await hourly(s);
    expect(after.map((p) => [p.at, p.samples, p.onlineShare, p.hashrateThs])).toEqual([
      [T0, 4, 0.75, 110],
    ]);
    expect(after[0]?.chipTempMaxC).toBe(88);
    expect(after[0]?.fanMinRpm).toBe(1000);
    expect(await s.counts()).toEqual({ raw: 4, fiveMinute: 2, hour: 1 });
  });

  it('is idempotent: rolling again changes nothing', async () => {
    const s = await open();
    await s.append(
      Array.from({ length: 20 }, (_, i) => sample(T0 + i * 3 * MIN, { hashrateThs: 100 + i })),
      T0 + HOUR,
    );
    const first = await s.rollUp(T0 + 2 * HOUR);
    expect(first).toEqual({ fiveMinuteBuckets: 12, hourBuckets: 1 });
    const five = await fiveMin(s);
    const hour = await hourly(s);
    expect(await s.rollUp(T0 + 2 * HOUR)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 0 });
    expect(await s.rollUp(T0 + 5 * HOUR)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 0 });
    expect(await fiveMin(s)).toEqual(five);
    expect(await hourly(s)).toEqual(hour);
    expect(await s.counts()).toEqual({ raw: 20, fiveMinute: 12, hour: 1 });
  });

  it('prunes raw samples and rollups past their retention', async () => {
    const s = await open();
    const days = [0, 1, 2, 3];
    await s.append(
      days.map((d) => sample(T0 + d * DAY, { hashrateThs: 100 + d })),
      T0 + 4 * DAY,
    );
    await s.rollUp(T0 + 4 * DAY);
    expect(await s.counts()).toEqual({ raw: 4, fiveMinute: 4, hour: 4 });
    const retention = { rawDays: 1.5, fiveMinuteDays: 2.5, hourDays: 3.5 };
    // At T0+4d: raw before T0+2.5d goes (days 0,1,2); 5m buckets ending by T0+1.5d (days 0,1);
    // hours ending by T0+0.5d (day 0).
    await s.prune(T0 + 4 * DAY, retention);
    expect(await s.counts()).toEqual({ raw: 1, fiveMinute: 2, hour: 3 });
    const all = { from: T0, to: T0 + 5 * DAY };
    expect(
      (await s.machineSeries('site-a', 'm1', { ...all, resolution: 'raw' })).map((p) => p.at),
    ).toEqual([T0 + 3 * DAY]);
    expect(
      (await s.machineSeries('site-a', 'm1', { ...all, resolution: '5m' })).map((p) => p.at),
    ).toEqual([T0 + 2 * DAY, T0 + 3 * DAY]);
    expect(
      (await s.machineSeries('site-a', 'm1', { ...all, resolution: '1h' })).map((p) => p.at),
    ).toEqual([T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]);
    // A very late sample for day 2 (raw already pruned there) must not replace its complete
    // rollups with a partial one.
    await s.append([sample(T0 + 2 * DAY + MIN, { hashrateThs: 500 })], T0 + 4 * DAY + 1);
    expect(await s.rollUp(T0 + 4 * DAY + 2)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 1 });
    const day2 = { from: T0 + 2 * DAY, to: T0 + 2 * DAY + HOUR };
    expect(
      (await s.machineSeries('site-a', 'm1', { ...day2, resolution: '5m' })).map((p) => [
        p.samples,
        p.hashrateThs,
      ]),
    ).toEqual([[1, 102]]);
    expect(
      (await s.machineSeries('site-a', 'm1', { ...day2, resolution: '1h' })).map((p) => [
        p.samples,
        p.hashrateThs,
      ]),
    ).toEqual([[1, 102]]);
    // Later still everything is past retention.
    await s.prune(T0 + 10 * DAY, retention);
    expect(await s.counts()).toEqual({ raw: 0, fiveMinute: 0, hour: 0 });
    await s.prune(T0 + 10 * DAY, retention);
    expect(await s.counts()).toEqual({ raw: 0, fiveMinute: 0, hour: 0 });
  });

  it('sums a site per bucket: machines seen, machines online, their mean hashrates', async () => {
    const s = await open();
    await s.append(
      [
        // m1: 100 and 110 online → 105.
        sample(T0, { machineId: 'm1', hashrateThs: 100 }),
        sample(T0 + MIN, { machineId: 'm1', hashrateThs: 110 }),
        // m2: one online at 50, one offline → 50.
        sample(T0, { machineId: 'm2', hashrateThs: 50 }),
        sample(T0 + MIN, { machineId: 'm2', online: false, hashrateThs: null }),
        // m3: offline all along.
        sample(T0 + 2 * MIN, { machineId: 'm3', online: false, hashrateThs: null }),
        // m4: online but no hashrate reported.
        sample(T0 + 3 * MIN, { machineId: 'm4', hashrateThs: null }),
        // Second bucket and second hour: only m1.
        sample(T0 + 7 * MIN, { machineId: 'm1', hashrateThs: 90 }),
        sample(T0 + HOUR + MIN, { machineId: 'm1', hashrateThs: 80 }),
        // Another site.
        sample(T0, { siteId: 'site-b', machineId: 'm1', hashrateThs: 1000 }),
      ],
      T0 + 10 * MIN,
    );
    await s.rollUp(T0 + 3 * HOUR);
    const q = { from: T0, to: T0 + 2 * HOUR };
    const five: SitePoint[] = await s.siteSeries('site-a', { ...q, resolution: '5m' });
    expect(round6(five)).toEqual([
      { at: T0, hashrateThs: 155, machines: 4, machinesOnline: 3 },
      { at: T0 + 5 * MIN, hashrateThs: 90, machines: 1, machinesOnline: 1 },
      { at: T0 + HOUR, hashrateThs: 80, machines: 1, machinesOnline: 1 },
    ]);
    // Hour: m1 (100+110+90)/3 = 100, m2 50, m3 none, m4 none.
    expect(round6(await s.siteSeries('site-a', { ...q, resolution: '1h' }))).toEqual([
      { at: T0, hashrateThs: 150, machines: 4, machinesOnline: 3 },
      { at: T0 + HOUR, hashrateThs: 80, machines: 1, machinesOnline: 1 },
    ]);
    expect(
      await s.siteSeries('site-a', { from: T0 + 5 * MIN, to: T0 + HOUR, resolution: '5m' }),
    ).toEqual([{ at: T0 + 5 * MIN, hashrateThs: 90, machines: 1, machinesOnline: 1 }]);
    expect(await s.siteSeries('site-c', { ...q, resolution: '5m' })).toEqual([]);
  });

  it("keeps each machine's latest state: the newest poll, and what it said when last online", async () => {
    const s = await open();
    await s.append([sample(T0), sample(T0, { machineId: 'm2', hashrateThs: 50 })], T0, [
      '{"n":1}',
      '{"n":2}',
    ]);
    // m1 goes silent; a late, older sample of m2 arrives after a newer one.
    await s.append(
      [
        sample(T0 + MIN, { online: false, hashrateThs: null, boards: [] }),
        sample(T0 + 2 * MIN, { machineId: 'm2', hashrateThs: 60 }),
      ],
      T0 + 2 * MIN,
      [null, '{"n":3}'],
      ['["no answer"]', null],
    );
    await s.append([sample(T0 + MIN, { machineId: 'm2', hashrateThs: 55 })], T0 + 3 * MIN, [
      '{"n":4}',
    ]);
    await s.append([sample(T0, { siteId: 'site-b', machineId: 'm1' })], T0);
    const latest = (await s.latest('site-a')).sort((a, b) =>
      a.machineId.localeCompare(b.machineId),
    );
    expect(latest).toEqual([
      {
        machineId: 'm1',
        lastSeenAt: T0 + MIN,
        online: false,
        problems: '["no answer"]',
        lastOnlineAt: T0,
        hashrateThs: 100,
        idealThs: 110,
        powerW: 3000,
        chipTempMaxC: 70,
        fanMinRpm: 4000,
        boards: 3,
      },
      expect.objectContaining({
        machineId: 'm2',
        lastSeenAt: T0 + 2 * MIN,
        online: true,
        hashrateThs: 60,
      }),
    ]);
    // The kept reading is the newest given; polls without one leave it as it was.
    expect(await s.lastReading('site-a', 'm2')).toEqual({ at: T0 + 2 * MIN, reading: '{"n":3}' });
    expect(await s.lastReading('site-a', 'm1')).toEqual({ at: T0, reading: '{"n":1}' });
    expect(await s.lastReading('site-b', 'm1')).toBeNull();
    expect((await s.latest('site-a', ['m2'])).map((l) => l.machineId)).toEqual(['m2']);
    expect(await s.latest('site-a', [])).toEqual([]);
    expect(await s.latest('site-c')).toEqual([]);
  });

  it('keeps one sample a machine and instant: a batch applied twice is not doubled', async () => {
    const s = await open();
    await s.append([sample(T0), sample(T0 + MIN)], T0);
    await s.rollUp(T0 + 10 * MIN);
    // The same batch again (a retry after a failed commit), one value corrected.
    await s.append([sample(T0), sample(T0 + MIN, { hashrateThs: 120 })], T0 + 11 * MIN);
    await s.rollUp(T0 + 12 * MIN);
    expect((await s.counts()).raw).toBe(2);
    const raw = await s.machineSeries('site-a', 'm1', {
      from: T0,
      to: T0 + HOUR,
      resolution: 'raw',
    });
    expect(raw.map((p) => p.hashrateThs)).toEqual([100, 120]);
    expect(await fiveMin(s, T0, T0 + 5 * MIN)).toEqual([
      expect.objectContaining({ at: T0, samples: 2, hashrateThs: 110 }),
    ]);
  });

  it('rejects instants that are not integer milliseconds', async () => {
    const s = await open();
    await expect(s.append([sample(T0 + 0.5)], T0)).rejects.toThrow(RangeError);
    await expect(s.append([sample(T0)], Number.NaN)).rejects.toThrow(RangeError);
    await expect(s.rollUp(Number.POSITIVE_INFINITY)).rejects.toThrow(RangeError);
    expect((await s.counts()).raw).toBe(0);
  });
});

/* ---------- The same random history through every store and a plain reference model ---------- */

function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomHistory(): TelemetrySample[] {
  const rnd = mulberry32(42);
  const pick = <T>(v: T, pNull = 0.1): T | null => (rnd() < pNull ? null : v);
  const out: TelemetrySample[] = [];
  for (const siteId of ['s1', 's2'])
    for (const machineId of ['a', 'b', 'c'])
      for (
        let at = T0 + Math.floor(rnd() * 20_000);
        at < T0 + 3 * HOUR;
        at += 30_000 + Math.floor(rnd() * 60_000)
      ) {
        const online = rnd() > 0.15;
        out.push({
          siteId,
          machineId,
          at,
          online,
          hashrateThs: online ? pick(90 + rnd() * 20) : null,
          idealThs: pick(110),
          powerW: pick(3000 + rnd() * 400),
          chipTempMaxC: pick(60 + rnd() * 30),
          fanMinRpm: pick(Math.round(3000 + rnd() * 2000)),
          boards: [0, 1, 2]
            .filter(() => rnd() > 0.05)
            .map((index) => ({
              index,
              rateThs: 30 + rnd() * 8,
              chipTempMaxC: pick(60 + rnd() * 30),
              pcbTempMaxC: pick(50 + rnd() * 20),
              chips: 70 + Math.floor(rnd() * 7),
              hwErrors: pick(Math.floor(rnd() * 100), 0.3),
            })),
        });
      }
  return out;
}

/** The documented semantics, computed naively from the samples. */
function reference(samples: TelemetrySample[], siteId: string, machineId: string, size: number) {
  const byBucket = new Map<number, TelemetrySample[]>();
  for (const s of samples)
    if (s.siteId === siteId && s.machineId === machineId) {
      const b = Math.floor(s.at / size) * size;
      byBucket.set(b, [...(byBucket.get(b) ?? []), s]);
    }
  const mean = (v: (number | null)[]) => {
    const xs = v.filter((x): x is number => x !== null);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
  };
  const max = (v: (number | null)[]) => {
    const xs = v.filter((x): x is number => x !== null);
    return xs.length ? Math.max(...xs) : null;
  };
  const min = (v: (number | null)[]) => {
    const xs = v.filter((x): x is number => x !== null);
    return xs.length ? Math.min(...xs) : null;
  };
  return [...byBucket.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, ss]): SeriesPoint => {
      const on = ss.filter((s) => s.online);
      const boards = on.flatMap((s) => s.boards);
      const indexes = [...new Set(boards.map((b) => b.index))].sort((a, b) => a - b);
      return {
        at,
        samples: ss.length,
        onlineShare: on.length / ss.length,
        hashrateThs: mean(on.map((s) => s.hashrateThs)),
        powerW: mean(on.map((s) => s.powerW)),
        chipTempMaxC: max(ss.map((s) => s.chipTempMaxC)),
        fanMinRpm: min(ss.map((s) => s.fanMinRpm)),
        boards: indexes.map((index) => {
          const bs = boards.filter((b) => b.index === index);
          return {
            index,
            rateThs: mean(bs.map((b) => b.rateThs))!,
            chipTempMaxC: max(bs.map((b) => b.chipTempMaxC)),
            pcbTempMaxC: max(bs.map((b) => b.pcbTempMaxC)),
            chips: min(bs.map((b) => b.chips))!,
            hwErrors: max(bs.map((b) => b.hwErrors)),
          };
        }),
      };
    });
}

describe('every store agrees with the reference model and with each other', () => {
  const history = randomHistory();
  const results = new Map<string, unknown>();

  /** Out-of-order batches, rollups while data arrives, a late replay, then the final rollup. */
  async function play(store: TelemetryStore) {
    const onTime = history.filter((_, i) => i % 7 !== 3);
    const late = history.filter((_, i) => i % 7 === 3);
    const rollups = [];
    for (let t = T0 + 10 * MIN; t <= T0 + 3 * HOUR; t += 10 * MIN) {
      const batch = onTime.filter((s) => s.at < t && s.at >= t - 10 * MIN).reverse();
      await store.append(batch, t);
      rollups.push(await store.rollUp(t + 1234));
    }
    await store.append(late, T0 + 4 * HOUR);
    rollups.push(await store.rollUp(T0 + 4 * HOUR));
    rollups.push(await store.rollUp(T0 + 4 * HOUR));
    const q = { from: T0, to: T0 + 4 * HOUR };
    const series: Record<string, unknown> = {};
    for (const siteId of ['s1', 's2']) {
      for (const machineId of ['a', 'b', 'c'])
        for (const resolution of ['raw', '5m', '1h'] as const)
          series[`${siteId}/${machineId}/${resolution}`] = await store.machineSeries(
            siteId,
            machineId,
            { ...q, resolution },
          );
      for (const resolution of ['5m', '1h'] as const)
        series[`${siteId}/${resolution}`] = await store.siteSeries(siteId, { ...q, resolution });
    }
    return { rollups, series, counts: await store.counts() };
  }

  it.each(backends)('$name matches the reference model', async (backend) => {
    const store = await backend.open();
    opened.push(store);
    const r = await play(store);
    results.set(backend.name, r);
    for (const siteId of ['s1', 's2'])
      for (const machineId of ['a', 'b', 'c'])
        for (const [resolution, size] of [
          ['5m', 5 * MIN],
          ['1h', HOUR],
        ] as const)
          expect(round6(r.series[`${siteId}/${machineId}/${resolution}`])).toEqual(
            round6(reference(history, siteId, machineId, size)),
          );
    expect(r.counts.raw).toBe(history.length);
    expect(r.rollups.at(-1)).toEqual({ fiveMinuteBuckets: 0, hourBuckets: 0 });
  });

  it.runIf(Boolean(CH_URL))('sqlite and clickhouse return deep-equal results', () => {
    expect(results.has('sqlite') && results.has('clickhouse')).toBe(true);
    expect(round6(results.get('clickhouse'))).toEqual(round6(results.get('sqlite')));
  });
});
