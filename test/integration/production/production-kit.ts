import { sql } from 'kysely';
import { expect } from 'vitest';
import { newId } from '../../../src/platform/ids.js';
import type { Caller, World } from '../../kit/world.js';
import { partsWorld, post } from '../supply/supply-kit.js';

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
