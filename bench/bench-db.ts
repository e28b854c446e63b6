// What every database benchmark needs: a fresh, migrated system on SQLite or PostgreSQL, timing
// helpers and percentiles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/platform/config.js';
import { openDatabase, type DialectName } from '../src/platform/db/database.js';
import { seededRandom as demoRandom } from '../src/platform/demo/random.js';
import { createLogger } from '../src/platform/logger.js';
import { openTelemetryStore, type TelemetryStore } from '../src/modules/fleet/index.js';
import { createSystem } from '../src/system.js';
import { systemActor } from '../src/platform/authz.js';

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function timed(n: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await work(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** A deterministic pseudo-random integer in [0, n), so runs are comparable. */
export function seededRandom(seed = 42) {
  const random = demoRandom(seed);
  return (n: number) => Math.floor(random.next() * n);
}

/** A PostgreSQL admin URL: from the environment, or a throwaway server started for the run. */
function postgresAdminUrl(): string {
  const given = process.env.RIGLINE_BENCH_PG_URL ?? process.env.RIGLINE_TEST_PG_URL;
  if (given) return given;
  const out = execFileSync('bash', ['scripts/postgres-start.sh', '54391'], { encoding: 'utf8' });
  return out.trim().split('\n').at(-1)!;
}

/** Run `work` against a fresh, migrated system on `dialect`; the database is dropped after. */
export async function withBenchSystem<R>(
  dialect: DialectName,
  work: (system: ReturnType<typeof createSystem>) => Promise<R>,
  options: { telemetry?: () => TelemetryStore; webRoot?: string } = {},
): Promise<R> {
  let target: { sqliteFile?: string; postgresUrl?: string };
  let cleanup: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'rigline-bench-'));
  if (dialect === 'sqlite') {
    target = { sqliteFile: join(dir, 'bench.db') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = postgresAdminUrl();
    const name = `rl_bench_${process.pid}`;
    const run = async (q: string) => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(q).finally(() => c.end());
    };
    await run(`drop database if exists ${name}`);
    await run(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    target = { postgresUrl: url.toString() };
    cleanup = async () => {
      await run(`drop database if exists ${name}`);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const system = createSystem({
    config: loadConfig({}),
    logger: createLogger('silent'),
    database: openDatabase(target),
    webRoot: options.webRoot ?? null,
    // The embedded telemetry store beside the database, as `rigline serve` would have it.
    telemetry:
      options.telemetry?.() ??
      openTelemetryStore({ sqliteFile: target.sqliteFile ?? join(dir, 'telemetry.db') }),
  });
  try {
    await system.migrate();
    return await work(system);
  } finally {
    await system.close();
    await cleanup();
  }
}

/** The fleet benchmarks' customer and site (a Hut 8-sized Texas site). */
export async function benchSite(system: ReturnType<typeof createSystem>) {
  const admin = systemActor('bench');
  const customer = await system.modules.sales.customers.create(admin, {
    code: 'HUT',
    name: 'Bench Hash',
    priority: 3,
  });
  return system.modules.sales.customers.createSite(admin, customer.code, {
    code: 'TX1',
    name: 'Bench site',
    state: 'TX',
    city: 'Odessa',
    latitude: 31.85,
    longitude: -102.37,
    powerMw: 300,
    cooling: 'air',
  });
}
