import { expect, it } from 'vitest';
import { describeEachDialect, type World } from '../../kit/world.js';
import { getJson, push, reading, siteWithCollector } from './fleet-kit.js';

const MIN = 60_000;

async function eventsOf(w: World, type: string) {
  const rows = (await w.system.platform.db
    .selectFrom('outbox_events' as never)
    .selectAll()
    .execute()) as { type: string; customerId: string | null; payload: string }[];
  return rows
    .filter((r) => r.type === type)
    .map((r) => ({ customerId: r.customerId, payload: JSON.parse(r.payload) }));
}

const homeCount = async (w: World, who: { headers: Record<string, string> }, key: string) => {
  const home = await w.app.inject({ method: 'GET', url: '/api/v1/home', headers: who.headers });
  const counts = JSON.parse(home.body).counts as { key: string; value: number }[];
  return counts.find((c) => c.key === key)?.value;
};

describeEachDialect('fleet: silent sites', (world) => {
  it("tells the customer once when a site's collector goes quiet, and when it is back", async () => {
    const w = world();
    const s = await siteWithCollector(w, 'LSH');
    const other = await siteWithCollector(w, 'PMD');
    const tech = await w.caller(['technician']);
    const fleet = w.system.modules.fleet;
    const sent = w.clock.now();
    expect((await push(w, s.collector, [reading('10.0.0.1', sent)])).statusCode).toBe(200);
    expect((await push(w, other.collector, [reading('10.0.0.1', sent)])).statusCode).toBe(200);

    // Ten minutes without a batch is still within the default 15.
    w.clock.advance(10 * MIN);
    await fleet.housekeep(w.clock.now());
    expect(await eventsOf(w, 'fleet.site.silent')).toEqual([]);

    // The other site keeps reporting; this one stays quiet past 15 minutes.
    await push(w, other.collector, [reading('10.0.0.1', w.clock.now())]);
    w.clock.advance(6 * MIN);
    await fleet.housekeep(w.clock.now());
    await fleet.housekeep(w.clock.now());
    const silent = await eventsOf(w, 'fleet.site.silent');
    expect(silent).toEqual([
      {
        customerId: s.customer.id,
        payload: { site: 'TX1', lastReportAt: sent, silentSince: sent },
      },
    ]);
    const summary = await getJson(w, s.customerUser, `/api/v1/fleet/sites/${s.siteId}`);
    expect(summary.silentSince).toBe(sent);
    const sites = await getJson(w, tech, '/api/v1/fleet/sites');
    expect(
      sites.items.map((i: { site: { id: string }; silentSince: number | null }) => [
        i.site.id,
        i.silentSince,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [s.siteId, sent],
        [other.siteId, null],
      ]),
    );
    expect(await homeCount(w, s.customerUser, 'silentSites')).toBe(1);
    expect(await homeCount(w, other.customerUser, 'silentSites')).toBe(0);
    expect(await homeCount(w, tech, 'silentSites')).toBe(1);

    // The collector is back: one "reporting" event, and the site is no longer silent.
    w.clock.advance(3 * MIN);
    await push(w, s.collector, [reading('10.0.0.1', w.clock.now())]);
    await fleet.housekeep(w.clock.now());
    expect(await eventsOf(w, 'fleet.site.silent')).toHaveLength(1);
    expect(await eventsOf(w, 'fleet.site.reporting')).toEqual([
      {
        customerId: s.customer.id,
        payload: { site: 'TX1', lastReportAt: w.clock.now(), silentSince: sent },
      },
    ]);
    expect(
      (await getJson(w, s.customerUser, `/api/v1/fleet/sites/${s.siteId}`)).silentSince,
    ).toBeNull();
    expect(await homeCount(w, s.customerUser, 'silentSites')).toBe(0);
  });

  it('drops old batch ids after the raw retention, keeping what dedupe and silence need', async () => {
    const w = world();
    const s = await siteWithCollector(w, 'LSH');
    const quiet = await siteWithCollector(w, 'PMD');
    const fleet = w.system.modules.fleet;
    const DAY = 24 * 60 * MIN;
    const batchIds = async () =>
      (
        await w.system.platform.db
          .selectFrom('fleet_batches' as never)
          .select('batch_id as batchId' as never)
          .orderBy('batch_id' as never)
          .execute()
      ).map((r) => (r as { batchId: string }).batchId);
    const sendAt = async (site: typeof s, id: string) => {
      const r = await push(w, site.collector, [reading('10.0.0.1', w.clock.now())], id);
      expect(r.statusCode).toBe(200);
      return r.json() as { duplicate: boolean };
    };
    await sendAt(s, 'lsh-day-0');
    await sendAt(quiet, 'pmd-day-0');
    w.clock.advance(DAY);
    await sendAt(s, 'lsh-day-1');
    w.clock.advance(2 * DAY);
    await sendAt(s, 'lsh-day-3');
    await fleet.housekeep(w.clock.now());
    const silentBefore = await fleet.siteWatch.silentSince([quiet.siteId]);

    // Raw samples are kept 3 days by default: a minute before day 4, day 0 is past it and day 1
    // is not yet.
    w.clock.advance(DAY - MIN);
    await fleet.housekeep(w.clock.now());
    expect(await batchIds()).toEqual(['lsh-day-1', 'lsh-day-3', 'pmd-day-0']);
    // The quiet site's only batch stays, so it is still silent since the same moment.
    expect(await fleet.siteWatch.silentSince([quiet.siteId])).toEqual(silentBefore);
    expect(silentBefore.size).toBe(1);
    expect(await eventsOf(w, 'fleet.site.reporting')).toEqual([]);
    // A retry of a batch still in the log changes nothing.
    expect(await sendAt(s, 'lsh-day-3')).toMatchObject({ duplicate: true });
  });

  it('takes the silence time from the fleet settings, within its range', async () => {
    const w = world();
    const admin = await w.caller(['admin']);
    const set = (value: number) =>
      w.app.inject({
        method: 'PUT',
        url: '/api/v1/fleet/settings',
        headers: admin.headers,
        payload: { key: 'silent_after_s', value },
      });
    expect((await set(30)).statusCode).toBe(400);
    expect((await set(300)).statusCode).toBe(200);
    const s = await siteWithCollector(w, 'LSH');
    const sent = w.clock.now();
    await push(w, s.collector, [reading('10.0.0.1', sent)]);
    w.clock.advance(6 * MIN);
    await w.system.modules.fleet.housekeep(w.clock.now());
    expect(await eventsOf(w, 'fleet.site.silent')).toHaveLength(1);
  });
});
