import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { systemActor } from '../../../src/platform/authz.js';
import { AppError } from '../../../src/platform/errors.js';
import { describeEachDialect, type World } from '../../kit/world.js';
import { get, partsWorld, post } from './supply-kit.js';

async function stocked(w: World) {
  await partsWorld(w);
  const clerk = await w.caller(['production']);
  const found = (payload: object) =>
    post(w, clerk, '/api/v1/inventory/adjustments', {
      location: 'RAW',
      reason: 'found',
      ...payload,
    });
  const inventory = w.system.modules.supply.inventory;
  const actor = systemActor('test');
  return { clerk, found, inventory, actor };
}

/** Outcomes of concurrent calls: how many resolved, and the codes of those that failed. */
async function race(calls: (() => Promise<unknown>)[]) {
  const settled = await Promise.allSettled(calls.map((c) => c()));
  const codes = settled
    .filter((s): s is PromiseRejectedResult => s.status === 'rejected')
    .map((s) => (s.reason instanceof AppError ? s.reason.code : String(s.reason)));
  return { ok: settled.length - codes.length, codes };
}

/** On-hand derived from the ledger (sum in − sum out) for one part at one location. */
async function ledgerOnHand(w: World, partId: string, locationCode: string) {
  const loc = (await w.system.modules.supply.inventory.location(systemActor('t'), locationCode)).id;
  const { rows } = await sql<{ n: number }>`
    select coalesce(sum(case when to_location_id = ${loc} then quantity else 0 end), 0)
         - coalesce(sum(case when from_location_id = ${loc} then quantity else 0 end), 0) as n
    from supply_moves where part_id = ${partId}`.execute(w.system.platform.db);
  return Number(rows[0]!.n);
}

describeEachDialect('supply: inventory ledger', (world) => {
  it('never reserves more than is available under concurrent reservations', async () => {
    const w = world();
    const { found, inventory, actor } = await stocked(w);
    expect((await found({ part: 'T-FAN', delta: 10 })).statusCode).toBe(200);
    const { ok, codes } = await race(
      Array.from(
        { length: 25 },
        (_, i) => () =>
          inventory.reserve(actor, {
            part: 'T-FAN',
            location: 'RAW',
            quantity: 1,
            demand: `wo:${i}`,
          }),
      ),
    );
    expect(ok).toBe(10);
    expect(new Set(codes)).toEqual(new Set(['SUPPLY_INSUFFICIENT_STOCK']));
    const fan = await inventory.onHand(actor, 'T-FAN');
    expect(fan).toMatchObject({ onHand: 10, reserved: 10, available: 0 });
    expect(await inventory.reservations(actor, { status: 'open' })).toHaveLength(10);
  });

  it('issues one serial once, and a serial is never in two places, under concurrent writes', async () => {
    const w = world();
    const { found, inventory, actor } = await stocked(w);
    await found({ part: 'T-PSU', delta: 3, serials: ['S-1', 'S-2', 'S-3'] });
    const issues = await race(
      Array.from(
        { length: 8 },
        () => () => inventory.issue(actor, { part: 'T-PSU', from: 'RAW', serials: ['S-1'] }),
      ),
    );
    expect(issues.ok).toBe(1);
    expect(new Set(issues.codes)).toEqual(new Set(['SUPPLY_SERIAL_NOT_AVAILABLE']));

    const moves = await race(
      ['WIP', 'DEPOT', 'QUAR', 'FG'].map(
        (to) => () =>
          inventory.transfer(actor, { part: 'T-PSU', from: 'RAW', to, serials: ['S-2'] }),
      ),
    );
    expect(moves.ok).toBe(1);
    const s2 = await inventory.serial(actor, 'S-2');
    expect(s2.status).toBe('in_stock');
    const balances = await inventory.balances(actor, { part: 'T-PSU', nonZero: true });
    // S-3 in RAW, S-2 in exactly one other place; S-1 issued.
    expect(balances.map((b) => [b.locationCode, b.onHand]).sort()).toEqual(
      [
        ['RAW', 1],
        [balances.find((b) => b.locationId === s2.locationId)!.locationCode, 1],
      ].sort(),
    );
    expect((await inventory.serial(actor, 'S-1')).status).toBe('issued');
  });

  it('never goes negative under concurrent issues across lots, oldest lot first', async () => {
    const w = world();
    const { inventory, actor } = await stocked(w);
    // Three lots of 100 chips, received through a US purchase order.
    const buyer = await w.caller(['buyer']);
    await post(w, buyer, '/api/v1/suppliers', {
      code: 'USCHIP',
      name: 'US Chips',
      country: 'US',
      leadTimeDays: 5,
      minOrderCents: 0,
    });
    const po = (
      await post(w, buyer, '/api/v1/purchase-orders', {
        supplier: 'USCHIP',
        lines: [{ part: 'T-CHIP', quantity: 300, unitPriceCents: 200 }],
      })
    ).json();
    await post(w, buyer, `/api/v1/purchase-orders/${po.number}/approve`);
    await post(w, buyer, `/api/v1/purchase-orders/${po.number}/send`);
    for (const code of ['LOT-A', 'LOT-B', 'LOT-C']) {
      const r = await post(w, buyer, `/api/v1/purchase-orders/${po.number}/receipts`, {
        lines: [{ line: 1, quantity: 100, lot: { code } }],
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const first = await inventory.issue(actor, { part: 'T-CHIP', from: 'RAW', quantity: 150 });
    expect(first.valueCents).toBe(150 * 200);
    const byLot = await inventory.balances(actor, { part: 'T-CHIP' });
    expect(byLot.map((b) => [b.lotCode, b.onHand])).toEqual([
      ['LOT-A', 0],
      ['LOT-B', 50],
      ['LOT-C', 100],
    ]);

    const { ok, codes } = await race(
      Array.from(
        { length: 24 },
        () => () => inventory.issue(actor, { part: 'T-CHIP', from: 'RAW', quantity: 10 }),
      ),
    );
    expect(ok).toBe(15);
    expect(new Set(codes)).toEqual(new Set(['SUPPLY_INSUFFICIENT_STOCK']));
    expect(await inventory.onHand(actor, 'T-CHIP')).toMatchObject({ onHand: 0, available: 0 });
    expect(
      (await inventory.valuation(actor)).items.find((i) => i.partNumber === 'T-CHIP'),
    ).toBeUndefined();
    expect(await ledgerOnHand(w, byLot[0]!.partId, 'RAW')).toBe(0);
  });

  it('takes locks in one order: stock in, stock out and opposite transfers never deadlock', async () => {
    const w = world();
    const { found, inventory, actor } = await stocked(w);
    await found({ part: 'T-FAN', delta: 100 });
    await inventory.transfer(actor, { part: 'T-FAN', from: 'RAW', to: 'WIP', quantity: 50 });
    const calls = Array.from({ length: 60 }, (_, i) => () => {
      switch (i % 4) {
        case 0:
          return inventory.adjust(actor, {
            part: 'T-FAN',
            location: 'RAW',
            delta: 1,
            reason: 'found',
          });
        case 1:
          return inventory.issue(actor, { part: 'T-FAN', from: 'RAW', quantity: 1 });
        case 2:
          return inventory.transfer(actor, { part: 'T-FAN', from: 'RAW', to: 'WIP', quantity: 1 });
        default:
          return inventory.transfer(actor, { part: 'T-FAN', from: 'WIP', to: 'RAW', quantity: 1 });
      }
    });
    const { ok, codes } = await race(calls);
    expect(codes).toEqual([]);
    expect(ok).toBe(60);
    // 15 found, 15 issued: the total is back where it started, split as before.
    const fan = await inventory.onHand(actor, 'T-FAN');
    expect(fan.onHand).toBe(100);
    expect(fan.byLocation.map((l) => [l.locationCode, l.onHand]).sort()).toEqual([
      ['RAW', 50],
      ['WIP', 50],
    ]);
  });

  it('refuses stock below zero in the database itself', async () => {
    const w = world();
    const { found, inventory, actor } = await stocked(w);
    await found({ part: 'T-FAN', delta: 2 });
    const fan = await inventory.onHand(actor, 'T-FAN');
    await expect(
      sql`update supply_balances set on_hand = -1 where part_id = ${fan.partId}`.execute(
        w.system.platform.db,
      ),
    ).rejects.toThrow(/check/i);
    await expect(
      sql`update supply_balances set reserved = 3 where part_id = ${fan.partId}`.execute(
        w.system.platform.db,
      ),
    ).rejects.toThrow(/check/i);
    const tooMany = await post(w, await w.caller(['technician']), '/api/v1/inventory/issues', {
      part: 'T-FAN',
      from: 'RAW',
      quantity: 3,
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().code).toBe('SUPPLY_INSUFFICIENT_STOCK');
    expect((await inventory.onHand(actor, 'T-FAN')).onHand).toBe(2);
  });

  it('carries a reservation with its stock, consumes it on issue, and releases what is left', async () => {
    const w = world();
    const { found, clerk, inventory, actor } = await stocked(w);
    await found({ part: 'T-FAN', delta: 8 });
    const held = await post(w, clerk, '/api/v1/inventory/reservations', {
      part: 'T-FAN',
      location: 'RAW',
      quantity: 5,
      demand: 'work_order:WO-1',
    });
    expect(held.statusCode, held.body).toBe(201);
    const reservation = held.json().items[0];
    // Reserved stock is not available to anyone else.
    expect(
      (
        await post(w, clerk, '/api/v1/inventory/transfers', {
          part: 'T-FAN',
          from: 'RAW',
          to: 'WIP',
          quantity: 4,
        })
      ).json().code,
    ).toBe('SUPPLY_INSUFFICIENT_STOCK');
    // Kitting: the reservation travels to WIP with its stock.
    const kit = await post(w, clerk, '/api/v1/inventory/transfers', {
      part: 'T-FAN',
      from: 'RAW',
      to: 'WIP',
      reservation: reservation.id,
    });
    expect(kit.statusCode, kit.body).toBe(200);
    const wip = (await get(w, clerk, '/api/v1/inventory/balances?location=WIP')).json().items[0];
    expect(wip).toMatchObject({ onHand: 5, reserved: 5, available: 0 });
    // The line consumes 3, then the rest is released.
    expect(
      (
        await post(w, clerk, '/api/v1/inventory/issues', {
          part: 'T-FAN',
          from: 'WIP',
          reservation: reservation.id,
          quantity: 3,
        })
      ).statusCode,
    ).toBe(200);
    const released = await post(
      w,
      clerk,
      `/api/v1/inventory/reservations/${reservation.id}/release`,
    );
    expect(released.json()).toMatchObject({ status: 'released', quantity: 2 });
    expect(
      (await inventory.onHand(actor, 'T-FAN')).byLocation.find((l) => l.locationCode === 'WIP'),
    ).toMatchObject({ onHand: 2, reserved: 0, available: 2 });
    const again = await post(w, clerk, `/api/v1/inventory/reservations/${reservation.id}/release`);
    expect(again.json().code).toBe('SUPPLY_RESERVATION_CLOSED');
  });

  it('posts cycle counts: quantity variances and serials missing or found elsewhere', async () => {
    const w = world();
    const { found, clerk, inventory, actor } = await stocked(w);
    await found({ part: 'T-FAN', delta: 10 });
    await found({ part: 'T-PSU', delta: 3, serials: ['C-1', 'C-2', 'C-3'] });
    await inventory.transfer(actor, { part: 'T-PSU', from: 'RAW', to: 'DEPOT', serials: ['C-3'] });
    const count = await post(w, clerk, '/api/v1/inventory/counts', {
      location: 'RAW',
      lines: [
        { part: 'T-FAN', counted: 7 },
        { part: 'T-PSU', serials: ['C-1', 'C-3'] },
      ],
    });
    expect(count.statusCode, count.body).toBe(201);
    expect(count.json().lines).toMatchObject([
      { partNumber: 'T-FAN', expected: 10, counted: 7, variance: -3 },
      {
        partNumber: 'T-PSU',
        expected: 2,
        counted: 2,
        variance: 0,
        missingSerials: ['C-2'],
        foundSerials: ['C-3'],
      },
    ]);
    expect((await inventory.serial(actor, 'C-2')).status).toBe('scrapped');
    expect((await inventory.serial(actor, 'C-3')).locationId).toBe(
      (await inventory.location(actor, 'RAW')).id,
    );
    expect(
      (await inventory.onHand(actor, 'T-PSU')).byLocation
        .map((l) => [l.locationCode, l.onHand])
        .sort(),
    ).toEqual([
      ['DEPOT', 0],
      ['RAW', 2],
    ]);
    const shelf = await get(w, clerk, '/api/v1/inventory/serials?part=T-PSU&location=RAW');
    expect(shelf.json().items.map((s: { serial: string }) => s.serial)).toEqual(['C-1', 'C-3']);
    const fanId = (await inventory.onHand(actor, 'T-FAN')).partId;
    expect(await ledgerOnHand(w, fanId, 'RAW')).toBe(7);

    const unknown = await post(w, clerk, '/api/v1/inventory/counts', {
      location: 'RAW',
      lines: [
        { part: 'T-FAN', counted: 1 },
        { part: 'T-PSU', serials: ['C-1', 'NEVER-SEEN'] },
      ],
    });
    expect(unknown.json().code).toBe('SUPPLY_COUNT_UNKNOWN_SERIAL');
    // All or nothing: the fan line of the refused count changed nothing.
    expect((await inventory.onHand(actor, 'T-FAN')).onHand).toBe(7);
  });

  it('validates moves at the edge with clear errors', async () => {
    const w = world();
    const { clerk } = await stocked(w);
    const cases: [object, string][] = [
      [{ part: 'T-PSU', from: 'RAW', to: 'WIP', quantity: 1 }, 'SUPPLY_SERIALS_REQUIRED'],
      [{ part: 'T-FAN', from: 'RAW', to: 'RAW', quantity: 1 }, 'SUPPLY_SAME_LOCATION'],
      [{ part: 'T-FAN', from: 'NOWHERE', to: 'RAW', quantity: 1 }, 'SUPPLY_LOCATION_NOT_FOUND'],
      [{ part: 'T-FAN', from: 'RAW', to: 'WIP', quantity: 1, lot: 'X' }, 'SUPPLY_NOT_LOT'],
      [{ part: 'T-CHIP', from: 'RAW', to: 'WIP', quantity: 1, lot: 'X' }, 'SUPPLY_LOT_NOT_FOUND'],
      [{ part: 'NOPE', from: 'RAW', to: 'WIP', quantity: 1 }, 'CATALOG_PART_NOT_FOUND'],
    ];
    const counts: [object, string][] = [
      [
        {
          location: 'RAW',
          lines: [
            { part: 'T-FAN', counted: 1 },
            { part: 'T-FAN', counted: 2 },
          ],
        },
        'SUPPLY_COUNT_REPEATED',
      ],
      [{ location: 'RAW', lines: [{ part: 'T-PSU', counted: 1 }] }, 'SUPPLY_COUNT_SERIALS'],
      [{ location: 'RAW', lines: [{ part: 'T-FAN', counted: 1, lot: 'L1' }] }, 'SUPPLY_NOT_LOT'],
    ];
    // Tracking cannot change under stock.
    await post(w, clerk, '/api/v1/inventory/adjustments', {
      part: 'T-FAN',
      location: 'RAW',
      delta: 1,
      reason: 'found',
    });
    const planner = await w.caller(['planner']);
    const retrack = await w.app.inject({
      method: 'PATCH',
      url: '/api/v1/catalog/parts/T-FAN',
      headers: planner.headers,
      payload: { tracking: 'serial' },
    });
    expect(retrack.json().code).toBe('SUPPLY_TRACKING_WITH_STOCK');
    for (const [payload, code] of counts)
      expect((await post(w, clerk, '/api/v1/inventory/counts', payload)).json().code).toBe(code);
    expect(
      (
        await post(w, clerk, '/api/v1/inventory/issues', {
          part: 'T-FAN',
          from: 'RAW',
          reservation: 'r-1',
          lot: 'L1',
        })
      ).json().code,
    ).toBe('SUPPLY_RESERVATION_DECIDES');
    for (const [payload, code] of cases) {
      const r = await post(w, clerk, '/api/v1/inventory/transfers', payload);
      expect(r.headers['content-type']).toMatch(/problem\+json/);
      expect(r.json().code, JSON.stringify(payload)).toBe(code);
    }
  });
});
