import { sql } from 'kysely';
import { expect } from 'vitest';
import { newId } from '../../../src/platform/ids.js';
import type { Caller, World } from '../../kit/world.js';
import { get, partsWorld, post } from '../supply/supply-kit.js';

/** A model built here from the test parts: 10 chips and 2 fans per unit. */
export async function testModel(w: World) {
  await partsWorld(w);
  const planner = await w.caller(['planner']);
  const unit = await post(w, planner, '/api/v1/catalog/parts', {
    partNumber: 'T-UNIT',
    name: 'Test miner',
    kind: 'miner_unit',
    tracking: 'serial',
  });
  expect(unit.statusCode, unit.body).toBe(201);
  const bom = await post(w, planner, '/api/v1/catalog/parts/T-UNIT/bom-revisions', {
    revision: 'A',
    effectiveFrom: '2020-01-01',
    labourMinutes: 30,
    lines: [
      { component: 'T-CHIP', quantity: 10 },
      { component: 'T-FAN', quantity: 2 },
    ],
  });
  expect(bom.statusCode, bom.body).toBe(201);
  // Models are reference data without an API yet: the row goes in directly.
  await sql`insert into catalog_models (id, name, maker, hashrate_ths, power_w, efficiency_jth_x100, cooling, boards, unit_part_id, uncertain_fields, created_at, updated_at)
            values (${newId()}, 'Test Miner', 'Test', 100, 2000, 2000, 'air', 3, ${unit.json().id}, '[]', 0, 0)`.execute(
    w.system.platform.db,
  );
  return planner;
}

export async function put(w: World, caller: Caller, url: string, payload: unknown) {
  return w.app.inject({ method: 'PUT', url, headers: caller.headers, payload: payload as object });
}

export async function patch(w: World, caller: Caller, url: string, payload: unknown) {
  return w.app.inject({
    method: 'PATCH',
    url,
    headers: caller.headers,
    payload: payload as object,
  });
}

/** Records the default routing's board test as passed on each hashboard. */
export async function testBoards(w: World, lead: Caller, serials: readonly string[]) {
  for (const serial of serials) {
    const r = await post(w, lead, `/api/v1/production/units/${serial}/operations`, {
      operation: 'board_test',
      station: 'HBT-1',
    });
    expect(r.statusCode, r.body).toBe(201);
  }
}

/**
 * Test Miner: 3 hashboards of 10 chips, a PSU and 2 fans; 100 TH/s at 20 J/TH. Six boards are
 * built on a released work order of 2; they are board-tested unless `untested`.
 */
export async function line(w: World, options: { untested?: boolean } = {}) {
  await partsWorld(w);
  const planner = await w.caller(['planner']);
  const lead = await w.caller(['production']);
  const buyer = await w.caller(['buyer']);
  for (const [partNumber, kind] of [
    ['T-BOARD', 'hashboard'],
    ['T-UNIT', 'miner_unit'],
  ] as const)
    await post(w, planner, '/api/v1/catalog/parts', {
      partNumber,
      name: partNumber,
      kind,
      tracking: 'serial',
    });
  await post(w, planner, '/api/v1/catalog/parts/T-BOARD/bom-revisions', {
    revision: 'A',
    effectiveFrom: '2020-01-01',
    labourMinutes: 20,
    lines: [{ component: 'T-CHIP', quantity: 10 }],
  });
  await post(w, planner, '/api/v1/catalog/parts/T-UNIT/bom-revisions', {
    revision: 'A',
    effectiveFrom: '2020-01-01',
    labourMinutes: 30,
    lines: [
      { component: 'T-BOARD', quantity: 3 },
      { component: 'T-PSU', quantity: 1 },
      { component: 'T-FAN', quantity: 2 },
    ],
  });
  const unitPart = (await get(w, planner, '/api/v1/catalog/parts/T-UNIT')).json();
  await sql`insert into catalog_models (id, name, maker, hashrate_ths, power_w, efficiency_jth_x100, cooling, boards, chips_per_board, fans, unit_part_id, uncertain_fields, created_at, updated_at)
            values (${newId()}, 'Test Miner', 'Test', 100, 2000, 2000, 'air', 3, 10, 2, ${unitPart.id}, '[]', 0, 0)`.execute(
    w.system.platform.db,
  );
  // Stock: 70 chips of lot CL-1 and 10 fans on the line (WIP); PSUs in raw stores.
  await post(w, buyer, '/api/v1/suppliers', {
    code: 'LOCAL',
    name: 'Local',
    country: 'US',
    leadTimeDays: 5,
    minOrderCents: 0,
  });
  const po = (
    await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'LOCAL',
      lines: [
        { part: 'T-CHIP', quantity: 70, unitPriceCents: 300 },
        { part: 'T-FAN', quantity: 10, unitPriceCents: 800 },
        { part: 'T-PSU', quantity: 3, unitPriceCents: 9000 },
      ],
    })
  ).json();
  await post(w, buyer, `/api/v1/purchase-orders/${po.number}/approve`);
  await post(w, buyer, `/api/v1/purchase-orders/${po.number}/send`);
  const rcv = await post(w, lead, `/api/v1/purchase-orders/${po.number}/receipts`, {
    lines: [
      { line: 1, quantity: 70, lot: { code: 'CL-1' } },
      { line: 2, quantity: 10 },
      { line: 3, serials: ['PSU-A', 'PSU-B', 'PSU-C'] },
    ],
  });
  expect(rcv.statusCode, rcv.body).toBe(201);
  await post(w, lead, '/api/v1/inventory/transfers', {
    part: 'T-CHIP',
    from: 'RAW',
    to: 'WIP',
    quantity: 70,
  });
  await post(w, lead, '/api/v1/inventory/transfers', {
    part: 'T-FAN',
    from: 'RAW',
    to: 'WIP',
    quantity: 10,
  });
  const wo = await post(w, lead, '/api/v1/production/work-orders', {
    model: 'Test Miner',
    quantity: 2,
  });
  expect(wo.statusCode, wo.body).toBe(201);
  const boards: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    const b = await post(w, lead, `/api/v1/production/work-orders/${wo.json().number}/hashboards`, {
      chipLot: 'CL-1',
      station: 'SMT-1',
    });
    expect(b.statusCode, b.body).toBe(201);
    boards.push(b.json().serial);
  }
  if (!options.untested) await testBoards(w, lead, boards);
  return { lead, wo: wo.json().number as string, boards };
}

export const healthy = (serials: string[]) => ({
  durationMin: 150,
  hashrateGhs: 100_500,
  powerW: 2_000,
  maxChipTempC: 75,
  minFanRpm: 3_800,
  boards: serials.map((serial, index) => ({
    index,
    serial,
    hashrateGhs: 33_500,
    chipsFound: 10,
    chipsExpected: 10,
    maxChipTempC: 75,
  })),
});
