import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get } from '../supply/supply-kit.js';

describeEachDialect('production: demo pilot batch', (world) => {
  it('has ten S21 built with genealogy and burn-in, traceable to their chip lot', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    const qc = await w.caller(['production']);
    const orders = (await get(w, qc, '/api/v1/production/work-orders')).json().items;
    expect(orders[0]).toMatchObject({
      modelName: 'Antminer S21',
      quantity: 10,
      built: 10,
      passed: 10,
      status: 'completed',
    });
    const yieldRows = (
      await get(w, qc, '/api/v1/production/yield?from=2026-01-01&to=2026-12-31')
    ).json().items;
    expect(yieldRows).toEqual([
      { model: 'Antminer S21', week: '2026-W48', tested: 10, passed: 9, yieldBp: 9000 },
    ]);
    const unit = (await get(w, qc, '/api/v1/production/units/RLS21-2648-00007')).json();
    expect(unit.burnIn.map((b: { result: string }) => b.result)).toEqual(['fail', 'pass']);
    expect(unit.burnIn[0].reasons).toEqual([
      expect.stringMatching(/^board 1 \(HBS21-2648-\d+\): 104\/108 chips$/),
    ]);
    const chipLot = unit.components[0].components.find(
      (c: { partNumber: string }) => c.partNumber === 'BM1368',
    ).lotCode;
    expect((await get(w, qc, `/api/v1/production/trace?lot=${chipLot}`)).json().count).toBe(10);
    const fg = (await get(w, qc, '/api/v1/inventory/on-hand?part=UNIT-S21')).json();
    expect(fg.byLocation).toEqual([expect.objectContaining({ locationCode: 'FG', onHand: 16 })]);
  });
});
