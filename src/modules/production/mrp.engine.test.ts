import { describe, expect, it } from 'vitest';
import {
  lowLevelCodes,
  MrpError,
  runMrp,
  type MrpItem,
  type MrpBomRevision,
} from './mrp.engine.js';

const weeks = ['2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04'];
const item = (partId: string, over: Partial<MrpItem> = {}): [string, MrpItem] => [
  partId,
  {
    partId,
    source: 'buy',
    leadTimeWeeks: 1,
    availableNow: 0,
    safetyStock: 0,
    minOrderQuantity: 0,
    orderMultiple: 1,
    ...over,
  },
];
const bom = (
  partId: string,
  lines: [string, number][],
  effectiveFrom = '2020-01-01',
  effectiveTo: string | null = null,
): MrpBomRevision => ({
  partId,
  effectiveFrom,
  effectiveTo,
  lines: lines.map(([componentId, quantity]) => ({ componentId, quantity })),
});

describe('MRP netting and offsetting (hand-computed)', () => {
  // A (make, LT 1, 5 on hand) ← 2 B + 1 C. B: buy, LT 2, 4 on hand, 6 arriving in week 1, MOQ 20.
  // C: buy, LT 3, none on hand, ordered in multiples of 25. Plan: 10 A in week 3, 15 in week 5.
  const input = {
    weekStarts: weeks,
    items: new Map([
      item('A', { source: 'make', availableNow: 5 }),
      item('B', { leadTimeWeeks: 2, availableNow: 4, minOrderQuantity: 20 }),
      item('C', { leadTimeWeeks: 3, orderMultiple: 25 }),
    ]),
    revisions: [
      bom('A', [
        ['B', 2],
        ['C', 1],
      ]),
    ],
    demand: [
      { partId: 'A', week: 3, quantity: 10 },
      { partId: 'A', week: 5, quantity: 15 },
    ],
    scheduledReceipts: [{ partId: 'B', week: 1, quantity: 6, reference: 'PO-1 line 1' }],
  };
  const result = runMrp(input);
  const orders = (id: string) =>
    result.plannedOrders
      .filter((o) => o.partId === id)
      .map((o) => [o.quantity, o.releaseWeek, o.dueWeek, o.lateWeeks]);

  it('nets the top level against stock and offsets by lead time', () => {
    // Week 3: 10 needed, 5 on hand → 5, released in week 2. Week 5: 15, released in week 4.
    expect(orders('A')).toEqual([
      [5, 2, 3, 0],
      [15, 4, 5, 0],
    ]);
    expect(result.projected.get('A')).toEqual([5, 5, 5, 0, 0, 0]);
  });

  it('explodes planned releases into component requirements, with receipts and lot rules', () => {
    // B gross: 2 × 5 in week 2 = 10, covered by 4 + 6 arriving; 2 × 15 in week 4 = 30, ordered
    // (MOQ 20 met) in week 2.
    expect(result.gross.get('B')).toEqual([0, 0, 10, 0, 30, 0]);
    expect(orders('B')).toEqual([[30, 2, 4, 0]]);
    // C gross: 5 in week 2, 15 in week 4. 25 (a multiple) needed by week 2 with 3 weeks' lead:
    // one week late. It also covers week 4.
    expect(result.gross.get('C')).toEqual([0, 0, 5, 0, 15, 0]);
    expect(orders('C')).toEqual([[25, 0, 2, 1]]);
    expect(result.projected.get('C')).toEqual([0, 0, 20, 20, 5, 5]);
  });

  it('lists the late order as a shortage pegged to the plan week it serves', () => {
    expect(result.shortages).toEqual([
      {
        partId: 'C',
        neededWeek: 2,
        quantity: 5,
        lateWeeks: 1,
        pegs: [{ rootPartId: 'A', rootWeek: 3, quantity: 5 }],
      },
    ]);
    const b = result.plannedOrders.find((o) => o.partId === 'B')!;
    expect(b.pegs).toEqual([{ rootPartId: 'A', rootWeek: 5, quantity: 30 }]);
  });

  it('keeps safety stock, and plans to restore it with no demand at all', () => {
    const r = runMrp({
      ...input,
      items: new Map([item('X', { availableNow: 3, safetyStock: 10, leadTimeWeeks: 0 })]),
      revisions: [],
      demand: [],
      scheduledReceipts: [],
    });
    expect(r.plannedOrders.map((o) => [o.quantity, o.dueWeek])).toEqual([[7, 0]]);
    expect(r.plannedOrders[0]!.pegs).toEqual([]);
  });
});

describe('MRP over levels and revisions', () => {
  it('nets a part used at two levels only after every parent (low-level codes)', () => {
    // U ← 1 H + 2 C; H ← 4 C. C's requirements come from U and from H's planned orders.
    const items = new Map([
      item('U', { source: 'make', leadTimeWeeks: 0 }),
      item('H', { source: 'make', leadTimeWeeks: 1 }),
      item('C', { leadTimeWeeks: 0 }),
    ]);
    const revisions = [
      bom('U', [
        ['H', 1],
        ['C', 2],
      ]),
      bom('H', [['C', 4]]),
    ];
    expect(lowLevelCodes(items, revisions)).toEqual(
      new Map([
        ['U', 0],
        ['H', 1],
        ['C', 2],
      ]),
    );
    const r = runMrp({
      weekStarts: weeks,
      items,
      revisions,
      demand: [{ partId: 'U', week: 4, quantity: 3 }],
      scheduledReceipts: [],
    });
    // U: 3 released week 4 → H 3 due week 4, released week 3 → C 12 in week 3; C 6 in week 4.
    expect(r.gross.get('C')).toEqual([0, 0, 0, 12, 6, 0]);
    expect(
      r.plannedOrders.filter((o) => o.partId === 'C').map((o) => [o.quantity, o.dueWeek]),
    ).toEqual([
      [12, 3],
      [6, 4],
    ]);
  });

  it('explodes through the BOM revision in force in the release week', () => {
    // From 2026-12-21 (week 3) the unit takes the new board N instead of the old O.
    const items = new Map([item('U', { source: 'make', leadTimeWeeks: 0 }), item('O'), item('N')]);
    const revisions = [
      bom('U', [['O', 3]], '2020-01-01', '2026-12-21'),
      bom('U', [['N', 3]], '2026-12-21'),
    ];
    const r = runMrp({
      weekStarts: weeks,
      items,
      revisions,
      demand: [
        { partId: 'U', week: 2, quantity: 1 },
        { partId: 'U', week: 3, quantity: 1 },
      ],
      scheduledReceipts: [],
    });
    expect(r.gross.get('O')).toEqual([0, 0, 3, 0, 0, 0]);
    expect(r.gross.get('N')).toEqual([0, 0, 0, 3, 0, 0]);
  });

  it('refuses a BOM cycle and a component without planning data', () => {
    const items = new Map([item('P', { source: 'make' }), item('Q', { source: 'make' })]);
    expect(() => lowLevelCodes(items, [bom('P', [['Q', 1]]), bom('Q', [['P', 1]])])).toThrow(
      MrpError,
    );
    expect(() =>
      runMrp({
        weekStarts: weeks,
        items,
        revisions: [bom('P', [['Z', 1]])],
        demand: [{ partId: 'P', week: 2, quantity: 1 }],
        scheduledReceipts: [],
      }),
    ).toThrow(/No planning data for part Z/);
  });
});
