import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createCollector,
  createMinerReader,
  createParsePool,
  startSimulator,
  type SimIdentity,
} from '../modules/fleet/index.js';
import { installedAtSite } from '../modules/logistics/index.js';
import { isCovered } from '../modules/service/index.js';
import { systemActor } from '../platform/authz.js';
import { VERSION } from '../platform/version.js';
import type { System } from '../system.js';

/** The demo's live site: LSH's Denton site, whose installed base was built here. */
export const DEMO_FLEET = {
  customer: 'LSH',
  site: 'DENTON',
  miners: 2_000,
  start: '127.30.0.1',
  /** The miners' web interface (port 80 on real ones; unprivileged here). */
  httpPort: 4080,
  intervalMs: 30_000,
};

export interface DemoFleetOptions {
  miners: number;
  /** First simulated miner's address (inside 127.0.0.0/8). */
  start: string;
  httpPort: number;
  intervalMs: number;
  /** Sweep every `intervalMs` (the demo), or only when `sweep` is called (tests move the clock). */
  loop: boolean;
}

/** A scripted fault: `at` minutes after start, on these miners. */
export interface DemoFault {
  at: number;
  fault: string;
  serials: string[];
  addresses: string[];
}
const MIN = 60_000;

/**
 * What goes wrong on the demo site, minutes after start: a dead board, a stopped fan and missing
 * chips on units under warranty and under no open ticket (`free`: repair drafts), an
 * overheating machine not built here (an episode and, after half an hour, warranty evidence),
 * and a rack losing power — twelve more of those units offline, past the site's rule for a field
 * visit.
 */
function script(free: number[], builtHere: number, miners: number) {
  const stranger = builtHere + Math.floor((miners - builtHere) / 2);
  return [
    { at: 1, miners: free.slice(0, 1), fault: 'board_dead' },
    { at: 1, miners: free.slice(1, 2), fault: 'fan_stop' },
    { at: 2, miners: free.slice(2, 3), fault: 'chips_drop' },
    { at: 2, miners: stranger < miners ? [stranger] : [], fault: 'overheat' },
    { at: 3, miners: free.slice(3, 15), fault: 'offline' },
  ].filter((s) => s.miners.length > 0);
}

/**
 * A live fleet for `rigline demo`: about 2,000 simulated miners on loopback — the first of them
 * the units delivered to the demo site, by serial and board serials — read by a collector that
 * pushes into this server with a site token of its own, so the fleet pages move and scripted
 * faults turn into repair drafts and a field visit within minutes.
 */
export async function startDemoFleet(
  system: System,
  url: string,
  log: (m: string) => void,
  options: Partial<DemoFleetOptions> = {},
) {
  const o: DemoFleetOptions = { ...DEMO_FLEET, loop: true, ...options };
  // One clock for miners, collector and server: the platform's (tests move it).
  const now = () => system.platform.clock.now();
  const actor = systemActor('demo-fleet');
  // Site codes are unique within a customer: the demo's site is LSH's DENTON.
  const customers = system.modules.sales.customers;
  const site = await customers
    .customer(actor, DEMO_FLEET.customer)
    .then((c) => customers.site(actor, DEMO_FLEET.site, c.id))
    .catch(() => null);
  if (!site) {
    log(
      `live fleet: no site ${DEMO_FLEET.customer} ${DEMO_FLEET.site} in this database; not started`,
    );
    return null;
  }
  const installed = await installedAtSite(system.platform.db, site.id, o.miners);
  const built = await system.modules.production.identities.bySerials(
    installed.map((u) => u.serial),
  );
  const roster: SimIdentity[] = [];
  for (const u of installed) {
    const unit = built.get(u.serial);
    if (!unit) continue;
    roster.push({
      serial: u.serial,
      model: u.modelName,
      boardSerials: unit.boardSerials,
    });
  }
  const tickets = await system.modules.service.openTickets.of(roster.map((r) => r.serial));
  const covered = new Set(
    (
      await system.modules.service.warranty.lookup(
        actor,
        roster.map((r) => r.serial),
      )
    ).items
      .filter((w) => isCovered(w.eligibility))
      .map((w) => w.serial),
  );
  // A token for this run only: earlier runs' demo collectors are revoked.
  for (const t of await system.platform.tokens.list(actor))
    if (t.name === 'demo collector' && !t.revokedAt)
      await system.platform.tokens.revoke(actor, t.id);
  const { secret } = await system.platform.tokens.create(actor, {
    name: 'demo collector',
    scope: 'site',
    siteId: site.id,
  });

  const started = now();
  const bootedAt = Date.now();
  const sim = await startSimulator({
    miners: o.miners,
    seed: 2026,
    start: o.start,
    port: 4028,
    // The web interface is where Antminers tell their serial: matching to units needs it.
    cgi: true,
    httpPort: o.httpPort,
    latencyMs: [5, 60],
    models: { 'Antminer S21': 0.8, 'Antminer S21 Pro': 0.2 },
    roster,
    clock: now,
  });
  // Units a fault can turn into a ticket: those whose firmware tells their serial (Braiins does
  // not: they stay unmatched), under warranty, not in the depot's or a crew's hands.
  const free = roster.flatMap((r, i) =>
    sim.miners[i]!.cgi && covered.has(r.serial) && !tickets.has(r.serial) ? [i] : [],
  );
  const pending = script(free, roster.length, o.miners);
  const faults: DemoFault[] = pending.map((step) => ({
    at: step.at,
    fault: step.fault,
    serials: step.miners.map((i) => sim.miners[i]!.serial),
    addresses: step.miners.map((i) => sim.miners[i]!.address),
  }));

  const dir = mkdtempSync(join(tmpdir(), 'rigline-demo-collector-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const parsers = createParsePool(1);
  const collector = createCollector({
    name: 'demo collector',
    version: VERSION,
    targets: sim.miners.map((m) => m.address),
    target: { server: url, token: secret },
    outboxFile: join(dir, 'outbox.db'),
    concurrency: 500,
    discoverEveryMs: 10 * MIN,
    forgetAfterMs: 24 * 60 * MIN,
    now,
    reader: createMinerReader({
      now,
      normalize: parsers.normalize,
      rpc: { port: 4028, timeoutMs: 5_000, maxBytes: 1 << 20 },
      cgi: { port: o.httpPort, user: 'root', password: 'root', timeoutMs: 5_000 },
    }),
  });
  /** Faults fall due as the clock passes their minute, then the site is read and pushed. */
  async function sweep() {
    while (pending.length && pending[0]!.at * MIN <= now() - started) {
      const step = pending.shift()!;
      await sim.inject(step.miners, step.fault);
    }
    return collector.sweepOnce();
  }
  let stopped = false;
  const loop = o.loop
    ? (async () => {
        while (!stopped) {
          const t = Date.now();
          await sweep().catch((error: unknown) => {
            log(`live fleet: sweep failed: ${(error as Error).message}`);
          });
          while (!stopped && Date.now() - t < o.intervalMs)
            await new Promise((r) => setTimeout(r, 500));
        }
      })()
    : Promise.resolve();
  log(
    `live fleet: ${o.miners} simulated miners at ${DEMO_FLEET.site} (${roster.length} of them units built here), read every ${o.intervalMs / 1000} s; scripted faults over the first ${Math.max(...faults.map((f) => f.at))} minutes (started in ${Date.now() - bootedAt} ms)`,
  );
  return {
    faults,
    sweep,
    async close() {
      stopped = true;
      await loop;
      collector.close();
      await parsers.close();
      await sim.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
