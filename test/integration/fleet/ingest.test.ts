import { expect, it } from 'vitest';
import { describeEachDialect, telemetryBackends } from '../../kit/world.js';
import { finishedUnits } from '../logistics/logistics-kit.js';
import { getJson, push, reading, siteWithCollector } from './fleet-kit.js';

for (const telemetry of telemetryBackends())
  describeEachDialect(
    `fleet ingest and read API, telemetry on ${telemetry}`,
    (world) => {
      it('keeps the latest state per machine, applies a batch id once, and lists machines', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const staff = await w.caller(['planner']);
        const at = w.clock.now();
        const first = await push(
          w,
          s.collector,
          [
            reading('10.0.0.10', at, { mac: 'aa:bb:cc:00:00:10' }),
            reading('10.0.0.9', at, { mac: 'aa:bb:cc:00:00:09', powerW: 3500 }),
          ],
          'batch-one-0001',
        );
        expect(first.statusCode, first.body).toBe(200);
        expect(first.json()).toMatchObject({
          duplicate: false,
          readings: 2,
          machinesNew: 2,
          unknown: 2,
        });
        const again = await push(w, s.collector, [reading('10.0.0.11', at)], 'batch-one-0001');
        expect(again.statusCode).toBe(200);
        expect(again.json()).toMatchObject({ duplicate: true });
        expect(await w.system.modules.fleet.store.counts()).toMatchObject({ raw: 2 });

        const list = await getJson(w, staff, `/api/v1/fleet/sites/${s.siteId}/machines`);
        expect(list.total).toBe(2);
        // Addresses sort as numbers: .9 before .10.
        expect(list.items.map((m: { ip: string }) => m.ip)).toEqual(['10.0.0.9', '10.0.0.10']);
        expect(list.items[0]).toMatchObject({ online: true, hashrateThs: 199.8, chipTempMaxC: 71 });

        const summary = await getJson(w, staff, `/api/v1/fleet/sites/${s.siteId}`);
        expect(summary.summary).toMatchObject({
          machines: 2,
          online: 2,
          onlineShare: 1,
          unknown: 2,
        });
        expect(summary.summary.hashrateThs).toBeCloseTo(399.6, 6);
        // One reports 3,500 W; the other's model is not in this (empty) catalog, so it is left out.
        expect(summary.summary.efficiencyJth).toBeCloseTo(3500 / 199.8, 6);
        expect(summary.summary.efficiencyReportedShare).toBeCloseTo(0.5, 6);

        // A later poll that goes unanswered marks the machine offline and keeps what it said.
        w.clock.advance(30_000);
        const silent = await push(w, s.collector, [
          {
            ...reading('10.0.0.10', w.clock.now()),
            online: false,
            mac: null,
            model: null,
            boards: [],
            problems: ['no answer: timeout'],
          },
        ]);
        expect(silent.statusCode, silent.body).toBe(200);
        expect(silent.json().machinesNew).toBe(0);
        const offline = await getJson(
          w,
          staff,
          `/api/v1/fleet/sites/${s.siteId}/machines?status=offline`,
        );
        expect(offline.items).toHaveLength(1);
        expect(offline.items[0]).toMatchObject({
          ip: '10.0.0.10',
          model: 'Antminer S21',
          boards: 3,
        });
        const detail = await getJson(w, staff, `/api/v1/fleet/machines/${offline.items[0].id}`);
        expect(detail.reading.boards).toHaveLength(3);
        const history = await getJson(
          w,
          staff,
          `/api/v1/fleet/machines/${offline.items[0].id}/history?resolution=raw&from=0`,
        );
        expect(history.points.map((p: { onlineShare: number }) => p.onlineShare)).toEqual([1, 0]);
        expect(history.points[0].boards).toHaveLength(3);
      });

      it('matches machines to units built here by serial, MAC or board serial, and flags swapped boards', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const staff = await w.caller(['planner']);
        const { serials } = await finishedUnits(w);
        const units = await w.system.modules.production.identities.bySerials(serials);
        const [a, b] = serials.map((x) => units.get(x)!);
        const boardsOf = (u: typeof a) => u!.componentSerials.filter((c) => !c.startsWith('PSU'));
        const withBoards = (serialsOnBoards: string[]) =>
          reading('10.0.1.1', 0).boards.map((bd, i) => ({
            ...bd,
            serial: serialsOnBoards[i] ?? null,
          }));
        const at = w.clock.now();
        const r = await push(w, s.collector, [
          reading('10.0.1.1', at, {
            unitSerial: a!.serial,
            mac: 'aa:bb:cc:01:01:01',
            boards: withBoards(boardsOf(a)),
          }),
          // No serial, but boards of B, one of them replaced by a board from elsewhere.
          reading('10.0.1.2', at, {
            boards: withBoards([...boardsOf(b).slice(0, 2), 'HB-FOREIGN-1']),
          }),
          reading('10.0.1.3', at, { unitSerial: 'NOT-BUILT-HERE-1', mac: 'aa:bb:cc:01:01:03' }),
        ]);
        expect(r.statusCode, r.body).toBe(200);
        expect(r.json()).toMatchObject({ matched: 2, unknown: 1 });
        const list = await getJson(w, staff, `/api/v1/fleet/sites/${s.siteId}/machines`);
        const byIp = new Map(list.items.map((m: { ip: string }) => [m.ip, m]));
        expect(byIp.get('10.0.1.1')).toMatchObject({
          matchedBy: 'serial',
          matchedSerial: a!.serial,
          swappedBoards: [],
        });
        expect(byIp.get('10.0.1.2')).toMatchObject({
          matchedBy: 'board',
          matchedSerial: b!.serial,
          swappedBoards: ['HB-FOREIGN-1'],
        });
        expect(byIp.get('10.0.1.3')).toMatchObject({ matchedBy: null, unitId: null });
        const unknown = await getJson(
          w,
          staff,
          `/api/v1/fleet/sites/${s.siteId}/machines?matched=false`,
        );
        expect(unknown.items.map((m: { ip: string }) => m.ip)).toEqual(['10.0.1.3']);
        const swapped = await getJson(
          w,
          staff,
          `/api/v1/fleet/sites/${s.siteId}/machines?swapped=true`,
        );
        expect(swapped.items.map((m: { ip: string }) => m.ip)).toEqual(['10.0.1.2']);

        // The same MAC at another site later, with no serial (its web interface did not answer).
        const other = await siteWithCollector(w, 'RRM');
        const byMac = await push(w, other.collector, [
          reading('10.9.0.1', at + 60_000, { mac: 'aa:bb:cc:01:01:01' }),
        ]);
        expect(byMac.json()).toMatchObject({ matched: 1 });
        const moved = await getJson(w, staff, `/api/v1/fleet/sites/${other.siteId}/machines`);
        expect(moved.items[0]).toMatchObject({ matchedBy: 'mac', matchedSerial: a!.serial });
      });

      it('keeps who a machine is through clones, moves, anonymous answers and fast clocks', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const staff = await w.caller(['planner']);
        const { serials } = await finishedUnits(w);
        const at = w.clock.now();
        const list = async () =>
          new Map(
            (
              await getJson(w, staff, `/api/v1/fleet/sites/${s.siteId}/machines?limit=1000`)
            ).items.map((m: { ip: string }) => [m.ip, m]),
          );
        // Two miners answering with one MAC (cloned control boards): one machine, the batch applies.
        const cloned = await push(w, s.collector, [
          reading('10.1.0.1', at, { mac: 'aa:bb:cc:00:01:01', unitSerial: serials[0]! }),
          reading('10.1.0.2', at + 5, { mac: 'aa:bb:cc:00:01:01', unitSerial: serials[0]! }),
        ]);
        expect(cloned.statusCode, cloned.body).toBe(200);
        expect(cloned.json().machinesNew).toBe(1);
        let machines = await list();
        expect([...machines.keys()]).toEqual(['10.1.0.2']);

        // An answer without identity (its web interface failed) keeps the machine's identity.
        w.clock.advance(30_000);
        const anonymous = await push(w, s.collector, [reading('10.1.0.2', w.clock.now())]);
        expect(anonymous.json()).toMatchObject({ machinesNew: 0, matched: 0, unknown: 0 });
        machines = await list();
        expect(machines.get('10.1.0.2')).toMatchObject({
          online: true,
          mac: 'aa:bb:cc:00:01:01',
          matchedBy: 'serial',
          matchedSerial: serials[0],
        });

        // It moves to .9; the collector still polls its old address, which no longer answers.
        w.clock.advance(30_000);
        await push(w, s.collector, [
          reading('10.1.0.9', w.clock.now(), { mac: 'aa:bb:cc:00:01:01', unitSerial: serials[0]! }),
          {
            ...reading('10.1.0.2', w.clock.now()),
            online: false,
            boards: [],
            problems: ['no answer: timeout'],
          },
        ]);
        machines = await list();
        expect(machines.get('10.1.0.9')).toMatchObject({ online: true, matchedSerial: serials[0] });

        // A collector clock an hour ahead is taken as of now: the next honest poll still counts.
        w.clock.advance(30_000);
        await push(w, s.collector, [
          reading('10.1.0.9', w.clock.now() + 3_600_000, {
            mac: 'aa:bb:cc:00:01:01',
            unitSerial: serials[0]!,
          }),
        ]);
        w.clock.advance(30_000);
        await push(w, s.collector, [
          {
            ...reading('10.1.0.9', w.clock.now()),
            online: false,
            boards: [],
            problems: ['no answer: timeout'],
          },
        ]);
        machines = await list();
        expect(machines.get('10.1.0.9')).toMatchObject({
          online: false,
          lastSeenAt: w.clock.now(),
        });
      });

      it('confines customers to their own sites and collectors to pushing', async () => {
        const w = world();
        const mine = await siteWithCollector(w, 'LSH');
        const theirs = await siteWithCollector(w, 'PMD');
        await push(w, mine.collector, [
          reading('10.0.0.1', w.clock.now(), { mac: 'aa:bb:cc:00:00:01' }),
        ]);
        await push(w, theirs.collector, [
          reading('10.0.0.1', w.clock.now(), { mac: 'aa:bb:cc:00:00:02' }),
        ]);

        const sites = await getJson(w, mine.customerUser, '/api/v1/fleet/sites');
        expect(sites.items.map((s: { site: { id: string } }) => s.site.id)).toEqual([mine.siteId]);
        const other = await w.app.inject({
          method: 'GET',
          url: `/api/v1/fleet/sites/${theirs.siteId}/machines`,
          headers: mine.customerUser.headers,
        });
        expect(other.statusCode).toBe(404);
        const theirMachine = (
          await getJson(w, theirs.customerUser, `/api/v1/fleet/sites/${theirs.siteId}/machines`)
        ).items[0];
        for (const url of [
          `/api/v1/fleet/machines/${theirMachine.id}`,
          `/api/v1/fleet/machines/${theirMachine.id}/history`,
        ]) {
          const r = await w.app.inject({ method: 'GET', url, headers: mine.customerUser.headers });
          expect(r.statusCode, url).toBe(404);
          expect(r.headers['content-type']).toContain('application/problem+json');
        }
        // A collector token pushes; it reads nothing.
        const read = await w.app.inject({
          method: 'GET',
          url: '/api/v1/fleet/sites',
          headers: mine.collector,
        });
        expect(read.statusCode).toBe(403);
        // A user (even an admin) cannot push telemetry for a site.
        const admin = await w.caller(['admin']);
        const pushed = await push(w, admin.headers, [reading('10.0.0.5', w.clock.now())]);
        expect(pushed.statusCode).toBe(403);
      });

      it('refuses a bad batch whole, with a clear problem, and writes nothing', async () => {
        const w = world();
        const s = await siteWithCollector(w);
        const good = reading('10.0.0.1', w.clock.now());
        const bad = {
          ...reading('10.0.0.2', w.clock.now()),
          hashrate: { ths5s: -5, thsAvg: null, thsIdeal: null },
        };
        const r = await push(w, s.collector, [good, bad as never]);
        expect(r.statusCode).toBe(400);
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(r.body).toContain('readings');
        const noId = await w.app.inject({
          method: 'POST',
          url: '/api/v1/telemetry/batches',
          headers: s.collector,
          payload: { collector: { name: 't', version: '1' }, sweepAt: 0, readings: [good] },
        });
        expect(noId.statusCode).toBe(400);
        expect(await w.system.modules.fleet.store.counts()).toMatchObject({ raw: 0 });
        const staff = await w.caller(['planner']);
        expect((await getJson(w, staff, `/api/v1/fleet/sites/${s.siteId}/machines`)).total).toBe(0);
      });
    },
    { telemetry },
  );
