import { expect } from 'vitest';
import { runSeeders } from '../../../src/platform/demo/seeder.js';
import type { Caller, World } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';

/** The catalog's models and the trade routes that price them (the demo's reference figures). */
export async function pricedModels(w: World) {
  const { db, clock } = w.system.platform;
  await runSeeders({ db, clock, seed: 1, log: () => {} }, [
    ...w.system.modules.catalog.parts.seeders,
    ...w.system.modules.trade.parts.seeders,
  ]);
}

/** A customer with one site in Texas; returns the customer's code and site code. */
export async function customerWithSite(
  w: World,
  sales: Caller,
  code: string,
  priority = 3,
): Promise<{ id: string; code: string; site: string }> {
  const c = await post(w, sales, '/api/v1/customers', { code, name: `${code} Mining`, priority });
  expect(c.statusCode, c.body).toBe(201);
  const site = await post(w, sales, `/api/v1/customers/${code}/sites`, {
    code: 'TX1',
    name: 'Odessa',
    state: 'TX',
    city: 'Odessa',
    latitude: 31.85,
    longitude: -102.37,
    powerMw: 120.5,
    cooling: 'hydro',
  });
  expect(site.statusCode, site.body).toBe(201);
  return { id: c.json().id, code, site: 'TX1' };
}

/** A confirmed order of one line. */
export async function confirmedOrder(
  w: World,
  sales: Caller,
  customer: string,
  line: { model: string; quantity: number; requestedWeek: string; unitPriceCents?: number },
) {
  const order = await post(w, sales, '/api/v1/sales-orders', {
    customer,
    lines: [{ unitPriceCents: 350_000, site: 'TX1', incoterm: 'DAP', ...line }],
  });
  expect(order.statusCode, order.body).toBe(201);
  const confirmed = await post(w, sales, `/api/v1/sales-orders/${order.json().number}/confirm`);
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return confirmed.json().number as string;
}

export { get, post };
