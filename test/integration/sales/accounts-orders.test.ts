import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { customerWithSite, get, post, pricedModels } from './sales-kit.js';

describeEachDialect('sales: customers, sites and orders', (world) => {
  it('keeps accounts and orders, moves orders through their states, audited', async () => {
    const w = world();
    await pricedModels(w);
    const sales = await w.caller(['sales']);
    await customerWithSite(w, sales, 'LSH', 1);
    const detail = (await get(w, sales, '/api/v1/customers/lsh')).json();
    expect(detail).toMatchObject({ code: 'LSH', priority: 1 });
    expect(detail.sites).toEqual([
      expect.objectContaining({ code: 'TX1', state: 'TX', powerMw: 120.5, cooling: 'hydro' }),
    ]);
    expect(
      (await post(w, sales, '/api/v1/customers', { code: 'LSH', name: 'Again' })).json().code,
    ).toBe('SALES_CODE_TAKEN');

    const draft = await post(w, sales, '/api/v1/sales-orders', {
      customer: 'LSH',
      customerPo: 'PO-77',
      lines: [
        {
          model: 'Antminer S21',
          quantity: 31_145,
          unitPriceCents: 350_000,
          requestedWeek: '2027-02-03',
          site: 'TX1',
        },
      ],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const order = draft.json();
    expect(order).toMatchObject({
      status: 'draft',
      customerCode: 'LSH',
      units: 31_145,
      totalCents: 31_145 * 350_000,
      lines: [
        {
          lineNo: 1,
          modelName: 'Antminer S21',
          requestedWeek: '2027-02-01',
          siteCode: 'TX1',
          incoterm: 'DAP',
        },
      ],
    });
    // Bad lines are refused whole, naming the line.
    for (const [line, code] of [
      [
        {
          model: 'Antminer Z9',
          quantity: 1,
          unitPriceCents: 1,
          requestedWeek: '2027-01-01',
          site: 'TX1',
        },
        'SALES_MODEL_UNKNOWN',
      ],
      [
        {
          model: 'Antminer S21',
          quantity: 1,
          unitPriceCents: 1,
          requestedWeek: '2027-01-01',
          site: 'NOPE',
        },
        'SALES_SITE_UNKNOWN',
      ],
    ] as const) {
      const bad = await post(w, sales, '/api/v1/sales-orders', { customer: 'LSH', lines: [line] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().code).toBe(code);
    }
    const zero = await post(w, sales, '/api/v1/sales-orders', {
      customer: 'LSH',
      lines: [
        {
          model: 'Antminer S21',
          quantity: 0,
          unitPriceCents: 1,
          requestedWeek: '2027-01-01',
          site: 'TX1',
        },
      ],
    });
    expect(zero.statusCode).toBe(400);
    expect((await get(w, sales, '/api/v1/sales-orders')).json().items).toHaveLength(1);

    // Draft → confirmed; cannot confirm twice; changed while confirmed; cancelled.
    const confirm = await post(w, sales, `/api/v1/sales-orders/${order.number}/confirm`);
    expect(confirm.json()).toMatchObject({ status: 'confirmed', confirmedAt: expect.any(Number) });
    const again = await post(w, sales, `/api/v1/sales-orders/${order.number}/confirm`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SALES_ORDER_STATE');
    const changed = await w.app.inject({
      method: 'PUT',
      url: `/api/v1/sales-orders/${order.number}`,
      headers: sales.headers,
      payload: {
        lines: [
          {
            model: 'Antminer S21',
            quantity: 20_000,
            unitPriceCents: 350_000,
            requestedWeek: '2027-02-01',
            site: 'TX1',
          },
          {
            model: 'Antminer S21',
            quantity: 11_145,
            unitPriceCents: 340_000,
            requestedWeek: '2027-03-01',
            site: 'TX1',
          },
        ],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().lines.map((l: { quantity: number }) => l.quantity)).toEqual([
      20_000, 11_145,
    ]);
    const admin = await w.caller(['admin']);
    const audit = (
      await get(w, admin, `/api/v1/audit?entityType=sales_order&entityId=${order.id}`)
    ).json();
    expect(audit.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'sales.order.confirm',
      'sales.order.create',
      'sales.order.update',
    ]);
    const cancelled = await post(w, sales, `/api/v1/sales-orders/${order.number}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await post(w, sales, `/api/v1/sales-orders/${order.number}/cancel`)).statusCode).toBe(
      409,
    );
  });

  it('shows a customer its own account and orders only, and lets it change nothing', async () => {
    const w = world();
    await pricedModels(w);
    const sales = await w.caller(['sales']);
    const a = await customerWithSite(w, sales, 'AAA');
    await customerWithSite(w, sales, 'BBB');
    const orderOf = async (customer: string) =>
      (
        await post(w, sales, '/api/v1/sales-orders', {
          customer,
          lines: [
            {
              model: 'Antminer S21',
              quantity: 5,
              unitPriceCents: 1,
              requestedWeek: '2027-01-04',
              site: 'TX1',
            },
          ],
        })
      ).json().number as string;
    const mine = await orderOf('AAA');
    const theirs = await orderOf('BBB');
    const customer = await w.caller(['customer'], { customerId: a.id });
    expect(
      (await get(w, customer, '/api/v1/customers'))
        .json()
        .items.map((c: { code: string }) => c.code),
    ).toEqual(['AAA']);
    expect((await get(w, customer, '/api/v1/customers/BBB')).statusCode).toBe(404);
    expect(
      (await get(w, customer, '/api/v1/sales-orders'))
        .json()
        .items.map((o: { number: string }) => o.number),
    ).toEqual([mine]);
    expect((await get(w, customer, `/api/v1/sales-orders/${theirs}`)).statusCode).toBe(404);
    expect((await get(w, customer, `/api/v1/sales-orders/${theirs}/promise`)).statusCode).toBe(404);
    expect((await get(w, customer, `/api/v1/sales-orders?customer=BBB`)).statusCode).toBe(404);
    expect((await post(w, customer, `/api/v1/sales-orders/${mine}/confirm`)).statusCode).toBe(403);
    expect(
      (await post(w, customer, '/api/v1/customers', { code: 'CCC', name: 'C' })).statusCode,
    ).toBe(403);
    expect((await post(w, customer, '/api/v1/promise/runs', {})).statusCode).toBe(403);
    expect((await get(w, customer, '/api/v1/supply-sources')).statusCode).toBe(403);
  });
});
