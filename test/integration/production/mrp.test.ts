import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';
import { testModel } from './production-kit.js';

describeEachDialect('production: build plan and MRP', (world) => {
  it('plans materials from plan, stock, open orders and suppliers, then drafts the POs', async () => {
    const w = world();
    const planner = await testModel(w);
    const buyer = await w.caller(['buyer']);
    const clerk = await w.caller(['production']);
    for (const [code, country, leadTimeDays] of [
      ['S1', 'TW', 14],
      ['S2', 'CN', 35],
    ] as const)
      await post(w, buyer, '/api/v1/suppliers', {
        code,
        name: `Supplier ${code}`,
        country,
        leadTimeDays,
        minOrderCents: 0,
      });
    for (const [supplier, part, price] of [
      ['S1', 'T-CHIP', 300],
      ['S2', 'T-CHIP', 250],
      ['S1', 'T-FAN', 700],
    ] as const)
      await w.app.inject({
        method: 'PUT',
        url: `/api/v1/suppliers/${supplier}/price-breaks`,
        headers: buyer.headers,
        payload: { part, minQuantity: 1, unitPriceCents: price },
      });
    // Usable stock: 100 chips in raw stores; 50 in quarantine do not count.
    const buyPo = await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'S1',
      lines: [{ part: 'T-CHIP', quantity: 150 }],
    });
    await post(w, buyer, `/api/v1/purchase-orders/${buyPo.json().number}/approve`);
    await post(w, buyer, `/api/v1/purchase-orders/${buyPo.json().number}/send`);
    await post(w, clerk, `/api/v1/purchase-orders/${buyPo.json().number}/receipts`, {
      entry: { number: 'E-MRP-1' },
      lines: [{ line: 1, quantity: 150, lot: { code: 'L1' } }],
    });
    await post(w, clerk, '/api/v1/inventory/transfers', {
      part: 'T-CHIP',
      from: 'RAW',
      to: 'QUAR',
      quantity: 50,
    });
    // Open supply: 10 fans due on 2026-12-07 (week 2).
    const fanPo = await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'S1',
      lines: [{ part: 'T-FAN', quantity: 10, dueDate: '2026-12-07' }],
    });
    await post(w, buyer, `/api/v1/purchase-orders/${fanPo.json().number}/approve`);
    await post(w, buyer, `/api/v1/purchase-orders/${fanPo.json().number}/send`);

    // 20 units in the week of 2026-12-14 (week 3; today, 2026-11-23, is a Monday).
    const set = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/plan/build-plan',
      headers: planner.headers,
      payload: { cells: [{ model: 'Test Miner', week: '2026-12-16', quantity: 20 }] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const plan = (await get(w, planner, '/api/v1/plan/build-plan?weeks=4')).json();
    expect(plan.weeks).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(plan.rows.find((r: { model: string }) => r.model === 'Test Miner').quantities).toEqual([
      0, 0, 0, 20,
    ]);

    const run = await post(w, planner, '/api/v1/plan/mrp-runs', { weeks: 4 });
    expect(run.statusCode, run.body).toBe(201);
    const orders = Object.fromEntries(
      run.json().plannedOrders.map((o: { partNumber: string }) => [o.partNumber, o]),
    );
    // Units: 20 due week 3, made in a week → released week 2.
    expect(orders['T-UNIT']).toMatchObject({
      source: 'make',
      quantity: 20,
      releaseDate: '2026-12-07',
      dueDate: '2026-12-14',
      lateWeeks: 0,
      supplier: null,
    });
    // Chips: 200 needed at release, 100 usable → 100; 2 weeks' lead from the faster supplier,
    // which is also the only one in time (S2 is cheaper but takes 35 days).
    expect(orders['T-CHIP']).toMatchObject({
      source: 'buy',
      quantity: 100,
      releaseDate: '2026-11-23',
      dueDate: '2026-12-07',
      lateWeeks: 0,
    });
    expect(orders['T-CHIP'].supplier).toMatchObject({
      supplierCode: 'S1',
      unitPriceCents: 300,
      meetsDate: true,
    });
    expect(orders['T-CHIP'].pegs).toEqual([
      { model: 'Test Miner', week: '2026-12-14', quantity: 100 },
    ]);
    // Fans: 40 needed, 10 arriving → 30.
    expect(orders['T-FAN']).toMatchObject({ quantity: 30, dueDate: '2026-12-07' });
    expect(run.json().shortages).toEqual([]);

    // Planned purchases become one draft PO for S1, once.
    const drafted = await post(
      w,
      planner,
      `/api/v1/plan/mrp-runs/${run.json().id}/draft-purchase-orders`,
      {},
    );
    expect(drafted.statusCode, drafted.body).toBe(201);
    expect(drafted.json().created).toMatchObject([{ supplier: 'S1', lines: 2, status: 'draft' }]);
    const po = (
      await get(w, buyer, `/api/v1/purchase-orders/${drafted.json().created[0].number}`)
    ).json();
    expect(
      po.lines.map(
        (l: { partNumber: string; quantity: number; unitPriceCents: number; dueDate: string }) => [
          l.partNumber,
          l.quantity,
          l.unitPriceCents,
          l.dueDate,
        ],
      ),
    ).toEqual([
      ['T-CHIP', 100, 300, '2026-12-07'],
      ['T-FAN', 30, 700, '2026-12-07'],
    ]);
    const again = await post(
      w,
      planner,
      `/api/v1/plan/mrp-runs/${run.json().id}/draft-purchase-orders`,
      {},
    );
    expect(again.json()).toEqual({ created: [], skipped: [] });
    const chipOrder = run
      .json()
      .plannedOrders.find((o: { partNumber: string }) => o.partNumber === 'T-CHIP').id;
    const twice = await post(
      w,
      planner,
      `/api/v1/plan/mrp-runs/${run.json().id}/draft-purchase-orders`,
      { orders: [chipOrder] },
    );
    expect(twice.json().code).toBe('PRODUCTION_MRP_ALREADY_ORDERED');
    expect(
      (await get(w, planner, '/api/v1/plan/mrp-runs/latest'))
        .json()
        .plannedOrders.find((o: { partNumber: string }) => o.partNumber === 'T-FAN').purchaseOrder,
    ).toBe(po.number);
  });

  it('reports what cannot arrive in time as shortages pegged to the plan week', async () => {
    const w = world();
    const planner = await testModel(w);
    await w.app.inject({
      method: 'PUT',
      url: '/api/v1/plan/build-plan',
      headers: planner.headers,
      payload: { cells: [{ model: 'Test Miner', week: '2026-11-30', quantity: 5 }] },
    });
    // Chips take 8 weeks: they should have been ordered long ago.
    await w.app.inject({
      method: 'PUT',
      url: '/api/v1/plan/planning-params/T-CHIP',
      headers: planner.headers,
      payload: { leadTimeDays: 56 },
    });
    const run = (await post(w, planner, '/api/v1/plan/mrp-runs', { weeks: 8 })).json();
    const chips = run.shortages.find((s: { partNumber: string }) => s.partNumber === 'T-CHIP');
    expect(chips).toMatchObject({
      neededDate: '2026-11-23',
      quantity: 50,
      lateWeeks: 8,
      pegs: [{ model: 'Test Miner', week: '2026-11-30', quantity: 50 }],
    });
    expect(run.summary.withoutSupplier).toBeGreaterThan(0);
    const customer = await w.caller(['customer'], { customerId: 'c-1' });
    expect((await post(w, customer, '/api/v1/plan/mrp-runs', { weeks: 4 })).statusCode).toBe(403);
    expect(
      (
        await w.app.inject({
          method: 'PUT',
          url: '/api/v1/plan/build-plan',
          headers: planner.headers,
          payload: { cells: [{ model: 'Nope', week: '2026-11-30', quantity: 1 }] },
        })
      ).json().code,
    ).toBe('PRODUCTION_PLAN_INVALID');
  });
});
