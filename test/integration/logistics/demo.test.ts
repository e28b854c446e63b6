import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get } from './logistics-kit.js';

describeEachDialect('logistics: demo world', (world) => {
  it('has orders in every state, plant and import shipments, and one import held at customs', async () => {
    const w = world();
    await w.system.prepareDemo(() => {});
    const logistics = await w.caller(['logistics']);
    const orders = (await get(w, logistics, '/api/v1/sales-orders')).json().items;
    expect(new Set(orders.map((o: { status: string }) => o.status))).toEqual(
      new Set(['draft', 'confirmed', 'partly_shipped', 'shipped', 'delivered', 'cancelled']),
    );
    const shipments = (await get(w, logistics, '/api/v1/shipments')).json().items;
    expect(new Set(shipments.map((s: { kind: string }) => s.kind))).toEqual(
      new Set(['domestic', 'import']),
    );
    const held = (await get(w, logistics, '/api/v1/customs-holds?open=true')).json().items;
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ sourceCode: 'CN-OCEAN', reason: 'other_agency' });
    expect(held[0].days).toBeGreaterThan(0);
    // Every delivered unit is installed base, plus the replacements service shipped ahead
    // (refurbished machines, serials RF-…): the books agree with the shipments.
    const base = (await get(w, logistics, '/api/v1/installed-base?limit=1000')).json();
    const received = shipments.reduce((n: number, s: { received: number }) => n + s.received, 0);
    const ahead = base.items.filter((i: { serial: string }) => i.serial.startsWith('RF-')).length;
    expect(ahead).toBeGreaterThan(0);
    expect(base.total).toBe(received + ahead);
    expect(received).toBeGreaterThan(0);
  });
});
