import { expect } from 'vitest';
import type { Caller, World } from '../../kit/world.js';
import { healthy, line } from '../production/production-kit.js';
import { customerWithSite, get, post } from '../sales/sales-kit.js';

export const DAY_MS = 86_400_000;

/** Two Test Miners built on the line and through burn-in: finished goods, by serial. */
export async function finishedUnits(w: World): Promise<{ lead: Caller; serials: string[] }> {
  const { lead, wo, boards } = await line(w);
  const serials: string[] = [];
  for (const [i, psu] of ['PSU-A', 'PSU-B'].entries()) {
    const unit = await post(w, lead, `/api/v1/production/work-orders/${wo}/units`, {
      hashboards: boards.slice(i * 3, i * 3 + 3),
      serials: [psu],
      station: 'FA-1',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const serial = unit.json().serial as string;
    const burnIn = await post(
      w,
      lead,
      `/api/v1/production/units/${serial}/burn-in`,
      healthy(boards.slice(i * 3, i * 3 + 3)),
    );
    expect(burnIn.statusCode, burnIn.body).toBe(201);
    expect(burnIn.json().result).toBe('pass');
    serials.push(serial);
  }
  return { lead, serials };
}

/** A confirmed order for `quantity` of `model` to the customer's site TX1. */
export async function orderOf(
  w: World,
  sales: Caller,
  customer: string,
  model: string,
  quantity: number,
) {
  const order = await post(w, sales, '/api/v1/sales-orders', {
    customer,
    lines: [
      {
        model,
        quantity,
        unitPriceCents: 350_000,
        requestedWeek: '2026-12-07',
        site: 'TX1',
        incoterm: 'DAP',
      },
    ],
  });
  expect(order.statusCode, order.body).toBe(201);
  const confirmed = await post(w, sales, `/api/v1/sales-orders/${order.json().number}/confirm`);
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  return order.json().number as string;
}

/** Staff callers and a customer account with its own user. */
export async function people(w: World, code = 'LSH') {
  const sales = await w.caller(['sales']);
  const logistics = await w.caller(['logistics']);
  const customer = await customerWithSite(w, sales, code);
  const customerUser = await w.caller(['customer'], { customerId: customer.id });
  return { sales, logistics, customer, customerUser };
}

export { get, post };
