import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get } from './supply-kit.js';

describeEachDialect('supply: demo world', (world) => {
  it('seeds suppliers, purchase orders in every state, stock everywhere and refundable entries', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    const buyer = await w.caller(['buyer']);

    const suppliers = (await get(w, buyer, '/api/v1/suppliers')).json().items;
    expect(
      new Set(suppliers.map((s: { country: string }) => s.country)).size,
    ).toBeGreaterThanOrEqual(5);
    expect(suppliers.filter((s: { restricted: boolean }) => s.restricted)).toHaveLength(1);

    const pos = (await get(w, buyer, '/api/v1/purchase-orders')).json().items;
    expect(new Set(pos.map((p: { status: string }) => p.status))).toEqual(
      new Set(['draft', 'approved', 'sent', 'partly_received', 'received']),
    );

    const balances = (await get(w, buyer, '/api/v1/inventory/balances?nonZero=true')).json().items;
    const kinds = new Set(balances.map((b: { locationKind: string }) => b.locationKind));
    expect(kinds).toEqual(
      new Set([
        'raw_stores',
        'wip',
        'finished_goods',
        'repair_depot',
        'spares_kit',
        'field_van',
        'in_transit',
        'quarantine',
      ]),
    );

    // The books agree with themselves: stock value's quantities equal on-hand summed over places.
    const valuation = (await get(w, buyer, '/api/v1/inventory/valuation')).json();
    const onHand = new Map<string, number>();
    for (const b of balances) onHand.set(b.partNumber, (onHand.get(b.partNumber) ?? 0) + b.onHand);
    for (const item of valuation.items)
      expect(item.quantity, item.partNumber).toBe(onHand.get(item.partNumber));
    expect(valuation.totalCents).toBeGreaterThan(0);

    // Entries of 2025 paid IEEPA duties, voided since: refundable. 2026 entries are not (the
    // supply demo's two, and the two imports the logistics demo cleared).
    const exposure = (await get(w, buyer, '/api/v1/trade/refund-exposure')).json();
    expect(exposure.entriesConsidered).toBe(8);
    expect(exposure.entries.map((e: { entryDate: string }) => e.entryDate)).toEqual([
      '2025-03-20',
      '2025-06-10',
      '2025-09-15',
      '2025-11-20',
    ]);
    expect(exposure.totalCents).toBeGreaterThan(0);
  });
});
