// Fleet: sweep a simulated 31,145-miner site (summary + stats + pools per miner in one request,
// reply latency 20–200 ms) with the collector, against a raw-socket baseline (connect, send,
// read to NUL, no parsing) over the same miners in the same run; the collector's peak memory;
// then ingest of those readings through the service path into SQLite (and ClickHouse when
// RIGLINE_BENCH_CLICKHOUSE_URL is set): the first sweep (every machine new) and steady sweeps.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openTelemetryStore, type TelemetryStore } from '../src/modules/fleet/index.js';
import type { MinerReading } from '../src/modules/fleet/reading.js';
import { actorOfSite } from '../src/platform/identity/principal.js';
import { benchSite, withBenchSystem } from './bench-db.js';
import { BENCH_REQUEST, SITE_START } from './fleet-site.js';
import { report } from './report.js';

function node(script: string, options: unknown): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(options)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${what} exited (${code})`)));
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
}

/** The simulated site, in `shards` processes (one process may not hold 31,145 listeners). */
async function startSite(miners: number, shards: number): Promise<ChildProcess[]> {
  const children: ChildProcess[] = [];
  for (let k = 0; k < shards; k += 1) {
    const child = node('bench/fleet-sim.ts', {
      miners,
      seed: 1,
      start: SITE_START,
      port: 4028,
      cgi: false,
      latencyMs: [20, 200],
      // Hut 8's order: S21+ on stock firmware, all answering joined commands.
      models: { 'Antminer S21+': 1 },
      firmwares: { luxos: 0, vnish: 0, braiins: 0 },
      rejectMultiCommand: { pattern: '^Antminer S19', share: 0 },
      shard: { index: k, count: shards },
    });
    children.push(child);
    await firstLine(child, 'simulator shard');
  }
  return children;
}

/** Readings/s of the first sweep (every machine new) and of the steady sweeps after it. */
async function ingestRates(
  readings: MinerReading[],
  steadySweeps: number,
  telemetry?: () => TelemetryStore,
) {
  return withBenchSystem(
    'sqlite',
    async (system) => {
      const site = await benchSite(system);
      const actor = actorOfSite(site.id, null, 'bench-token');
      const sweep = async (s: number) => {
        // The batches as the route hands them over, made before the clock starts.
        const at = Date.now() + s * 30_000;
        const batches = [];
        for (let i = 0; i < readings.length; i += 5_000)
          batches.push({
            batchId: `bench-${s}-${i}`,
            collector: { name: 'bench', version: '1' },
            sweepAt: at,
            readings: readings.slice(i, i + 5_000).map((r) => ({ ...r, at })),
          });
        const t = performance.now();
        for (const batch of batches) await system.modules.fleet.ingest.ingest(actor, batch);
        return (readings.length * 1000) / (performance.now() - t);
      };
      const first = await sweep(0);
      let steadyMs = 0;
      for (let s = 1; s <= steadySweeps; s += 1)
        steadyMs += (readings.length * 1000) / (await sweep(s));
      return { first, steady: (readings.length * steadySweeps * 1000) / steadyMs };
    },
    telemetry ? { telemetry } : {},
  );
}

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const miners = quick ? 4_000 : 31_145;
  const concurrency = 1_500;
  const shards = quick ? 1 : 2;
  const rounds = quick ? 1 : 5;
  const dir = mkdtempSync(join(tmpdir(), 'rigline-fleet-bench-'));
  const out = join(dir, 'batches.jsonl');
  const site = await startSite(miners, shards);
  let sweep: { baseline: number[]; sweeps: number[]; maxRssMb: number };
  try {
    // The collector as `rigline collect` runs: compiled, no TypeScript loader in the process.
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    const collector = spawn(
      process.execPath,
      [
        'bench/fleet-collector.mjs',
        JSON.stringify({
          first: SITE_START,
          miners,
          request: BENCH_REQUEST,
          concurrency,
          rounds,
          out,
        }),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    sweep = JSON.parse(await firstLine(collector, 'collector')) as typeof sweep;
  } finally {
    for (const c of site) c.kill('SIGTERM');
  }
  const readings = readFileSync(out, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { readings: MinerReading[] }).readings);
  rmSync(dir, { recursive: true, force: true });

  const steadySweeps = quick ? 2 : 4;
  const sqlite = await ingestRates(readings, steadySweeps);
  const clickhouseUrl = process.env.RIGLINE_BENCH_CLICKHOUSE_URL?.replace(/\/$/, '');
  const clickhouse = clickhouseUrl
    ? await ingestRates(readings, steadySweeps, () =>
        openTelemetryStore({ clickhouseUrl: `${clickhouseUrl}/rigline_bench_${process.pid}` }),
      )
    : null;
  // Rounds alternate baseline and collector, so each pair sees the same machine: the ratio is
  // the median of the pairs' ratios; the rates are each side's best round.
  const ratios = sweep.sweeps.map((c, i) => c / sweep.baseline[i]!).sort((a, b) => a - b);
  const ratio =
    (ratios[Math.floor((ratios.length - 1) / 2)]! + ratios[Math.ceil((ratios.length - 1) / 2)]!) /
    2;
  const collectorRate = Math.max(...sweep.sweeps);
  const baselineRate = Math.max(...sweep.baseline);
  const perSecond = (value: number, target?: number) => ({
    value: Math.round(value),
    unit: 'readings/s',
    better: 'higher' as const,
    ...(target ? { target } : {}),
  });

  return report({
    name: 'fleet',
    quick,
    params: {
      miners,
      concurrency,
      simulatorProcesses: shards,
      replyLatencyMs: [20, 200],
      request: BENCH_REQUEST,
      sweepRounds: rounds,
      ingestBatch: 5_000,
      ingestSteadySweeps: steadySweeps,
    },
    metrics: {
      sweep_miners_per_s: {
        value: Math.round(collectorRate),
        unit: 'miners/s',
        better: 'higher',
        target: 5_000,
      },
      sweep_vs_raw_socket: {
        value: Number(ratio.toFixed(3)),
        unit: 'ratio',
        better: 'higher',
        target: 0.6,
      },
      collector_peak_rss_mb: {
        value: Math.round(sweep.maxRssMb),
        unit: 'MB',
        better: 'lower',
        target: 500,
      },
      ingest_sqlite_steady: perSecond(sqlite.steady, 100_000),
      ingest_sqlite_first_sweep: perSecond(sqlite.first),
      ...(clickhouse
        ? {
            ingest_clickhouse_steady: perSecond(clickhouse.steady),
            ingest_clickhouse_first_sweep: perSecond(clickhouse.first),
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
