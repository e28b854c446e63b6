import { expect } from 'vitest';
import { tablesOf } from '../../../src/platform/db/database.js';
import type { LogisticsTables } from '../../../src/modules/logistics/logistics.tables.js';
import type { Caller, World } from '../../kit/world.js';
import { DAY_MS, finishedUnits, get, orderOf, people, post } from '../logistics/logistics-kit.js';

/**
 * Two Test Miners built here, shipped to LSH's site TX1 and received by the customer on the
 * next day: installed base with warranty, as service starts from. Also a depot technician.
 */
export async function deliveredMiners(w: World) {
  const { lead, serials } = await finishedUnits(w);
  const p = await people(w);
  const order = await orderOf(w, p.sales, 'LSH', 'Test Miner', 2);
  const booked = await post(w, p.logistics, '/api/v1/shipments', {
    order,
    source: 'US-PLANT',
    carrier: 'Lone Star Freight',
    lines: [{ line: 1, serials }],
  });
  expect(booked.statusCode, booked.body).toBe(201);
  w.clock.advance(DAY_MS);
  const received = await post(
    w,
    p.customerUser,
    `/api/v1/shipments/${booked.json().number}/receipts`,
    {},
  );
  expect(received.statusCode, received.body).toBe(200);
  const tech = await w.caller(['technician']);
  return { ...p, lead, serials, tech, shippedOn: booked.json().departedOn as string };
}

/**
 * More machines in the installed base like `template` (same customer, site, order), with
 * made-up serials: bulk intake needs thousands, built or imported alike for warranty.
 */
export async function moreInstalled(
  w: World,
  template: string,
  serials: string[],
  shippedOn: string,
) {
  const t = tablesOf<LogisticsTables>(w.system.platform.db);
  const row = await t
    .selectFrom('logisticsInstalledBase')
    .selectAll()
    .where('serial', '=', template)
    .executeTakeFirstOrThrow();
  for (let i = 0; i < serials.length; i += 500)
    await t
      .insertInto('logisticsInstalledBase')
      .values(
        serials.slice(i, i + 500).map((serial) => ({
          ...row,
          serial,
          unitId: null,
          shippedOn,
          deliveredOn: shippedOn,
          warrantyStartsOn: shippedOn,
        })),
      )
      .execute();
}

/** Spares on the depot shelf: a PSU by serial and fans in bulk, found at their cost. */
export async function depotSpares(w: World, tech: Caller) {
  for (const payload of [
    { part: 'T-PSU', delta: 1, serials: ['PSU-SPARE-1'], unitCostCents: 9000 },
    { part: 'T-FAN', delta: 4, unitCostCents: 800 },
  ]) {
    const r = await post(w, tech, '/api/v1/inventory/adjustments', {
      location: 'DEPOT',
      reason: 'found',
      ...payload,
    });
    expect(r.statusCode, r.body).toBe(200);
  }
}

export { DAY_MS, get, post };
