import { describe, expect, it } from 'vitest';
import {
  BomError,
  explode,
  flattenLeaves,
  revisionOn,
  whereUsed,
  type BomRevision,
  type CostedPart,
} from './bom.engine.js';

const part = (id: string, cost: number | null = null): [string, CostedPart] => [
  id,
  { id, partNumber: id.toUpperCase(), standardCostCents: cost },
];
const parts = new Map([
  part('unit'),
  part('board'),
  part('chip', 350),
  part('pcb', 4000),
  part('psu', 18000),
  part('fan', 800),
]);
const rev = (
  partId: string,
  revision: string,
  from: string,
  to: string | null,
  labour: number,
  lines: [string, number][],
): BomRevision => ({
  id: `${partId}-${revision}`,
  partId,
  revision,
  effectiveFrom: from,
  effectiveTo: to,
  labourMinutes: labour,
  lines: lines.map(([componentId, quantity]) => ({ componentId, quantity })),
});
const revisions = [
  rev('unit', 'A', '2026-01-01', '2026-06-01', 60, [
    ['board', 3],
    ['psu', 1],
    ['fan', 4],
  ]),
  rev('unit', 'B', '2026-06-01', null, 45, [
    ['board', 3],
    ['psu', 1],
    ['fan', 2],
  ]),
  rev('board', 'A', '2026-01-01', null, 30, [
    ['chip', 108],
    ['pcb', 1],
  ]),
];

describe('BOM explosion and cost roll-up', () => {
  it('explodes three levels with extended quantities and rolls costs up', () => {
    const tree = explode('unit', '2026-03-01', parts, revisions, 2800);
    expect(tree.revision).toBe('A');
    const board = tree.children.find((c) => c.partId === 'board')!;
    expect(board.extendedQuantity).toBe(3);
    expect(board.children.find((c) => c.partId === 'chip')!.extendedQuantity).toBe(324);
    // board: 108 × 3.50 + 40.00 + 30 min × 28.00/h = 378 + 40 + 14 = 432.00
    expect(board.unitCostCents).toBe(43_200);
    // unit: 3 × 432 + 180 + 4 × 8 + 60 min × 28.00/h = 1296 + 180 + 32 + 28 = 1536.00
    expect(tree.unitCostCents).toBe(153_600);
    expect(tree.labourCents).toBe(2800);
  });

  it('uses the revision in force on the date asked about', () => {
    expect(revisionOn(revisions, 'unit', '2026-05-31')!.revision).toBe('A');
    expect(revisionOn(revisions, 'unit', '2026-06-01')!.revision).toBe('B');
    expect(revisionOn(revisions, 'unit', '2025-12-31')).toBeUndefined();
    const later = explode('unit', '2026-07-01', parts, revisions, 2800);
    expect(later.revision).toBe('B');
    expect(later.children.find((c) => c.partId === 'fan')!.quantity).toBe(2);
  });

  it('lists the bought parts of one unit', () => {
    const leaves = flattenLeaves(explode('unit', '2026-03-01', parts, revisions, 2800));
    expect(Object.fromEntries(leaves)).toEqual({ chip: 324, pcb: 3, psu: 1, fan: 4 });
  });

  it('refuses cycles, unknown parts and uncosted bought parts, naming them', () => {
    const cyclic = [...revisions, rev('chip', 'X', '2026-01-01', null, 0, [['unit', 1]])];
    expect(() => explode('unit', '2026-03-01', parts, cyclic, 2800)).toThrow(
      /BOM cycle: UNIT → BOARD → CHIP → UNIT/,
    );
    const unknown = [rev('unit', 'A', '2026-01-01', null, 0, [['ghost', 1]])];
    expect(() => explode('unit', '2026-03-01', parts, unknown, 2800)).toThrow(BomError);
    expect(() => explode('board', '2025-01-01', parts, revisions, 2800)).toThrow(
      /BOARD has neither a BOM in force on 2025-01-01 nor a standard cost/,
    );
  });

  it('finds where a part is used, through sub-assemblies', () => {
    expect(whereUsed('chip', '2026-03-01', revisions)).toEqual([
      { partId: 'board', viaPartId: 'chip', quantity: 108, level: 1, revision: 'A' },
      { partId: 'unit', viaPartId: 'board', quantity: 3, level: 2, revision: 'A' },
    ]);
    expect(whereUsed('fan', '2026-07-01', revisions)).toEqual([
      { partId: 'unit', viaPartId: 'fan', quantity: 2, level: 1, revision: 'B' },
    ]);
  });
});
