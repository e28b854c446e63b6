// Fleet: sweep a simulated 31,145-miner site (summary + stats + pools per miner in one request,
// reply latency 20–200 ms) with the collector, against a raw-socket baseline (connect, send,
// read to NUL, no parsing) over the same miners in the same run; the collector's memory; then
// ingest of the readings through the service path into SQLite (and ClickHouse when
// RIGLINE_BENCH_CLICKHOUSE_URL is set).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  createCollector,
  createMinerReader,
  openTelemetryStore,
  type TelemetryStore,
} from '../src/modules/fleet/index.js';
import type { MinerReading } from '../src/modules/fleet/reading.js';
import { actorOfSite } from '../src/platform/identity/principal.js';
import { systemActor } from '../src/platform/authz.js';
import { withBenchSystem } from './bench-db.js';
import { report } from './report.js';

const START = '127.20.0.1';
const REQUEST = '{"command":"summary+stats+pools"}';

function addresses(n: number): string[] {
  const base = (127 << 24) | (20 << 16) | 1;
  return Array.from({ length: n }, (_, i) => {
    const v = (base + i) >>> 0;
    return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  });
}

/** The simulated site, in `shards` processes (one process may not hold 31,145 listeners). */
async function startSite(miners: number, shards: number): Promise<ChildProcess[]> {
  const children: ChildProcess[] = [];
  for (let k = 1; k <= shards; k += 1) {
    const options = {
      miners,
      seed: 1,
      start: START,
      port: 4028,
      cgi: false,
      latencyMs: [20, 200],
      // Hut 8's order: S21+ on stock firmware, all answering joined commands.
      models: { 'Antminer S21+': 1 },
      firmwares: { luxos: 0, vnish: 0, braiins: 0 },
      rejectMultiCommand: { pattern: '^Antminer S19', share: 0 },
      shard: { index: k - 1, count: shards },
    };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/fleet-sim.ts', JSON.stringify(options)],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`simulator shard exited (${code})`)));
      createInterface({ input: child.stdout! }).once('line', () => resolve());
    });
  }
  return children;
}

/** The baseline: the same request to every miner, read to NUL, nothing parsed. */
async function rawSweep(targets: string[], concurrency: number): Promise<number> {
  let next = 0;
  let ok = 0;
  const one = (host: string) =>
    new Promise<void>((resolve) => {
      const socket = connect({ host, port: 4028 });
      const timer = setTimeout(() => socket.destroy(), 4_000);
      socket.on('connect', () => socket.write(REQUEST));
      socket.on('data', (chunk: Buffer) => {
        if (chunk.indexOf(0) >= 0) {
          ok += 1;
          socket.destroy();
        }
      });
      socket.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.on('error', () => {});
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < targets.length) await one(targets[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (ok < targets.length * 0.99)
    throw new Error(`baseline: only ${ok} of ${targets.length} answered`);
  return targets.length / seconds;
}

async function ingestRate(
  dialect: 'sqlite',
  readings: MinerReading[],
  sweeps: number,
  telemetry?: () => TelemetryStore,
) {
  return withBenchSystem(
    dialect,
    async (system) => {
      const admin = systemActor('bench');
      const customer = await system.modules.sales.customers.create(admin, {
        code: 'HUT',
        name: 'Bench Hash',
        priority: 3,
      });
      const site = await system.modules.sales.customers.createSite(admin, customer.code, {
        code: 'TX1',
        name: 'Bench site',
        state: 'TX',
        city: 'Odessa',
        latitude: 31.85,
        longitude: -102.37,
        powerMw: 300,
        cooling: 'air',
      });
      const actor = actorOfSite(site.id, null, 'bench-token');
      const ingest = system.modules.fleet.ingest;
      let samples = 0;
      const t = performance.now();
      for (let s = 0; s < sweeps; s += 1) {
        const at = Date.now() + s * 30_000;
        for (let i = 0; i < readings.length; i += 5_000) {
          const chunk = readings.slice(i, i + 5_000).map((r) => ({ ...r, at }));
          await ingest.ingest(actor, {
            batchId: `bench-${s}-${i}`,
            collector: { name: 'bench', version: '1' },
            sweepAt: at,
            readings: chunk,
          });
          samples += chunk.length;
        }
      }
      return samples / ((performance.now() - t) / 1000);
    },
    telemetry ? { telemetry } : {},
  );
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const miners = quick ? 4_000 : 31_145;
  const concurrency = 2_000;
  const shards = quick ? 1 : 2;
  const targets = addresses(miners);
  const children = await startSite(miners, shards);
  const dir = mkdtempSync(join(tmpdir(), 'rigline-fleet-bench-'));
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  let readings: MinerReading[] = [];
  const collectorRates: number[] = [];
  const baselineRates: number[] = [];
  try {
    const collector = createCollector({
      name: 'bench',
      version: '1',
      targets,
      target: { server: 'http://127.0.0.1:9', token: 'bench' },
      outboxFile: join(dir, 'outbox.db'),
      concurrency,
      discoverEveryMs: 3_600_000,
      forgetAfterMs: 3_600_000,
      reader: createMinerReader({
        rpc: { port: 4028, timeoutMs: 4_000, maxBytes: 1 << 20 },
        cgi: null,
      }),
      // The push is not measured here (ingest is, below): acknowledge every batch at once.
      fetch: (async (_url: unknown, init?: RequestInit) => {
        readings.push(...(JSON.parse(String(init!.body)) as { readings: MinerReading[] }).readings);
        return new Response('{}', { status: 200 });
      }) as typeof fetch,
    });
    // Discovery first (it also asks each miner its version), then steady-state sweeps,
    // alternating with the baseline so both see the same machine state.
    const discovery = await collector.sweepOnce();
    if (discovery.answered < miners * 0.99)
      throw new Error(`discovery found ${discovery.answered} of ${miners} miners`);
    for (let round = 0; round < (quick ? 1 : 2); round += 1) {
      baselineRates.push(await rawSweep(targets, concurrency));
      readings = [];
      const sweep = await collector.sweepOnce();
      if (sweep.answered < miners * 0.99) throw new Error(`sweep read ${sweep.answered} miners`);
      collectorRates.push(sweep.minersPerSecond);
    }
    collector.close();
  } finally {
    clearInterval(rssTimer);
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  const collectorRate = Math.max(...collectorRates);
  const baselineRate = Math.max(...baselineRates);

  const sweeps = quick ? 1 : 3;
  const sqliteRate = await ingestRate('sqlite', readings, sweeps);
  const clickhouseUrl = process.env.RIGLINE_BENCH_CLICKHOUSE_URL;
  const clickhouseRate = clickhouseUrl
    ? await ingestRate('sqlite', readings, sweeps, () =>
        openTelemetryStore({
          clickhouseUrl: `${clickhouseUrl.replace(/\/$/, '')}/rigline_bench_${process.pid}`,
        }),
      )
    : null;

  return report({
    name: 'fleet',
    quick,
    params: {
      miners,
      concurrency,
      simulatorProcesses: shards,
      replyLatencyMs: [20, 200],
      request: REQUEST,
      ingestSweeps: sweeps,
      ingestBatch: 5_000,
    },
    metrics: {
      sweep_miners_per_s: {
        value: Math.round(collectorRate),
        unit: 'miners/s',
        better: 'higher',
        target: 5_000,
      },
      sweep_vs_raw_socket: {
        value: Number((collectorRate / baselineRate).toFixed(3)),
        unit: 'ratio',
        better: 'higher',
        target: 0.6,
      },
      collector_peak_rss_mb: {
        value: Math.round(peakRss / 1048576),
        unit: 'MB',
        better: 'lower',
        target: 500,
      },
      ingest_sqlite_samples_per_s: {
        value: Math.round(sqliteRate),
        unit: 'samples/s',
        better: 'higher',
        target: 100_000,
      },
      ...(clickhouseRate !== null
        ? {
            ingest_clickhouse_samples_per_s: {
              value: Math.round(clickhouseRate),
              unit: 'samples/s',
              better: 'higher' as const,
            },
          }
        : {}),
    },
    baseline: {
      name: 'raw socket',
      metrics: {
        sweep_miners_per_s: { value: Math.round(baselineRate), unit: 'miners/s', better: 'higher' },
      },
    },
  });
}
