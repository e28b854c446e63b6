import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { DEMO_FLEET, startDemoFleet } from '../../../src/cli/demo-fleet.js';
import { systemActor } from '../../../src/platform/authz.js';
import { describeEachDialect } from '../../kit/world.js';
import { getJson } from './fleet-kit.js';

const MINERS = 300;
const SWEEP_MS = 30_000;

/** Whose serials a list of episodes, drafts or visit units names. */
const serialsOf = (items: { unitSerial: string | null }[]) => items.map((i) => i.unitSerial).sort();

describeEachDialect('live demo fleet', (world) => {
  it('turns its scripted faults into repair drafts and a field visit with nobody copying a serial', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(w.app.server.address() as AddressInfo).port}`;
    const lines: string[] = [];
    // The demo's site and script on a smaller fleet, swept as the test moves the clock.
    const fleet = await startDemoFleet(w.system, url, (m) => lines.push(m), {
      miners: MINERS,
      start: '127.31.0.1',
      httpPort: 4081,
      loop: false,
    });
    expect(fleet, lines.join('\n')).not.toBeNull();
    const scripted = new Map(fleet!.faults.map((f) => [f.fault, f]));
    expect([...scripted.keys()].sort()).toEqual(
      ['board_dead', 'chips_drop', 'fan_stop', 'offline', 'overheat'].sort(),
    );
    expect(scripted.get('offline')!.serials).toHaveLength(12);
    try {
      // 25 minutes of sweeps every 30 s: the last scripted fault (offline) needs 15 minutes.
      for (let i = 0; i < 50; i++) {
        const report = await fleet!.sweep();
        expect(report.failing).toBeNull();
        expect(report.addresses).toBe(MINERS);
        await w.system.platform.dispatcher.drain();
        w.clock.advance(SWEEP_MS);
        // Six minutes in, the dead board and the stopped fan are already drafts.
        if (i === 12) {
          const early = await w.system.modules.fleet.drafts.list(systemActor('test'), {
            status: 'draft',
          });
          expect(serialsOf(early)).toEqual(
            [...scripted.get('board_dead')!.serials, ...scripted.get('fan_stop')!.serials].sort(),
          );
        }
      }
    } finally {
      await fleet!.close();
    }

    const [site] = (await w.system.modules.sales.directory.sites({})).filter(
      (s) => s.code === DEMO_FLEET.site,
    );
    const tech = await w.caller(['technician']);
    const customer = await w.caller(['customer'], { customerId: site!.customerId });

    // Every simulated miner is on the site's table; the delivered units are known as built here.
    const table = await getJson(w, customer, `/api/v1/fleet/sites/${site!.id}/machine-table`);
    expect(table.total).toBe(MINERS);
    const builtHere = table.columns.builtHere.filter(Boolean).length;
    expect(builtHere).toBeGreaterThanOrEqual(15);
    expect(builtHere).toBeLessThan(MINERS);

    // A dead board, a stopped fan and missing chips on units under warranty: one draft each.
    const drafts = await getJson(w, customer, '/api/v1/fleet/repair-drafts?status=draft');
    const expected = ['board_dead', 'fan_stop', 'chips_drop'].flatMap(
      (f) => scripted.get(f)!.serials,
    );
    expect(serialsOf(drafts.items)).toEqual(expected.sort());

    // The rack losing power is past the site's rule: one crew visit for those twelve units.
    const offline = await getJson(w, tech, `/api/v1/fleet/faults?status=open&fault=offline`);
    expect(serialsOf(offline.items)).toEqual([...scripted.get('offline')!.serials].sort());
    const visits = new Set(offline.items.map((e: { ticketRef: string | null }) => e.ticketRef));
    expect(offline.items.every((e: { ticketKind: string }) => e.ticketKind === 'visit')).toBe(true);
    expect(visits.size).toBe(1);
    const visit = await getJson(w, tech, `/api/v1/field/visits/${[...visits][0]}`);
    for (const serial of scripted.get('offline')!.serials)
      expect(JSON.stringify(visit)).toContain(serial);

    // The overheating machine was not built here: a fault on record and no ticket.
    const hot = await getJson(w, tech, `/api/v1/fleet/faults?status=open&fault=chip_overheat`);
    expect(hot.items.length).toBeGreaterThan(0);
    for (const e of hot.items) {
      expect(e.ip).toBe(scripted.get('overheat')!.addresses[0]);
      expect(e.ticketKind).toBeNull();
    }

    // Nothing else on the site was judged faulty.
    const open = await getJson(w, tech, `/api/v1/fleet/faults?status=open&limit=500`);
    const faultyIps = new Set(open.items.map((e: { ip: string }) => e.ip));
    const scriptedIps = new Set(fleet!.faults.flatMap((f) => f.addresses));
    expect([...faultyIps].filter((ip) => !scriptedIps.has(ip as string))).toEqual([]);
  });
});
