import { expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/authz.js';
import { describeEachDialect } from '../../kit/world.js';
import { finishedUnits, get, orderOf, people, post } from './logistics-kit.js';

describeEachDialect('logistics: shipping from the plant and delivery', (world) => {
  it('picks finished units by serial, ships them once, and delivers them into the installed base', async () => {
    const w = world();
    const { serials, lead } = await finishedUnits(w);
    const { sales, logistics, customerUser } = await people(w);
    const order = await orderOf(w, sales, 'LSH', 'Test Miner', 3);

    const booked = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'US-PLANT',
      carrier: 'Lone Star Freight',
      trackingNumber: 'LSF-1',
      unitsPerPallet: 1,
      lines: [{ line: 1, quantity: 2 }],
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const shipment = booked.json();
    expect(shipment).toMatchObject({
      kind: 'domestic',
      status: 'in_transit',
      orderNumber: order,
      siteCode: 'TX1',
      units: 2,
      received: 0,
      departedOn: '2026-11-23',
      packages: [
        { label: 'PAL-001', units: 1 },
        { label: 'PAL-002', units: 1 },
      ],
      events: [expect.objectContaining({ kind: 'departed', happenedOn: '2026-11-23' })],
    });
    // Oldest finished units first; priced at the order's price; no customs for a US build.
    expect(shipment.serials.map((s: { serial: string }) => s.serial)).toEqual(serials);
    expect(shipment.lines[0]).toMatchObject({
      units: 2,
      unitValueCents: 350_000,
      originCountry: 'US',
    });
    // The US plant's transit (1–5 days) gives the dates.
    expect(shipment.eta.p50 >= '2026-11-24').toBe(true);

    // The units left finished goods and the stock books.
    const unit = (await get(w, lead, `/api/v1/production/units/${serials[0]}`)).json();
    expect(unit.status).toBe('shipped');
    const goods = await w.system.modules.production.unitQueries.finishedGoods(systemActor('test'));
    expect(goods.get('Test Miner') ?? 0).toBe(0);

    // The order moved on, one unit to go; nothing left to pick for it.
    expect((await get(w, sales, `/api/v1/sales-orders/${order}`)).json()).toMatchObject({
      status: 'partly_shipped',
      lines: [{ shippedQuantity: 2, deliveredQuantity: 0 }],
    });
    const again = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'US-PLANT',
      carrier: 'X',
      lines: [{ line: 1, serials: [serials[0]] }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LOGISTICS_SERIAL_SHIPPED');
    const empty = await post(w, logistics, '/api/v1/shipments', {
      order,
      source: 'US-PLANT',
      carrier: 'X',
      lines: [{ line: 1, quantity: 1 }],
    });
    expect(empty.json().code).toBe('LOGISTICS_NOT_ENOUGH_STOCK');

    // The customer reads its own shipment (no freight cost) and its documents.
    const mine = await get(w, customerUser, `/api/v1/shipments/${shipment.number}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().freightCents).toBeNull();
    for (const doc of ['packing-list', 'commercial-invoice', 'delivery-note']) {
      const pdf = await get(
        w,
        customerUser,
        `/api/v1/shipments/${shipment.number}/documents/${doc}`,
      );
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const csv = await get(w, customerUser, `/api/v1/shipments/${shipment.number}/serials.csv`);
    expect(csv.body.split('\n')[0]).toBe(
      'shipment,order,line,serial,model,pallet,origin,received_on',
    );
    expect(csv.body).toContain(
      `${shipment.number},${order},1,${serials[1]},Test Miner,PAL-002,US,`,
    );

    // Receipt in two steps: one serial, then the rest.
    w.clock.advance(2 * 86_400_000);
    const stray = await post(w, customerUser, `/api/v1/shipments/${shipment.number}/receipts`, {
      serials: ['NOT-ON-IT'],
    });
    expect(stray.json().code).toBe('LOGISTICS_SERIAL_NOT_ON_SHIPMENT');
    const first = await post(w, customerUser, `/api/v1/shipments/${shipment.number}/receipts`, {
      serials: [serials[0]],
    });
    expect(first.json()).toEqual({
      shipment: shipment.number,
      received: 1,
      outstanding: 1,
      status: 'in_transit',
    });
    const rest = await post(w, customerUser, `/api/v1/shipments/${shipment.number}/receipts`, {});
    expect(rest.json()).toMatchObject({ received: 1, outstanding: 0, status: 'delivered' });
    const done = (await get(w, customerUser, `/api/v1/shipments/${shipment.number}`)).json();
    expect(done).toMatchObject({ status: 'delivered', deliveredOn: '2026-11-25', received: 2 });
    expect(done.events.map((e: { kind: string }) => e.kind)).toEqual([
      'departed',
      'received',
      'delivered',
    ]);
    expect(
      (await post(w, customerUser, `/api/v1/shipments/${shipment.number}/receipts`, {})).statusCode,
    ).toBe(409);

    // Installed base at the site, warranty from the day it left the plant.
    const base = (await get(w, customerUser, '/api/v1/installed-base?site=TX1')).json();
    expect(base.total).toBe(2);
    expect(base.items[0]).toMatchObject({
      model: 'Test Miner',
      builtHere: true,
      siteCode: 'TX1',
      shippedOn: '2026-11-23',
      deliveredOn: '2026-11-25',
      warrantyEndsOn: '2027-11-23',
      inWarranty: true,
    });
    expect((await get(w, sales, `/api/v1/sales-orders/${order}`)).json()).toMatchObject({
      status: 'partly_shipped',
      lines: [{ shippedQuantity: 2, deliveredQuantity: 2 }],
    });

    // The warranty term is a setting: new deliveries take the new one.
    const term = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/logistics/settings',
      headers: logistics.headers,
      payload: { warrantyTermDays: 180 },
    });
    expect(term.json()).toEqual({ warrantyTermDays: 180 });
  });

  it('moves an order to shipped and delivered, and refuses bad shipments whole', async () => {
    const w = world();
    const { serials } = await finishedUnits(w);
    const { sales, logistics, customerUser } = await people(w);
    const order = await orderOf(w, sales, 'LSH', 'Test Miner', 2);
    const ship = (body: object) =>
      post(w, logistics, '/api/v1/shipments', { order, source: 'US-PLANT', carrier: 'T', ...body });

    const bad: [object, number, string][] = [
      [{ lines: [{ line: 9, quantity: 1 }] }, 400, 'LOGISTICS_LINE_UNKNOWN'],
      [{ lines: [{ line: 1 }] }, 400, 'LOGISTICS_LINE_EMPTY'],
      [{ lines: [{ line: 1, quantity: 3 }] }, 409, 'SALES_LINE_OVERSHIPPED'],
      [{ lines: [{ line: 1, serials: ['NOPE-1'] }] }, 400, 'LOGISTICS_SERIAL_UNKNOWN'],
      [
        { lines: [{ line: 1, serials: [serials[0], serials[0]] }] },
        400,
        'LOGISTICS_SERIAL_REPEATED',
      ],
      [
        { departedOn: '2026-12-01', lines: [{ line: 1, quantity: 1 }] },
        400,
        'LOGISTICS_DATE_FUTURE',
      ],
      [{ source: 'NOWHERE', lines: [{ line: 1, quantity: 1 }] }, 404, 'SALES_SOURCE_NOT_FOUND'],
      [
        { source: 'CN-OCEAN', lines: [{ line: 1, quantity: 1 }] },
        400,
        'LOGISTICS_SERIALS_REQUIRED',
      ],
      [
        { source: 'CN-OCEAN', lines: [{ line: 1, serials: [serials[0]] }] },
        400,
        'LOGISTICS_SERIAL_BUILT_HERE',
      ],
    ];
    for (const [body, status, code] of bad) {
      const r = await ship(body);
      expect([r.statusCode, r.json().code], JSON.stringify(body)).toEqual([status, code]);
    }
    // The customer cannot book; nothing was written by any refusal.
    expect(
      (
        await post(w, customerUser, '/api/v1/shipments', {
          order,
          source: 'US-PLANT',
          carrier: 'T',
          lines: [{ line: 1, quantity: 1 }],
        })
      ).statusCode,
    ).toBe(403);
    expect((await get(w, logistics, '/api/v1/shipments')).json().items).toEqual([]);

    const r = await ship({ lines: [{ line: 1, serials }] });
    expect(r.statusCode, r.body).toBe(201);
    expect((await get(w, sales, `/api/v1/sales-orders/${order}`)).json().status).toBe('shipped');
    // A shipped order cannot be edited or cancelled; it cannot ship again.
    expect((await post(w, sales, `/api/v1/sales-orders/${order}/cancel`)).statusCode).toBe(409);
    await post(w, logistics, `/api/v1/shipments/${r.json().number}/receipts`, {});
    expect((await get(w, sales, `/api/v1/sales-orders/${order}`)).json().status).toBe('delivered');
    const audit = await get(w, await w.caller(['admin']), `/api/v1/audit?entityType=sales_order`);
    expect(audit.json().items.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['sales.order.shipped', 'sales.order.delivered']),
    );
  });

  it('lets a serial ship once when shipments race for it', async () => {
    const w = world();
    const { serials } = await finishedUnits(w);
    const { sales, logistics } = await people(w);
    const orders = await Promise.all(
      [1, 2, 3, 4].map(() => orderOf(w, sales, 'LSH', 'Test Miner', 1)),
    );
    const book = (order: string, line: object) =>
      post(w, logistics, '/api/v1/shipments', {
        order,
        source: 'US-PLANT',
        carrier: 'T',
        lines: [{ line: 1, ...line }],
      });
    // Two shipments name the same serial at once.
    const named = await Promise.all([
      book(orders[0]!, { serials: [serials[0]] }),
      book(orders[1]!, { serials: [serials[0]] }),
    ]);
    expect(named.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    // Two shipments each ask the plant to pick one unit, with one left.
    const picked = await Promise.all([
      book(orders[2]!, { quantity: 1 }),
      book(orders[3]!, { quantity: 1 }),
    ]);
    expect(picked.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    const list = (await get(w, logistics, '/api/v1/shipments')).json().items;
    expect(list).toHaveLength(2);
    const shippedSerials = await Promise.all(
      list.map(
        async (s: { number: string }) =>
          (await get(w, logistics, `/api/v1/shipments/${s.number}`)).json().serials[0].serial,
      ),
    );
    expect(shippedSerials.sort()).toEqual([...serials].sort());
    // Each losing order is untouched.
    const statuses = await Promise.all(
      orders.map(async (o) => (await get(w, sales, `/api/v1/sales-orders/${o}`)).json().status),
    );
    expect(statuses.sort()).toEqual(['confirmed', 'confirmed', 'shipped', 'shipped']);
  });

  it('keeps every customer to its own shipments and installed base', async () => {
    const w = world();
    await finishedUnits(w);
    const { sales, logistics, customerUser } = await people(w, 'LSH');
    const other = await people(w, 'GCH');
    const order = await orderOf(w, sales, 'LSH', 'Test Miner', 2);
    const s = (
      await post(w, logistics, '/api/v1/shipments', {
        order,
        source: 'US-PLANT',
        carrier: 'T',
        lines: [{ line: 1, quantity: 2 }],
      })
    ).json();
    const intruder = other.customerUser;
    for (const url of [
      `/api/v1/shipments/${s.number}`,
      `/api/v1/shipments/${s.id}/documents/packing-list`,
      `/api/v1/shipments/${s.number}/serials.csv`,
    ])
      expect((await get(w, intruder, url)).json().code, url).toBe('LOGISTICS_SHIPMENT_NOT_FOUND');
    expect((await post(w, intruder, `/api/v1/shipments/${s.number}/receipts`, {})).statusCode).toBe(
      404,
    );
    expect((await get(w, intruder, '/api/v1/shipments')).json().items).toEqual([]);
    expect((await get(w, intruder, `/api/v1/shipments?order=${order}`)).statusCode).toBe(404);
    await post(w, customerUser, `/api/v1/shipments/${s.number}/receipts`, {});
    expect((await get(w, intruder, '/api/v1/installed-base')).json().total).toBe(0);
    expect((await get(w, customerUser, '/api/v1/installed-base')).json().total).toBe(2);
    // Staff-only views.
    for (const url of [
      '/api/v1/customs-holds',
      '/api/v1/logistics/kpis?from=2026-01-01&to=2026-12-31',
      '/api/v1/logistics/lane-risk',
    ])
      expect((await get(w, customerUser, url)).statusCode, url).toBe(403);
  });
});
