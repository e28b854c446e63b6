// Health: detection over a simulated 31,145-machine site, sweep after sweep, as ingest runs it
// (batches of 5,000, episodes and evidence written), with 1% of the machines developing faults;
// then the site's machine table in Chromium: render all rows, filter, sort.
import { buildMiner, simulatedReading, type Fault } from '../src/modules/fleet/index.js';
import type { MinerReading } from '../src/modules/fleet/reading.js';
import { systemActor } from '../src/platform/authz.js';
import { actorOfSite } from '../src/platform/identity/principal.js';
import { DEFAULT_WEB_ROOT } from '../src/platform/platform.js';
import { benchSite, withBenchSystem } from './bench-db.js';
import { measureMachineTable } from './health-browser.js';
import { report } from './report.js';

const FAULTS: Fault['kind'][] = ['board_dead', 'chips_drop', 'fan_stop', 'overheat', 'offline'];
const MIN = 60_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

export async function run({ quick }: { quick: boolean }): Promise<boolean> {
  const miners = quick ? 4_000 : 31_145;
  const sweeps = quick ? 5 : 8;
  const base = Date.now() - (sweeps + 1) * MIN;
  const fleet = Array.from({ length: miners }, (_, i) =>
    buildMiner({ seed: 7, epochMs: base, start: '127.20.0.1' }, i),
  );
  // One machine in a hundred develops a fault from the third sweep.
  const faults = new Map<number, Fault[]>();
  for (let i = 0; i < miners; i += 100)
    faults.set(i, [{ kind: FAULTS[(i / 100) % FAULTS.length]!, since: base + 2 * MIN }]);
  const started = performance.now();
  const polls: MinerReading[][] = [];
  for (let s = 0; s < sweeps; s++)
    polls.push(fleet.map((m) => simulatedReading(m, faults.get(m.index) ?? [], base + s * MIN)));
  console.error(`readings made in ${Math.round(performance.now() - started)} ms`);

  const result = await withBenchSystem(
    'sqlite',
    async (system) => {
      const admin = systemActor('bench');
      const site = await benchSite(system);
      const actor = actorOfSite(site.id, null, 'bench-token');
      const health = system.modules.fleet.health;
      const perSweep: { totalMs: number; detectMs: number; ingestMs: number }[] = [];
      for (let s = 0; s < sweeps; s++) {
        const before = health.totals();
        const t = performance.now();
        for (let i = 0; i < miners; i += 5_000)
          await system.modules.fleet.ingest.ingest(actor, {
            batchId: `bench-${s}-${i}`,
            collector: { name: 'bench', version: '1' },
            sweepAt: base + s * MIN,
            readings: polls[s]!.slice(i, i + 5_000),
          });
        const after = health.totals();
        perSweep.push({
          totalMs: after.totalMs - before.totalMs,
          detectMs: after.detectMs - before.detectMs,
          ingestMs: performance.now() - t,
        });
      }
      const open = await system.modules.fleet.healthQueries.faults(admin, { status: 'open' });

      const email = 'bench-staff@rigline.local';
      const password = 'bench password 1';
      await system.platform.users.create(admin, {
        email,
        name: 'Bench Staff',
        roles: ['technician'],
        password,
      });
      const app = await system.buildApp();
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const port = (app.server.address() as { port: number }).port;
        const table = await measureMachineTable({
          baseUrl: `http://127.0.0.1:${port}`,
          email,
          password,
          siteId: site.id,
          expectRows: miners,
        });
        return { perSweep, open: open.total, table };
      } finally {
        await app.close();
      }
    },
    { webRoot: DEFAULT_WEB_ROOT },
  );
  // The first sweeps meet every machine for the first time; steady sweeps are those after.
  const steady = result.perSweep.slice(2);
  const ms = (value: number, target?: number) => ({
    value: Math.round(value * 10) / 10,
    unit: 'ms',
    better: 'lower' as const,
    ...(target ? { target } : {}),
  });
  console.error(JSON.stringify(result.perSweep));
  return report({
    name: 'health',
    quick,
    params: {
      miners,
      sweeps,
      faultyShare: 0.01,
      faults: FAULTS,
      ingestBatch: 5_000,
      steadySweeps: steady.length,
      openFaultsAtEnd: result.open,
    },
    metrics: {
      detect_sweep_ms: ms(median(steady.map((s) => s.totalMs)), 200),
      detect_sweep_max_ms: ms(Math.max(...steady.map((s) => s.totalMs))),
      detect_engine_ms: ms(median(steady.map((s) => s.detectMs))),
      ingest_with_detection_readings_per_s: {
        value: Math.round((miners * 1000) / median(steady.map((s) => s.ingestMs))),
        unit: 'readings/s',
        better: 'higher',
      },
      table_render_ms: ms(result.table.renderMs, 1_000),
      table_cold_load_ms: ms(result.table.coldLoadMs),
      table_filter_ms: ms(result.table.filterMs, 1_000),
      table_sort_ms: ms(result.table.sortMs, 1_000),
    },
  });
}
