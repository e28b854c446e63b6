import { expect, it } from 'vitest';
import type { MinerReading } from '../../../src/modules/fleet/reading.js';
import { systemActor } from '../../../src/platform/authz.js';
import { describeEachDialect, type World } from '../../kit/world.js';
import { get, post } from '../logistics/logistics-kit.js';
import { deliveredMiners } from '../service/service-kit.js';
import { getJson, push, siteWithCollector } from './fleet-kit.js';

const MIN = 60_000;

/** Sets a site's ticket rules as `who`; the answer is checked to be 200. */
async function putRules(
  w: World,
  siteId: string,
  who: { headers: Record<string, string> },
  rules: object,
) {
  const r = await w.app.inject({
    method: 'PUT',
    url: `/api/v1/fleet/sites/${siteId}/ticket-rules`,
    headers: who.headers,
    payload: rules,
  });
  expect(r.statusCode, r.body).toBe(200);
  return r;
}

/** LSH's two delivered Test Miners reporting through a collector of their site TX1. */
async function reportingSite(w: World) {
  const d = await deliveredMiners(w);
  const [site] = await w.system.modules.sales.directory.sites({ customerId: d.customer.id });
  const { secret } = await w.system.platform.tokens.create(systemActor('test'), {
    name: 'collector TX1',
    scope: 'site',
    siteId: site!.id,
  });
  const identities = await w.system.modules.production.identities.bySerials(d.serials);
  const boardsOf = (serial: string) => identities.get(serial)!.boardSerials;
  // Two machines: one faulty is half the site, past the default share for a crew visit.
  await putRules(w, site!.id, d.tech, { visitMinShareBp: 10_000 });
  return { ...d, siteId: site!.id, collector: { authorization: `Bearer ${secret}` }, boardsOf };
}

type Site = Awaited<ReturnType<typeof reportingSite>>;

/** A Test Miner's poll: 3 boards of 10 chips, 2 fans; `dead` boards read 0 chips. */
function poll(s: Site, n: number, at: number, o: { dead?: number[]; fans?: number[] } = {}) {
  const serial = s.serials[n]!;
  return {
    ip: `10.1.0.${n + 10}`,
    at,
    online: true,
    make: 'Test',
    model: 'Test Miner',
    firmware: 'stock',
    firmwareVersion: '1.0',
    unitSerial: serial,
    mac: null,
    hostname: null,
    uptimeS: 86_400 + Math.floor((at - w0) / 1000),
    hashrate: { ths5s: 100 - 33 * (o.dead?.length ?? 0), thsAvg: null, thsIdeal: 100 },
    boards: s.boardsOf(serial).map((b, index) => {
      const dead = o.dead?.includes(index) ?? false;
      return {
        index,
        serial: b,
        chips: dead ? 0 : 10,
        chipsExpected: 10,
        rateThs: dead ? 0 : 33.4,
        idealThs: 33.4,
        pcbTempC: { inlet: 45, outlet: 55 },
        chipTempC: { inlet: 60, outlet: 70 },
        hwErrors: 0,
        freqMhz: 500,
      };
    }),
    fansRpm: o.fans ?? [4000, 4100],
    powerW: 2000,
    pools: [],
    problems: [],
    repairs: [],
  } satisfies MinerReading;
}
let w0 = 0;

/** Polls every minute for `minutes`, then lets events reach the flow. */
async function run(w: World, s: Site, minutes: number, readings: (at: number) => MinerReading[]) {
  for (let i = 0; i < minutes; i++) {
    const r = await push(w, s.collector, readings(w.clock.now()));
    expect(r.statusCode, r.body).toBe(200);
    w.clock.advance(MIN);
  }
  await w.system.platform.dispatcher.drain();
}

describeEachDialect('fault to ticket', (world) => {
  it('drafts an RMA with its evidence for a dead board, once, and the customer confirms it', async () => {
    const w = world();
    const s = await reportingSite(w);
    w0 = w.clock.now();
    await run(w, s, 5, (at) => [poll(s, 0, at), poll(s, 1, at)]);
    expect((await getJson(w, s.tech, `/api/v1/fleet/faults?siteId=${s.siteId}`)).total).toBe(0);

    // Board 1 of the first machine stops answering; 3 minutes later it is a fault.
    await run(w, s, 2, (at) => [poll(s, 0, at, { dead: [1] }), poll(s, 1, at)]);
    expect((await getJson(w, s.tech, `/api/v1/fleet/faults?status=open`)).total).toBe(0);
    await run(w, s, 10, (at) => [poll(s, 0, at, { dead: [1] }), poll(s, 1, at)]);
    const faults = await getJson(w, s.customerUser, `/api/v1/fleet/faults?status=open`);
    expect(faults.items).toMatchObject([
      { fault: 'board_missing', part: 'board:1', unitSerial: s.serials[0], ticketKind: 'draft' },
    ]);

    const drafts = await getJson(w, s.customerUser, '/api/v1/fleet/repair-drafts?status=draft');
    expect(drafts.items).toHaveLength(1);
    const draft = drafts.items[0];
    expect(draft).toMatchObject({
      unitSerial: s.serials[0],
      faultCode: 'board_not_detected',
      warrantyState: expect.stringMatching(/doa|in_warranty/),
      // Where it is, for the list: the site by name and the machine by address.
      siteCode: 'TX1',
      siteName: expect.any(String),
      ip: '10.1.0.10',
    });
    expect(draft.evidence.boardSerials.read).toEqual(s.boardsOf(s.serials[0]!));
    // Only hashboards are compared: the PSU's and control board's serials are not listed.
    expect(draft.evidence.boardSerials.fitted).toEqual(s.boardsOf(s.serials[0]!));
    expect(s.boardsOf(s.serials[0]!)).toHaveLength(3);
    expect(draft.evidence.burnIn).toMatchObject({ hashrateThs: 100.5 });
    expect(draft.evidence.burnIn.boards[1]).toMatchObject({ fieldChips: 0, burnInChips: 10 });
    expect(draft.evidence.episodes).toHaveLength(1);
    expect(draft.evidence.warranty.endsOn).toMatch(/^\d{4}-\d\d-\d\d$/);

    // The customer's home page says a draft awaits it.
    const home = await getJson(w, s.customerUser, '/api/v1/home');
    expect(JSON.stringify(home)).toMatch(/"key":"repairDrafts"[^}]*"value":1/);

    // Another customer sees none of it.
    const other = await siteWithCollector(w, 'PMD');
    expect((await getJson(w, other.customerUser, '/api/v1/fleet/repair-drafts')).items).toEqual([]);
    expect((await getJson(w, other.customerUser, '/api/v1/fleet/faults')).total).toBe(0);
    expect(
      (await get(w, other.customerUser, `/api/v1/fleet/repair-drafts/${draft.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await post(w, other.customerUser, `/api/v1/fleet/repair-drafts/${draft.id}/confirm`, {}))
        .statusCode,
    ).toBe(404);

    // The fault goes on: still one draft; the customer confirms it into an RMA.
    await run(w, s, 20, (at) => [poll(s, 0, at, { dead: [1] }), poll(s, 1, at)]);
    expect((await getJson(w, s.tech, '/api/v1/fleet/repair-drafts')).items).toHaveLength(1);
    const confirmed = await post(
      w,
      s.customerUser,
      `/api/v1/fleet/repair-drafts/${draft.id}/confirm`,
      {},
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const rma = confirmed.json().rmaNumber as string;
    expect(confirmed.json()).toMatchObject({
      status: 'confirmed',
      rmaNumber: expect.stringMatching(/^RMA-/),
    });
    const opened = await getJson(w, s.tech, `/api/v1/rmas/${rma}`);
    expect(opened).toMatchObject({ channel: 'api' });
    expect(JSON.stringify(opened)).toContain(s.serials[0]);
    expect(JSON.stringify(opened)).toContain(`evidence-${draft.number}.json`);
    const again = await post(
      w,
      s.customerUser,
      `/api/v1/fleet/repair-drafts/${draft.id}/confirm`,
      {},
    );
    expect(again.statusCode).toBe(409);
    expect((await getJson(w, s.tech, `/api/v1/fleet/faults?status=open`)).items[0]).toMatchObject({
      ticketKind: 'rma',
      ticketRef: rma,
    });

    // The customer's systems heard of the draft.
    const events = await w.system.platform.db
      .selectFrom('outbox_events' as never)
      .selectAll()
      .execute();
    expect(JSON.stringify(events)).toContain('fleet.repair_draft.created');

    // Operators' Prometheus sees the site's figures and its open faults.
    const admin = await w.caller(['admin']);
    const metrics = await w.app.inject({ method: 'GET', url: '/metrics', headers: admin.headers });
    expect(metrics.body).toMatch(/rigline_fleet_site_machines\{site="TX1",customer="[^"]+"\} 2/);
    expect(metrics.body).toMatch(
      /rigline_fleet_site_open_faults\{site="TX1",customer="[^"]+",fault="board_missing"\} 1/,
    );
    expect(metrics.body).toMatch(/rigline_fleet_site_hashrate_ths\{site="TX1"/);

    // The board comes back: the episode resolves.
    await run(w, s, 7, (at) => [poll(s, 0, at), poll(s, 1, at)]);
    expect((await getJson(w, s.tech, `/api/v1/fleet/faults?status=open`)).total).toBe(0);
  });

  it('opens the RMA at once under auto-approve, and sends a crew when the site crosses its threshold', async () => {
    const w = world();
    const s = await reportingSite(w);
    w0 = w.clock.now();
    const rules = await putRules(w, s.siteId, s.customerUser, { autoApprove: true });
    expect(rules.json().rules).toMatchObject({ autoApprove: true, visitMinMachines: 10 });
    // What the site would follow without its own rules comes along, for the form to show.
    expect(rules.json().defaults).toMatchObject({ autoApprove: false, visitMinShareBp: 500 });
    const thresholds = await getJson(w, s.tech, '/api/v1/fleet/health/thresholds');
    const air = thresholds.items.find((m: { cooling: string }) => m.cooling === 'air');
    expect(air.defaults).toMatchObject({ chipTempMaxC: 95, offlineAfterS: 900 });

    await run(w, s, 6, (at) => [poll(s, 0, at, { fans: [4000, 0] }), poll(s, 1, at)]);
    const drafts = await getJson(w, s.tech, '/api/v1/fleet/repair-drafts');
    expect(drafts.items).toMatchObject([
      { status: 'confirmed', faultCode: 'fan', rmaNumber: expect.any(String) },
    ]);

    // Two faulty machines of two is past a rule of "2 machines": one visit for the other one
    // (the first is already under its RMA).
    await putRules(w, s.siteId, s.tech, {
      visitMinMachines: 2,
      visitMinShareBp: 10_000,
      autoApprove: null,
    });
    await run(w, s, 6, (at) => [
      poll(s, 0, at, { fans: [4000, 0] }),
      poll(s, 1, at, { dead: [2] }),
    ]);
    const open = await getJson(w, s.tech, `/api/v1/fleet/faults?status=open`);
    const second = open.items.find((e: { unitSerial: string }) => e.unitSerial === s.serials[1]);
    expect(second).toMatchObject({ fault: 'board_missing', ticketKind: 'visit' });
    const visit = await getJson(w, s.tech, `/api/v1/field/visits/${second.ticketRef}`);
    expect(JSON.stringify(visit)).toContain(s.serials[1]);
    expect(JSON.stringify(visit)).not.toContain(s.serials[0]);
    expect((await getJson(w, s.tech, '/api/v1/fleet/repair-drafts')).items).toHaveLength(1);
  });
  it('puts machines found faulty one after another on the site’s one planned visit', async () => {
    const w = world();
    const s = await reportingSite(w);
    w0 = w.clock.now();
    await putRules(w, s.siteId, s.tech, { visitMinMachines: 1 });
    const ticketOf = async (serial: string) =>
      (await getJson(w, s.tech, '/api/v1/fleet/faults?status=open')).items.find(
        (e: { unitSerial: string }) => e.unitSerial === serial,
      );

    await run(w, s, 6, (at) => [poll(s, 0, at, { fans: [4000, 0] }), poll(s, 1, at)]);
    const first = await ticketOf(s.serials[0]!);
    expect(first).toMatchObject({ fault: 'fan_stopped', ticketKind: 'visit' });

    // An hour later the second machine loses a board: it joins the same trip.
    w.clock.advance(60 * MIN);
    await run(w, s, 6, (at) => [
      poll(s, 0, at, { fans: [4000, 0] }),
      poll(s, 1, at, { dead: [2] }),
    ]);
    expect(await ticketOf(s.serials[1]!)).toMatchObject({
      fault: 'board_missing',
      ticketKind: 'visit',
      ticketRef: first.ticketRef,
    });
    const visits = await getJson(w, s.tech, '/api/v1/field/visits');
    expect(visits.items).toHaveLength(1);
    const visit = await getJson(w, s.tech, `/api/v1/field/visits/${first.ticketRef}`);
    expect(
      visit.units.map((u: { serial: string; faultCode: string }) => [u.serial, u.faultCode]),
    ).toEqual(
      expect.arrayContaining([
        [s.serials[0], 'fan'],
        [s.serials[1], 'board_not_detected'],
      ]),
    );
  });
});
