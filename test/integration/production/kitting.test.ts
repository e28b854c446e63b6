import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get, post } from '../supply/supply-kit.js';
import { line, testBoards } from './production-kit.js';

describeEachDialect('production: kitting a work order', (world) => {
  it('holds a work order’s parts and moves them to the line; only that order uses them', async () => {
    const w = world();
    const { lead, wo } = await line(w);
    const sheet = await get(w, lead, `/api/v1/production/work-orders/${wo}/build-sheet`);
    expect(sheet.json()).toEqual({
      workOrder: wo,
      model: 'Test Miner',
      hashboard: {
        partNumber: 'T-BOARD',
        name: 'T-BOARD',
        quantity: 3,
        components: [{ partNumber: 'T-CHIP', name: expect.any(String), quantity: 10 }],
      },
      scanned: [{ partNumber: 'T-PSU', name: expect.any(String), quantity: 1 }],
      fromLine: [{ partNumber: 'T-FAN', name: expect.any(String), quantity: 2 }],
      operations: ['smt', 'board_test', 'final_assembly', 'burn_in', 'qc_inspection', 'pack'],
    });
    const customer = await w.caller(['customer'], { customerId: 'C-1' });
    expect(
      (await get(w, customer, `/api/v1/production/work-orders/${wo}/build-sheet`)).statusCode,
    ).toBe(403);
    expect(
      (await get(w, lead, '/api/v1/production/work-orders/WO-NOPE/build-sheet')).statusCode,
    ).toBe(404);
    // The line has 10 chips of CL-1 left; send them back to stores, where 3 PSUs wait.
    await post(w, lead, '/api/v1/inventory/transfers', {
      part: 'T-CHIP',
      from: 'WIP',
      to: 'RAW',
      quantity: 10,
    });
    await post(w, lead, '/api/v1/inventory/transfers', {
      part: 'T-FAN',
      from: 'WIP',
      to: 'RAW',
      quantity: 4,
    });
    const second = (
      await post(w, lead, '/api/v1/production/work-orders', { model: 'Test Miner', quantity: 1 })
    ).json().number as string;

    // A unit needs 30 chips: stores hold 10. Nothing is held or moved.
    const short = await post(w, lead, `/api/v1/production/work-orders/${second}/kit`, {});
    expect(short.statusCode).toBe(409);
    expect(short.json().code).toBe('SUPPLY_INSUFFICIENT_STOCK');
    const psusFree = async () =>
      (await get(w, lead, '/api/v1/inventory/serials?part=T-PSU&location=RAW')).json().items;
    expect(
      (await psusFree()).every((s: { reservationId: string | null }) => !s.reservationId),
    ).toBe(true);

    const found = await post(w, lead, '/api/v1/inventory/adjustments', {
      part: 'T-CHIP',
      lot: 'CL-1',
      location: 'RAW',
      delta: 20,
      reason: 'found',
      unitCostCents: 300,
    });
    expect(found.statusCode, found.body).toBe(200);
    const kit = await post(w, lead, `/api/v1/production/work-orders/${second}/kit`, {});
    expect(kit.statusCode, kit.body).toBe(200);
    expect(kit.json()).toEqual({
      workOrder: second,
      units: 1,
      from: 'RAW',
      to: 'WIP',
      lines: [
        {
          partNumber: 'T-CHIP',
          quantity: 30,
          lots: [{ lotCode: 'CL-1', quantity: 30 }],
          serials: [],
        },
        { partNumber: 'T-FAN', quantity: 2, lots: [], serials: [] },
        { partNumber: 'T-PSU', quantity: 1, lots: [], serials: ['PSU-A'] },
      ],
    });
    expect(
      (await post(w, lead, `/api/v1/production/work-orders/${second}/kit`, {})).json().code,
    ).toBe('PRODUCTION_ALREADY_KITTED');

    // The first order cannot take the second's chips.
    const poached = await post(w, lead, `/api/v1/production/work-orders/${wo}/hashboards`, {
      chipLot: 'CL-1',
    });
    expect(poached.json().code).toBe('SUPPLY_INSUFFICIENT_STOCK');

    const boards: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const b = await post(w, lead, `/api/v1/production/work-orders/${second}/hashboards`, {
        chipLot: 'CL-1',
      });
      expect(b.statusCode, b.body).toBe(201);
      boards.push(b.json().serial);
    }
    await testBoards(w, lead, boards);
    const unit = await post(w, lead, `/api/v1/production/work-orders/${second}/units`, {
      hashboards: boards,
      serials: ['PSU-A'],
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const wip = (await get(w, lead, '/api/v1/inventory/balances?location=WIP')).json().items;
    for (const b of wip) expect(b, `${b.partNumber} still held`).toMatchObject({ reserved: 0 });
    const order = (await get(w, lead, `/api/v1/production/work-orders/${second}`)).json();
    expect(order).toMatchObject({ kittedUnits: 1, status: 'completed' });
  });
});
