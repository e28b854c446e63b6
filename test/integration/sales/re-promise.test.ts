import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { confirmedOrder, customerWithSite, get, post, pricedModels } from './sales-kit.js';

describeEachDialect('sales: re-promising on change', (world) => {
  it('re-promises once after an order is confirmed and a lane changes, naming both', async () => {
    const w = world();
    await pricedModels(w);
    const sales = await w.caller(['sales']);
    await customerWithSite(w, sales, 'PMD', 2);
    const number = await confirmedOrder(w, sales, 'PMD', {
      model: 'Antminer S21',
      quantity: 120,
      requestedWeek: '2027-01-18',
    });
    const lane = (await get(w, sales, '/api/v1/supply-sources')).json().items[1];
    const { code, updatedAt: _u, ...body } = lane;
    await w.app.inject({
      method: 'PUT',
      url: `/api/v1/supply-sources/${code}`,
      headers: sales.headers,
      payload: { ...body, weeklyUnits: 10 },
    });
    await w.system.platform.dispatcher.drain();
    await w.system.rePromise.flush();
    const promise = (await get(w, sales, `/api/v1/sales-orders/${number}/promise`)).json();
    expect(promise.promisedAt).not.toBeNull();
    expect(promise.lines[0].promised + promise.lines[0].unpromised).toBe(120);
    const admin = await w.caller(['admin']);
    const runs = (await get(w, admin, '/api/v1/audit?action=sales.promise.run')).json().items;
    expect(runs).toHaveLength(1);
    expect(runs[0].after.trigger).toBe('order confirmed, source changed');
    // Nothing new: nothing runs.
    await w.system.platform.dispatcher.drain();
    await w.system.rePromise.flush();
    expect(
      (await get(w, admin, '/api/v1/audit?action=sales.promise.run')).json().items,
    ).toHaveLength(1);
    expect((await post(w, sales, `/api/v1/sales-orders/${number}/cancel`)).statusCode).toBe(200);
  });
});
