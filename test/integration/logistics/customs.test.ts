import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { pricedModels } from '../sales/sales-kit.js';
import { DAY_MS, get, orderOf, people, post } from './logistics-kit.js';

describeEachDialect('logistics: imports through customs', (world) => {
  it('clears an import through entry, hold and release, learns the lane and reports it', async () => {
    const w = world();
    await pricedModels(w);
    const { sales, logistics, customerUser } = await people(w);
    const trade = await w.caller(['trade']);
    const order = await orderOf(w, sales, 'LSH', 'Antminer S21', 5);
    const serials = ['SMTT-0001', 'SMTT-0002', 'SMTT-0003', 'SMTT-0004', 'SMTT-0005'];
    const booked = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'CN-OCEAN',
      carrier: 'COSCO',
      trackingNumber: 'COSU1',
      departedOn: '2026-10-20',
      lines: [{ line: 1, serials }],
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const number = booked.json().number as string;
    expect(booked.json()).toMatchObject({
      kind: 'import',
      originCountry: 'CN',
      status: 'in_transit',
    });
    const fob = booked.json().lines[0].unitValueCents as number;
    // The declared value is the trade route's FOB, not the sale price.
    const route = (await get(w, trade, '/api/v1/trade/sourcing-routes?model=Antminer%20S21'))
      .json()
      .items.find((r: { name: string }) => r.name === 'Import: China factory, ocean');
    expect(fob).toBe(route.fobCents);

    const step = (path: string, body: object, who = trade) =>
      post(w, who, `/api/v1/shipments/${number}/${path}`, body);
    const refused = async (path: string, body: object, code: string) => {
      const r = await step(path, body);
      expect([r.statusCode >= 400, r.json().code], path).toEqual([true, code]);
    };
    // Not yet: no receipt before release, no hold before arrival, no arrival in the future.
    expect(
      (await post(w, customerUser, `/api/v1/shipments/${number}/receipts`, {})).json().code,
    ).toBe('LOGISTICS_SHIPMENT_STATE');
    await refused(
      'holds',
      { reason: 'exam', startedOn: '2026-11-01', holdingCostPerDayCents: 1 },
      'LOGISTICS_SHIPMENT_STATE',
    );
    await refused('arrival', { on: '2026-12-01', port: 'Long Beach, CA' }, 'LOGISTICS_DATE_FUTURE');
    await refused('arrival', { on: '2026-10-01', port: 'Long Beach, CA' }, 'LOGISTICS_DATE_ORDER');
    expect(
      (await step('arrival', { on: '2026-11-10', port: 'Long Beach, CA' })).json().status,
    ).toBe('at_port');
    await refused('release', { on: '2026-11-11' }, 'LOGISTICS_ENTRY_MISSING');

    // The entry goes to the trade module: one line, duty from the rows in force that day.
    const filed = await step('customs-entry', {
      entryNumber: 'EBN-1000001-1',
      entryDate: '2026-11-10',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const entry = (await get(w, trade, '/api/v1/trade/entries/EBN-1000001-1')).json();
    expect(entry.lines).toEqual([
      expect.objectContaining({ hts: '8543.70.9860', origin: 'CN', customsValueCents: 5 * fob }),
    ]);
    expect(entry.dutyCents).toBeGreaterThan(0);
    expect(filed.json()).toMatchObject({
      customsEntryNumber: 'EBN-1000001-1',
      dutyCents: entry.dutyCents,
    });
    await refused(
      'customs-entry',
      { entryNumber: 'EBN-2', entryDate: '2026-11-10' },
      'LOGISTICS_ENTRY_FILED',
    );

    // Held by another agency for twelve days at $2,000 a day.
    const held = await step('holds', {
      reason: 'other_agency',
      startedOn: '2026-11-11',
      holdingCostPerDayCents: 200_000,
      note: 'Documents asked for',
    });
    expect(held.json()).toMatchObject({ status: 'held', openHold: { reason: 'other_agency' } });
    // While held, the arrival estimate is at least the rest of a typical hold from today.
    expect(held.json().eta.p50 >= '2026-11-23').toBe(true);
    const board = (await get(w, logistics, '/api/v1/customs-holds?open=true')).json().items;
    expect(board).toEqual([
      expect.objectContaining({
        shipment: number,
        units: 5,
        days: 12,
        costCents: 12 * 200_000,
        sourceCode: 'CN-OCEAN',
      }),
    ]);
    // The lane learns: one shipment reached port and it was held (prior 15% weighs as ten).
    const risk = (await get(w, logistics, '/api/v1/logistics/lane-risk')).json().items;
    expect(risk.find((r: { source: string }) => r.source === 'CN-OCEAN')).toMatchObject({
      shipments: 1,
      held: 1,
      probabilityBp: Math.round(((1 + 0.15 * 10) / 11) * 10_000),
    });
    // The customer sees the hold on its shipment but not what it costs.
    const seen = (await get(w, customerUser, `/api/v1/shipments/${number}`)).json();
    expect(seen.holds[0]).toMatchObject({ reason: 'other_agency', days: 12, costCents: null });

    // A new hold re-promises the book (the lane's risk changed).
    await w.system.platform.dispatcher.drain();
    await w.system.rePromise.flush();
    const runs = (await get(w, sales, '/api/v1/promise/runs/latest')).json();
    expect(runs.run.trigger).toContain('hold opened');

    w.clock.advance(3 * DAY_MS);
    const ended = await step('holds/end', { endedOn: '2026-11-25' });
    expect(ended.json()).toMatchObject({
      status: 'released',
      releasedOn: '2026-11-25',
      openHold: null,
    });
    expect(ended.json().holds[0]).toMatchObject({
      endedOn: '2026-11-25',
      days: 14,
      costCents: 14 * 200_000,
    });
    expect(ended.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'departed',
      'arrived_port',
      'entry_filed',
      'hold_opened',
      'hold_ended',
      'released',
    ]);

    const received = await post(w, customerUser, `/api/v1/shipments/${number}/receipts`, {
      on: '2026-11-26',
    });
    expect(received.json()).toMatchObject({ received: 5, status: 'delivered' });

    const kpis = (
      await get(w, logistics, '/api/v1/logistics/kpis?from=2026-10-01&to=2026-11-30')
    ).json();
    expect(kpis.leadTime.imported).toMatchObject({ units: 5, p50Days: 3 });
    expect(kpis.leadTime.usBuilt.units).toBe(0);
    expect(kpis.holds).toMatchObject({
      holds: 1,
      open: 0,
      units: 5,
      days: 14,
      unitDays: 70,
      costCents: 14 * 200_000,
    });
    expect(kpis.holds.byReason).toEqual([
      { reason: 'other_agency', holds: 1, units: 5, days: 14, costCents: 14 * 200_000 },
    ]);
    expect(kpis.duties).toMatchObject({
      paidCents: entry.dutyCents,
      importEntries: 1,
      avoidedCents: 0,
    });
    // Without dates, the last 90 days.
    const recent = (await get(w, logistics, '/api/v1/logistics/kpis')).json();
    expect([recent.from, recent.to, recent.holds.holds]).toEqual(['2026-08-28', '2026-11-26', 1]);
    // The order's line was wanted in the week of 2026-12-07: not due yet, so no OTIF count.
    expect(kpis.otif.lines).toBe(0);
  });

  it('keeps domestic shipments out of customs and checks what is asked of a hold', async () => {
    const w = world();
    await pricedModels(w);
    const { sales, logistics } = await people(w);
    const order = await orderOf(w, sales, 'LSH', 'Antminer S21', 2);
    const imp = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'CN-AIR',
      carrier: 'Air',
      lines: [{ line: 1, serials: ['A-1'] }],
    });
    expect(imp.statusCode, imp.body).toBe(201);
    const n = imp.json().number;
    const bad = await post(w, logistics, `/api/v1/shipments/${n}/holds`, {
      reason: 'vacation',
      startedOn: '2026-11-20',
      holdingCostPerDayCents: 1,
    });
    expect(bad.statusCode).toBe(400);
    // The same serial cannot arrive twice, even from another lane.
    const twice = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'CN-OCEAN',
      carrier: 'Sea',
      lines: [{ line: 1, serials: ['A-1'] }],
    });
    expect(twice.json().code).toBe('LOGISTICS_SERIAL_SHIPPED');
    expect(
      (await get(w, sales, `/api/v1/sales-orders/${order}`)).json().lines[0].shippedQuantity,
    ).toBe(1);
    // A checkpoint is kept on the timeline, never dated before departure.
    const cp = await post(w, logistics, `/api/v1/shipments/${n}/checkpoints`, {
      on: '2026-11-23',
      location: 'Anchorage, AK',
      note: 'Transit stop',
    });
    expect(cp.json().events.at(-1)).toMatchObject({
      kind: 'checkpoint',
      location: 'Anchorage, AK',
    });
  });
});
