import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { confirmedOrder, customerWithSite, get, post, pricedModels } from './sales-kit.js';

describeEachDialect('sales: the latest promise and the lateness penalty', (world) => {
  it('opens on the latest stored run, and weighs lateness as set', async () => {
    const w = world();
    await pricedModels(w);
    const sales = await w.caller(['sales']);
    expect((await get(w, sales, '/api/v1/promise/runs/latest')).json()).toEqual({
      run: null,
      lines: [],
    });
    await customerWithSite(w, sales, 'HUT', 1);
    const order = await confirmedOrder(w, sales, 'HUT', {
      model: 'Antminer S21',
      quantity: 500,
      requestedWeek: '2026-11-30',
    });
    const ran = await post(w, sales, '/api/v1/promise/runs', { trigger: 'test' });
    expect(ran.statusCode, ran.body).toBe(201);
    const latest = (await get(w, sales, '/api/v1/promise/runs/latest')).json();
    expect(latest.run).toMatchObject({ id: ran.json().run.id, trigger: 'test' });
    expect(latest.lines).toEqual([
      expect.objectContaining({
        orderNumber: order,
        lineNo: 1,
        model: 'Antminer S21',
        quantity: 500,
        p50: ran.json().lines[0].p50,
      }),
    ]);

    expect((await get(w, sales, '/api/v1/promise/settings')).json()).toEqual({
      latePenaltyBaseCents: 1_000,
    });
    const set = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/promise/settings',
      headers: sales.headers,
      payload: { latePenaltyBaseCents: 0 },
    });
    expect(set.statusCode, set.body).toBe(200);
    // With lateness free, nothing is flown in by air to be on time: the cheapest lane wins.
    const free = (await post(w, sales, '/api/v1/promise/runs', { trigger: 'free' })).json();
    const costFree = free.run.landedCostCents as number;
    expect(costFree).toBeLessThanOrEqual(ran.json().run.landedCostCents);
    const bad = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/promise/settings',
      headers: sales.headers,
      payload: { latePenaltyBaseCents: -5 },
    });
    expect(bad.statusCode).toBe(400);
    const customer = await w.caller(['customer'], {
      customerId: (await get(w, sales, '/api/v1/customers/HUT')).json().id,
    });
    expect((await get(w, customer, '/api/v1/promise/runs/latest')).statusCode).toBe(403);
    // The change re-promises by itself.
    await w.system.platform.dispatcher.drain();
    await w.system.rePromise.flush();
    expect((await get(w, sales, '/api/v1/promise/runs/latest')).json().run.trigger).toContain(
      'promise settings changed',
    );
  });
});
