import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { healthy } from '../production/production-kit.js';
import { DAY_MS, deliveredMiners, depotSpares, get, post } from './service-kit.js';

describeEachDialect('service: an RMA from request to shipped back', (world) => {
  it('repairs an in-warranty machine in the depot: spares, genealogy swap, retest, return', async () => {
    const w = world();
    const { serials, customerUser, tech, sales, lead } = await deliveredMiners(w);
    const [serial] = serials as [string];
    await depotSpares(w, tech);

    // The customer checks the warranty, then opens an RMA through the portal.
    const warranty = await get(w, customerUser, `/api/v1/warranty/${serial}`);
    expect(warranty.statusCode, warranty.body).toBe(200);
    expect(warranty.json()).toMatchObject({ state: 'in_warranty', doa: true, eligibility: 'doa' });
    const opened = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial, fault: 'psu', note: 'Dead after a storm' }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ units: 1, eligibility: { doa: 1 } });
    const rma = opened.json().rmas[0].number as string;

    // Receiving before approval is refused; the desk approves with return instructions.
    const early = await post(w, tech, '/api/v1/depot/receive', { serial });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SERVICE_RMA_NOT_APPROVED');
    w.clock.advance(3_600_000);
    const approved = await post(w, sales, `/api/v1/rmas/${rma}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().returnInstructions).toMatch(/RMA number/);

    // The customer ships it; the SLA clock pauses while the parcel travels.
    const shipped = await post(w, customerUser, `/api/v1/rmas/${rma}/inbound`, {
      carrier: 'UPS Freight',
      trackingNumber: '1Z-999',
    });
    expect(shipped.statusCode, shipped.body).toBe(200);
    const inTransit = shipped.json().units[0];
    expect(inTransit.status).toBe('in_transit');
    expect(inTransit.sla).toMatchObject({ state: 'paused', usedHours: 1 });
    expect(shipped.json().parcels[0]).toMatchObject({
      direction: 'to_depot',
      status: 'in_transit',
    });
    w.clock.advance(3 * DAY_MS);

    // Depot: receive by scan, diagnose, swap the PSU from spares, retest, ship back.
    const received = await post(w, tech, '/api/v1/depot/receive', { serial });
    expect(received.statusCode, received.body).toBe(200);
    const unitId = received.json().unitId as string;
    const step = (path: string, body: object = {}) =>
      post(w, tech, `/api/v1/depot/units/${unitId}/${path}`, body);
    expect((await step('start-diagnosis')).statusCode).toBe(200);
    const diagnosed = await step('diagnosis', { codes: ['psu'], note: 'No 12 V output' });
    expect(diagnosed.json()).toMatchObject({ status: 'repairing', quote: null });

    const bench = await get(w, tech, `/api/v1/depot/units/${serial}`);
    expect(bench.statusCode, bench.body).toBe(200);
    expect(bench.json().builtHere).toBe(true);
    const oldPsu = bench.json().components.find((c: { kind: string }) => c.kind === 'psu').serial;
    expect(bench.json().suggestedSpares).toEqual([
      expect.objectContaining({ partNumber: 'T-PSU', available: 1 }),
    ]);
    const noSerials = await step('parts', { partNumber: 'T-PSU' });
    expect(noSerials.json().code).toBe('SERVICE_SERIALS_REQUIRED');
    const swapped = await step('parts', {
      partNumber: 'T-PSU',
      removedSerial: oldPsu,
      installedSerial: 'PSU-SPARE-1',
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect(swapped.json()).toMatchObject({ genealogyUpdated: true, costCents: 9000 });
    const fan = await step('parts', { partNumber: 'T-FAN', quantity: 1 });
    expect(fan.statusCode, fan.body).toBe(200);

    // Genealogy: the spare is in, the old PSU is out; it waits in quarantine at no value.
    const unit = (await get(w, lead, `/api/v1/production/units/${serial}`)).json();
    const inside = unit.components.map((c: { serial: string | null }) => c.serial);
    expect(inside).toContain('PSU-SPARE-1');
    expect(inside).not.toContain(oldPsu);
    const fans = unit.components.filter((c: { partNumber: string }) => c.partNumber === 'T-FAN');
    expect(fans.reduce((s: number, c: { quantity: number }) => s + c.quantity, 0)).toBe(2);
    const quarantined = (await get(w, tech, `/api/v1/inventory/serials/${oldPsu}`)).json();
    expect(quarantined).toMatchObject({ status: 'in_stock', locationCode: 'QUAR' });
    const spare = (await get(w, tech, '/api/v1/inventory/serials/PSU-SPARE-1')).json();
    expect(spare.status).toBe('issued');

    // Retest: a failing run sends it back to repair; a healthy one makes it ready to ship.
    expect((await step('start-test')).statusCode).toBe(200);
    const bad = await step('tests', { ...healthy(['B1', 'B2', 'B3']), hashrateGhs: 50_000 });
    expect(bad.json()).toMatchObject({ result: 'fail', status: 'repairing' });
    expect((await step('start-test')).statusCode).toBe(200);
    const good = await step('tests', healthy(['B1', 'B2', 'B3']));
    expect(good.json()).toMatchObject({ result: 'pass', status: 'ready_to_ship', attempt: 2 });

    const back = await post(w, tech, `/api/v1/rmas/${rma}/ship-back`, {
      carrier: 'Lone Star Freight',
      trackingNumber: 'LSF-77',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json().units[0]).toMatchObject({ status: 'shipped', sla: { state: 'stopped' } });
    expect(
      back
        .json()
        .parcels.map((p: { direction: string }) => p.direction)
        .sort(),
    ).toEqual(['to_customer', 'to_depot']);

    // The spare PSU is covered for the repaired-part term from the ship day.
    const after = (await get(w, customerUser, `/api/v1/warranty/${serial}`)).json();
    expect(after.components).toEqual([
      expect.objectContaining({ serial: 'PSU-SPARE-1', covered: true }),
    ]);
    expect(after.repairCoverEndsOn).not.toBeNull();

    w.clock.advance(2 * DAY_MS);
    const closed = await post(w, customerUser, `/api/v1/rmas/${rma}/delivered`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const timeline = closed.json().events.map((e: { to: string }) => e.to);
    expect(timeline).toEqual([
      'requested',
      'approved',
      'in_transit',
      'received',
      'diagnosing',
      'repairing',
      'testing',
      'repairing',
      'testing',
      'ready_to_ship',
      'shipped',
      'closed',
    ]);
    // Closed: the machine may be returned again.
    const again = await post(w, customerUser, '/api/v1/rmas', {
      units: [{ serial, fault: 'fan' }],
    });
    expect(again.statusCode, again.body).toBe(201);

    // Analytics: one machine back 3 days after the request; its first retest failed; it came back within
    // 90 days; the removed PSU names its supplier; the build week is the plant's.
    const stats = await get(w, sales, '/api/v1/service/analytics');
    expect(stats.statusCode, stats.body).toBe(200);
    const a = stats.json();
    expect(a.units).toBe(2);
    expect(a.turnaround).toMatchObject({ count: 1 });
    expect(a.turnaround.p50Days).toBe(3);
    expect(a.sla).toMatchObject({ closed: 1, met: 1, attainmentBp: 10_000, open: 1 });
    expect(a.firstTimeFix).toMatchObject({ depotTested: 1, depotFirstPass: 0 });
    expect(a.repeats).toMatchObject({ returns: 1, repeated: 1, serials: [serial] });
    expect(a.pareto.faultCode.map((p: { key: string }) => p.key).sort()).toEqual(['fan', 'psu']);
    expect(a.pareto.supplier).toEqual([expect.objectContaining({ key: 'LOCAL', count: 1 })]);
    expect(a.pareto.productionWeek).toEqual([expect.objectContaining({ count: 2 })]);
    expect((await get(w, customerUser, '/api/v1/service/analytics')).statusCode).toBe(403);
  });
});
