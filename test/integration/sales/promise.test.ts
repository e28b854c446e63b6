import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { confirmedOrder, customerWithSite, get, post, pricedModels } from './sales-kit.js';

interface Split {
  source: string;
  quantity: number;
  shipOn: string;
  arrivalP50: string;
  arrivalP90: string;
  unitLandedCents: number;
  lateWeeks: number;
}
interface Line {
  orderNumber: string;
  quantity: number;
  promised: number;
  unpromised: number;
  lateUnits: number;
  landedCostCents: number;
  p50: string | null;
  p90: string | null;
  splits: Split[];
  late: { kind: string; sources: string[] } | null;
}

describeEachDialect('sales: promising the order book', (world) => {
  it('promises every open line from the plant and the lanes, stores it, and shows what moved', async () => {
    const w = world();
    await pricedModels(w);
    const sales = await w.caller(['sales']);
    const big = await customerWithSite(w, sales, 'HUT', 1);
    await customerWithSite(w, sales, 'RRM', 5);
    // Today is 2026-11-23: the plant has no plan or stock in this world, so lanes carry it.
    const bigOrder = await confirmedOrder(w, sales, 'HUT', {
      model: 'Antminer S21',
      quantity: 6_000,
      requestedWeek: '2027-01-11',
    });
    const smallOrder = await confirmedOrder(w, sales, 'RRM', {
      model: 'Antminer S21',
      quantity: 300,
      requestedWeek: '2026-11-30',
    });

    const first = await post(w, sales, '/api/v1/promise/runs', { trigger: 'first' });
    expect(first.statusCode, first.body).toBe(201);
    const run = first.json();
    expect(run.run).toMatchObject({ method: 'mip', optimal: true, trigger: 'first' });
    expect(run.run.lowerBoundCents).toBeLessThanOrEqual(run.run.objectiveCents);
    const lines = run.lines as Line[];
    expect(lines.map((l) => l.orderNumber).sort()).toEqual([bigOrder, smallOrder].sort());
    for (const l of lines) {
      expect(l.promised + l.unpromised).toBe(l.quantity);
      expect(l.splits.reduce((n, s) => n + s.quantity, 0)).toBe(l.promised);
      expect(l.landedCostCents).toBe(
        l.splits.reduce((n, s) => n + s.unitLandedCents * s.quantity, 0),
      );
      for (const s of l.splits) {
        expect(s.source).not.toBe('US-PLANT');
        expect(s.arrivalP90 >= s.arrivalP50).toBe(true);
        expect(s.shipOn >= '2026-11-23').toBe(true);
      }
    }
    // A week's notice: only the plant's trucks arrive that fast, and the plant has nothing to
    // spare, so the order is late; for the lowest-priority customer the cheapest lane, Malaysia
    // by sea, beats air from China with its duties.
    const rush = lines.find((l) => l.orderNumber === smallOrder)!;
    expect(rush.splits.map((s) => s.source)).toEqual(['MY-OCEAN']);
    expect(rush.late).toMatchObject({ kind: 'capacity', sources: ['US-PLANT'] });
    // 6,000 units in seven weeks: no single lane has them in time, so some are late.
    const bulk = lines.find((l) => l.orderNumber === bigOrder)!;
    // Malaysia is the cheapest lane even a few weeks late: its 1,000 a week (two weeks' worth
    // by the first sailing) bring 2,000 on time and the rest a week later each; China would be
    // on time but its duties cost more than the lateness.
    expect(bulk.splits.map((s) => [s.source, s.quantity, s.lateWeeks])).toEqual([
      ['MY-OCEAN', 2_000, 0],
      ['MY-OCEAN', 1_000, 1],
      ['MY-OCEAN', 1_000, 2],
      ['MY-OCEAN', 1_000, 3],
      ['MY-OCEAN', 1_000, 4],
    ]);
    expect(bulk.late).toMatchObject({ kind: 'cost', sources: ['CN-AIR', 'CN-OCEAN'] });

    // The customer sees its own order's promise.
    const hut = await w.caller(['customer'], { customerId: big.id });
    const mine = await get(w, hut, `/api/v1/sales-orders/${bigOrder}/promise`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().lines).toHaveLength(1);
    expect(mine.json().lines[0]).toMatchObject({ quantity: 6_000, p50: bulk.p50 });
    expect((await get(w, hut, `/api/v1/sales-orders/${smallOrder}/promise`)).statusCode).toBe(404);

    // Customs holds on the Malaysian lane: the what-if moves the rush order; nothing is saved.
    const whatIf = await post(w, sales, '/api/v1/promise/what-if', {
      holds: [{ source: 'MY-OCEAN', risk: { probabilityBp: 9_000, p50Days: 30, p90Days: 60 } }],
    });
    expect(whatIf.statusCode, whatIf.body).toBe(200);
    const moved = whatIf.json().changes.find((c: { order: string }) => c.order === smallOrder);
    expect(moved.p50ShiftDays).not.toBe(0);
    const stored = (await get(w, sales, `/api/v1/sales-orders/${smallOrder}/promise`)).json();
    expect(stored.lines[0].p50).toBe(rush.p50);

    // A third lane closes: the re-promise says which lines moved.
    const lane = (await get(w, sales, '/api/v1/supply-sources'))
      .json()
      .items.find((s: { code: string }) => s.code === 'MY-OCEAN');
    const { code: _c, updatedAt: _u, ...body } = lane;
    const closed = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/supply-sources/MY-OCEAN',
      headers: sales.headers,
      payload: { ...body, active: false },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const second = (
      await post(w, sales, '/api/v1/promise/runs', { trigger: 'lane closed' })
    ).json();
    const bulkChange = second.changes.find((c: { order: string }) => c.order === bigOrder);
    expect(bulkChange.landedCostDeltaCents).toBeGreaterThan(0);
    for (const l of second.lines as Line[])
      expect(l.splits.every((s) => s.source !== 'MY-OCEAN')).toBe(true);
    const greedy = (
      await post(w, sales, '/api/v1/promise/runs', { trigger: 'baseline', method: 'greedy' })
    ).json();
    expect(greedy.run.method).toBe('greedy');
    expect(second.run.objectiveCents).toBeLessThanOrEqual(greedy.run.objectiveCents);
  });

  it('refuses bad sources and what-ifs with clear errors', async () => {
    const w = world();
    const logistics = await w.caller(['logistics']);
    const bad = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/supply-sources/XX-AIR',
      headers: logistics.headers,
      payload: {
        name: 'Bad lane',
        kind: 'import',
        originFactory: 'X',
        originCountry: 'XX',
        mode: 'air',
        transitP50Days: 10,
        transitP90Days: 5,
        weeklyUnits: 10,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'SALES_SOURCE_RANGE',
      errors: [{ path: 'transitP90Days' }],
    });
    const noUnits = await w.app.inject({
      method: 'PUT',
      url: '/api/v1/supply-sources/XX-AIR',
      headers: logistics.headers,
      payload: {
        name: 'Lane',
        kind: 'import',
        originFactory: 'X',
        originCountry: 'XX',
        mode: 'air',
        transitP50Days: 1,
        transitP90Days: 5,
      },
    });
    expect(noUnits.json().code).toBe('SALES_SOURCE_INCOMPLETE');
    const sales = await w.caller(['sales']);
    const tooBig = await post(w, sales, '/api/v1/promise/what-if', { usCapacityBp: -5 });
    expect(tooBig.statusCode).toBe(400);
    // An empty book promises to nothing, and says so plainly.
    const empty = await post(w, sales, '/api/v1/promise/runs', {});
    expect(empty.statusCode, empty.body).toBe(201);
    expect(empty.json().lines).toEqual([]);
  });
});
