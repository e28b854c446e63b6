import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createCollector,
  createMinerReader,
  createParsePool,
  parseTargets,
  QUIRKS,
  startSimulator,
  type Simulator,
} from '../../../src/modules/fleet/index.js';
import type { World } from '../../kit/world.js';
import { describeEachDialect, telemetryBackends } from '../../kit/world.js';
import { getJson, siteWithCollector } from './fleet-kit.js';

const MINERS = 40;
const FIRST = '127.3.0.1';
const TIMEOUT_MS = 800;
let sim: Simulator;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rigline-collector-'));
  sim = await startSimulator({
    miners: MINERS,
    seed: 11,
    start: FIRST,
    port: 4028,
    httpPort: 18_080,
    latencyMs: [1, 5],
    rejectMultiCommand: { pattern: '^Antminer S19', share: 1 },
  });
  // Miner 0 hangs, 1 is switched off, 2 keeps its socket open, then one quirk each.
  await sim.inject(0, 'hang');
  await sim.inject(1, 'offline');
  await sim.inject(2, 'keep_open');
  for (const [i, quirk] of QUIRKS.entries()) await sim.inject(3 + i, `malformed:${quirk}`);
});
afterAll(async () => {
  await sim?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The collector's HTTP push, delivered to the in-process app. */
function viaApp(w: World, fault?: { failing: () => boolean; loseResponse?: () => boolean }) {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    if (fault?.failing()) throw new TypeError('fetch failed: WAN down');
    const r = await w.app.inject({
      method: 'POST',
      url: new URL(String(url)).pathname,
      headers: init!.headers as Record<string, string>,
      payload: init!.body as string,
    });
    if (fault?.loseResponse?.()) throw new TypeError('fetch failed: connection reset');
    return new Response(r.body, { status: r.statusCode });
  }) as typeof fetch;
}

function collectorFor(
  w: World,
  token: string,
  file: string,
  fetchImpl: typeof fetch,
  normalize?: ReturnType<typeof createParsePool>['normalize'],
) {
  return createCollector({
    name: 'test-collector',
    version: '1',
    targets: parseTargets(`${FIRST}-127.3.0.${MINERS}`),
    target: { server: 'http://rigline.test', token },
    outboxFile: join(dir, file),
    concurrency: 16,
    discoverEveryMs: 3_600_000,
    forgetAfterMs: 3_600_000,
    // Collector and server share the world's clock (the server takes readings stamped later
    // than its own time as of now).
    now: () => w.clock.now(),
    reader: createMinerReader({
      now: () => w.clock.now(),
      rpc: { port: 4028, timeoutMs: TIMEOUT_MS, maxBytes: 1 << 20 },
      cgi: { port: 18_080, user: 'root', password: 'root', timeoutMs: TIMEOUT_MS },
      ...(normalize ? { normalize } : {}),
    }),
    fetch: fetchImpl,
  });
}

for (const telemetry of telemetryBackends())
  describeEachDialect(
    `site collector against the simulator, telemetry on ${telemetry}`,
    (world) => {
      it('reads every miner within one sweep, whatever hangs or breaks, and shows them in Rigline', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const token = s.collector.authorization.slice('Bearer '.length);
        // Replies parsed on a worker thread, as `rigline collect` does.
        const parsers = createParsePool(1);
        const collector = collectorFor(
          w,
          token,
          `one-${w.dialect}-${telemetry}.db`,
          viaApp(w),
          parsers.normalize,
        );
        try {
          const started = Date.now();
          const report = await collector.sweepOnce();
          // Hanging miners cost one timeout each in parallel, never the sweep.
          expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 4);
          expect(report).toMatchObject({ addresses: MINERS, pushed: 1, failing: null });
          expect(report.outbox.batches).toBe(0);

          const staff = await w.caller(['planner']);
          const list = await getJson(
            w,
            staff,
            `/api/v1/fleet/sites/${s.siteId}/machines?limit=1000`,
          );
          // Every miner but the one switched off is known; the hung one is listed offline.
          const missing = sim.miners
            .filter((m) => !list.items.some((i: { ip: string }) => i.ip === m.address))
            .map((m) => `${m.address} ${sim.describe(m).faults.join(',')}`);
          expect(missing).toEqual([`${sim.miners[1]!.address} offline`]);
          expect(list.total).toBe(MINERS - 1);
          const byIp = new Map(list.items.map((m: { ip: string }) => [m.ip, m]));
          expect(byIp.has(sim.miners[1]!.address)).toBe(false);
          expect(byIp.get(sim.miners[0]!.address)).toMatchObject({ online: false });

          const healthy = sim.miners.slice(3 + QUIRKS.length).map((m) => sim.describe(m));
          for (const d of healthy) {
            const m = byIp.get(d.address) as Record<string, unknown>;
            expect(m, d.address).toMatchObject({ online: true, model: d.model });
            // The serial and MAC come from the web interface where the firmware has one.
            if (d.firmware !== 'braiins' && d.firmware !== 'whatsminer')
              expect(m).toMatchObject({ unitSerial: d.serial, mac: d.mac.toLowerCase() });
            expect(m.boards).toBe(d.boards.length);
            expect(m.hashrateThs as number).toBeGreaterThan(0);
          }
          // Firmware refusing joined commands was read one command at a time.
          const single = healthy.find((d) => d.rejectsMultiCommand);
          expect(single).toBeDefined();
          expect(byIp.get(single!.address)).toMatchObject({ online: true });
          // The socket kept open after the reply did not stall the read.
          expect(byIp.get(sim.miners[2]!.address)).toMatchObject({ online: true });

          // Broken replies: repaired and read, or refused with a reason — each one listed.
          const repaired: string[] = [];
          for (const [i, quirk] of QUIRKS.entries()) {
            const m = byIp.get(sim.miners[3 + i]!.address) as { id: string; online: boolean };
            expect(m, quirk).toBeDefined();
            const detail = await getJson(w, staff, `/api/v1/fleet/machines/${m.id}`);
            if (m.online) repaired.push(quirk);
            else expect(detail.problems.length, quirk).toBeGreaterThan(0);
          }
          expect(repaired).toEqual(
            expect.arrayContaining(['brace_no_comma', 'nan', 'missing_comma']),
          );
        } finally {
          collector.close();
          await parsers.close();
        }
      });

      it('loses nothing through a WAN outage and applies nothing twice on replay', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const token = s.collector.authorization.slice('Bearer '.length);
        let down = true;
        let lose = false;
        const collector = collectorFor(
          w,
          token,
          `wan-${w.dialect}-${telemetry}.db`,
          viaApp(w, { failing: () => down, loseResponse: () => lose }),
        );
        try {
          const first = await collector.sweepOnce();
          w.clock.advance(30_000);
          const second = await collector.sweepOnce();
          expect(first.pushed + second.pushed).toBe(0);
          expect(second.failing).toContain('WAN down');
          expect(collector.outbox.depth().batches).toBe(2);
          const readings = collector.outbox.depth().readings;

          // The link is back, but the first answer is lost after the server applied the batch.
          down = false;
          lose = true;
          w.clock.advance(1_100); // past the first backoff
          const retry = await collector.drain();
          expect(retry.pushed).toBe(0);
          lose = false;
          let pushed = 0;
          for (let i = 0; i < 20 && collector.outbox.depth().batches > 0; i += 1) {
            w.clock.advance(60_000);
            pushed += (await collector.drain()).pushed;
          }
          expect(pushed).toBe(2);
          expect(collector.outbox.depth()).toMatchObject({ batches: 0, parked: 0 });
          // Every reading stored once: none lost in the outage, none doubled by the replay.
          expect((await w.system.modules.fleet.store.counts()).raw).toBe(readings);
        } finally {
          collector.close();
        }
      });
    },
    { telemetry },
  );
