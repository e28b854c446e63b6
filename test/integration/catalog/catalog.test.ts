import { expect, it } from 'vitest';
import { runSeeders } from '../../../src/platform/demo/seeder.js';
import { describeEachDialect, type World } from '../../kit/world.js';

async function seedCatalog(w: World) {
  const { db, clock } = w.system.platform;
  await runSeeders({ db, clock, seed: 1, log: () => {} }, w.system.modules.catalog.parts.seeders);
}

interface Node {
  partNumber: string;
  quantity: number;
  extendedQuantity: number;
  unitCostCents: number;
  children: Node[];
}

describeEachDialect('catalog', (world) => {
  it('seeds every model of miners.md with its specifications', async () => {
    const w = world();
    await seedCatalog(w);
    const sales = await w.caller(['sales']);
    const models = (
      await w.app.inject({ method: 'GET', url: '/api/v1/catalog/models', headers: sales.headers })
    ).json().items;
    expect(models).toHaveLength(12);
    const s21 = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/catalog/models/Antminer%20S21',
        headers: sales.headers,
      })
    ).json();
    expect(s21).toMatchObject({
      hashrateThs: 200,
      powerW: 3500,
      efficiencyJth: 17.5,
      boards: 3,
      chipsPerBoard: 108,
      chip: 'BM1368',
      cooling: 'air',
      uncertainFields: ['psu'],
    });
  });

  it('explodes a model through hashboards to chips and rolls the cost up with labour', async () => {
    const w = world();
    await seedCatalog(w);
    const planner = await w.caller(['planner']);
    const r = await w.app.inject({
      method: 'GET',
      url: '/api/v1/catalog/parts/Antminer%20S21/explosion',
      headers: planner.headers,
    });
    expect(r.statusCode).toBe(200);
    const { tree, labourCentsPerHour } = r.json() as { tree: Node; labourCentsPerHour: number };
    expect(labourCentsPerHour).toBe(2700);
    const board = tree.children.find((c) => c.partNumber === 'HB-S21')!;
    expect(board.quantity).toBe(3);
    expect(board.unitCostCents).toBe(45_425);
    expect(board.children.find((c) => c.partNumber === 'BM1368')!.extendedQuantity).toBe(324);
    expect(tree.unitCostCents).toBe(172_275);
  });

  it('a change of the loaded wage changes the roll-up', async () => {
    const w = world();
    await seedCatalog(w);
    const planner = await w.caller(['planner']);
    const patch = await w.app.inject({
      method: 'PATCH',
      url: '/api/v1/catalog/cost-settings/us_loaded_wage_cents_per_hour',
      headers: planner.headers,
      payload: { value: 5400 },
    });
    expect(patch.json().value).toBe(5400);
    const tree = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/catalog/parts/UNIT-S21/explosion',
        headers: planner.headers,
      })
    ).json().tree as Node;
    // Labour doubles: +3 × 25 min + 40 min at another $27/h = +$51.75.
    expect(tree.unitCostCents).toBe(172_275 + 5_175);
  });

  it('searches parts by number and name, taking % and _ literally', async () => {
    const w = world();
    await seedCatalog(w);
    const buyer = await w.caller(['buyer']);
    const search = async (q: string) =>
      (
        (
          await w.app.inject({
            method: 'GET',
            url: `/api/v1/catalog/parts?q=${encodeURIComponent(q)}`,
            headers: buyer.headers,
          })
        ).json().items as { partNumber: string }[]
      ).map((p) => p.partNumber);
    expect(await search('bm1368')).toEqual(['BM1368']);
    expect(await search('water plate')).toEqual(['PLATE-S21-HYDRO']);
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it('finds where a chip is used across models', async () => {
    const w = world();
    await seedCatalog(w);
    const buyer = await w.caller(['buyer']);
    const used = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/catalog/parts/BM1368/where-used',
        headers: buyer.headers,
      })
    ).json().items as { partNumber: string; level: number }[];
    const direct = used
      .filter((u) => u.level === 1)
      .map((u) => u.partNumber)
      .sort();
    expect(direct).toEqual(['HB-S21', 'HB-S21-HYDRO', 'HB-S21PLUS', 'HB-T21']);
    expect(used.filter((u) => u.level === 2).map((u) => u.partNumber)).toContain('UNIT-S21');
  });

  it('refuses a revision that would make a part contain itself, and overlapping revisions', async () => {
    const w = world();
    const planner = await w.caller(['planner']);
    const post = (url: string, payload: object) =>
      w.app.inject({ method: 'POST', url, headers: planner.headers, payload });
    for (const [partNumber, kind] of [
      ['ASM-A', 'other'],
      ['ASM-B', 'other'],
    ] as const) {
      expect(
        (
          await post('/api/v1/catalog/parts', {
            partNumber,
            name: partNumber,
            kind,
            tracking: 'none',
          })
        ).statusCode,
      ).toBe(201);
    }
    const revA = {
      revision: 'A',
      effectiveFrom: '2026-01-01',
      labourMinutes: 5,
      lines: [{ component: 'ASM-B', quantity: 2 }],
    };
    expect((await post('/api/v1/catalog/parts/ASM-A/bom-revisions', revA)).statusCode).toBe(201);
    const cycle = await post('/api/v1/catalog/parts/ASM-B/bom-revisions', {
      ...revA,
      lines: [{ component: 'ASM-A', quantity: 1 }],
    });
    expect(cycle.json()).toMatchObject({ code: 'CATALOG_BOM_CYCLE' });
    expect(cycle.json().detail).toMatch(/ASM-B → ASM-A → ASM-B/);
    const overlap = await post('/api/v1/catalog/parts/ASM-A/bom-revisions', {
      ...revA,
      revision: 'B',
      effectiveFrom: '2026-06-01',
    });
    expect(overlap.json().code).toBe('CATALOG_REVISION_OVERLAPS');
    const unknown = await post('/api/v1/catalog/parts/ASM-A/bom-revisions', {
      ...revA,
      revision: 'C',
      effectiveFrom: '2030-01-01',
      lines: [{ component: 'NOPE', quantity: 1 }],
    });
    expect(unknown.json()).toMatchObject({
      code: 'CATALOG_UNKNOWN_COMPONENT',
      errors: [{ path: 'lines.0.component' }],
    });
    // Nothing of the refused revisions was kept.
    const revisions = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/catalog/parts/ASM-B/bom-revisions',
        headers: planner.headers,
      })
    ).json().items;
    expect(revisions).toEqual([]);
  });

  it('customers read models but not the part master; only editors change parts', async () => {
    const w = world();
    const customer = await w.caller(['customer'], { customerId: 'cust-permian' });
    const sales = await w.caller(['sales']);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/catalog/models',
          headers: customer.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await w.app.inject({
          method: 'GET',
          url: '/api/v1/catalog/parts',
          headers: customer.headers,
        })
      ).statusCode,
    ).toBe(403);
    const created = await w.app.inject({
      method: 'POST',
      url: '/api/v1/catalog/parts',
      headers: sales.headers,
      payload: { partNumber: 'X', name: 'X', kind: 'other', tracking: 'none' },
    });
    expect(created.statusCode).toBe(403);
  });
});
