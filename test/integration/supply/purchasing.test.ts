import { expect, it } from 'vitest';
import { describeEachDialect } from '../../kit/world.js';
import { get, partsWorld, post, sentPo } from './supply-kit.js';

const serials = (n: number, stem = 'PSU') =>
  Array.from({ length: n }, (_, i) => `${stem}-${String(i + 1).padStart(4, '0')}`);

describeEachDialect('supply: purchase orders and receiving at landed cost', (world) => {
  it('receives an import: lots and serials into stock, entry filed, lines valued landed', async () => {
    const w = world();
    await partsWorld(w);
    const buyer = await w.caller(['buyer']);
    const { number } = await sentPo(w, buyer);

    const r = await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      receivedOn: '2025-08-20',
      entry: { number: 'ENT-0001', date: '2025-08-15' },
      freightCents: 40_000,
      brokerageCents: 15_000,
      lines: [
        { line: 1, quantity: 1000, lot: { code: 'W2531-A', dateCode: '2531' } },
        { line: 2, serials: serials(3) },
        { line: 3, quantity: 10 },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    const receipt = r.json();
    // Parts from CN on 2025-08-15: IEEPA fentanyl 20% + IEEPA reciprocal 10% (no Section 301
    // row covers these HTS lines in the seed): 30% of $2,870.
    expect(receipt.goodsCents).toBe(287_000);
    expect(receipt.dutyCents).toBe(86_100);
    expect(receipt.landedCents).toBe(287_000 + 86_100 + 40_000 + 15_000);
    expect(receipt.poStatus).toBe('received');
    const chipLine = receipt.lines[0];
    expect(chipLine.goodsCents).toBe(250_000);
    expect(chipLine.dutyCents).toBe(75_000);
    expect(
      chipLine.freightCents + receipt.lines[1].freightCents + receipt.lines[2].freightCents,
    ).toBe(40_000);
    expect(chipLine.dutyLines.map((l: { program: string }) => l.program).sort()).toEqual([
      'IEEPA fentanyl',
      'IEEPA reciprocal',
    ]);

    // Stock is there, valued landed.
    const chips = (await get(w, buyer, '/api/v1/inventory/on-hand?part=T-CHIP')).json();
    expect(chips).toMatchObject({ onHand: 1000, reserved: 0, available: 1000 });
    expect(chips.byLocation[0].locationCode).toBe('RAW');
    const valuation = (await get(w, buyer, '/api/v1/inventory/valuation')).json();
    expect(valuation.totalCents).toBe(receipt.landedCents);
    expect(valuation.method).toMatch(/moving weighted average/i);
    const serial = (await get(w, buyer, '/api/v1/inventory/serials/PSU-0002')).json();
    expect(serial).toMatchObject({
      status: 'in_stock',
      unitCostCents: Math.round(receipt.lines[1].landedCents / 3),
    });
    expect(serial.history).toHaveLength(1);

    // The entry is on file, and with IEEPA voided its duty is a refund claim.
    const exposure = (await get(w, buyer, '/api/v1/trade/refund-exposure')).json();
    expect(exposure.totalCents).toBe(86_100);
    expect(exposure.entries[0]).toMatchObject({
      entryNumber: 'ENT-0001',
      reference: expect.stringMatching(/^receipt:RCV-2025-/),
      refundableCents: 86_100,
    });

    // Received in full: nothing more can be received.
    const again = await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      entry: { number: 'ENT-0002' },
      lines: [{ line: 3, quantity: 1 }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SUPPLY_PO_NOT_RECEIVABLE');
  });

  it('receives in parts and reports every bad line at once, storing nothing', async () => {
    const w = world();
    await partsWorld(w);
    const buyer = await w.caller(['buyer']);
    const { number } = await sentPo(w, buyer, { country: 'US' });

    const bad = await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      lines: [
        { line: 1, quantity: 2000, lot: { code: 'L1' } },
        { line: 2, quantity: 2 },
        { line: 3, quantity: 5, lot: { code: 'nope' } },
        { line: 9, quantity: 1 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('SUPPLY_RECEIPT_INVALID');
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'lines.0.quantity',
      'lines.1',
      'lines.2.lot',
      'lines.3.line',
    ]);
    expect((await get(w, buyer, '/api/v1/inventory/balances')).json().items).toEqual([]);

    const first = await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      lines: [{ line: 3, quantity: 4 }],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      poStatus: 'partly_received',
      dutyCents: 0,
      entryNumber: null,
    });
    const po = (await get(w, buyer, `/api/v1/purchase-orders/${number}`)).json();
    expect(po.status).toBe('partly_received');
    expect(po.lines[2]).toMatchObject({ receivedQuantity: 4, openQuantity: 6 });
    expect(po.receipts).toHaveLength(1);

    // A serial already in stock cannot be received twice.
    await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      lines: [{ line: 2, serials: ['DUP-1'] }],
    });
    const dup = await post(w, buyer, `/api/v1/purchase-orders/${number}/receipts`, {
      lines: [{ line: 2, serials: ['DUP-1'] }],
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('SUPPLY_SERIAL_EXISTS');
    expect(dup.json().detail).toBe('Serial already known: DUP-1.');
    expect((await get(w, buyer, '/api/v1/inventory/on-hand?part=T-PSU')).json().onHand).toBe(1);
  });

  it('warns before ordering from a restricted party and keeps who went ahead', async () => {
    const w = world();
    await partsWorld(w);
    const buyer = await w.caller(['buyer']);
    const s = await post(w, buyer, '/api/v1/suppliers', {
      code: 'FLAGGED',
      name: 'Flagged Ltd',
      country: 'CN',
      leadTimeDays: 40,
      minOrderCents: 0,
      restrictedList: 'Entity List',
      restrictedSince: '2025-03-25',
      restrictedNote: 'Test listing',
    });
    expect(s.json().warning).toBe(
      'Flagged Ltd is on the Entity List since 2025-03-25: Test listing.',
    );
    const po = await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'FLAGGED',
      lines: [{ part: 'T-FAN', quantity: 5, unitPriceCents: 700 }],
    });
    expect(po.json().warnings[0]).toMatch(/Entity List/);
    const { number } = po.json();
    expect((await post(w, buyer, `/api/v1/purchase-orders/${number}/send`)).json().code).toBe(
      'SUPPLY_PO_BAD_TRANSITION',
    );
    await post(w, buyer, `/api/v1/purchase-orders/${number}/approve`);
    const refused = await post(w, buyer, `/api/v1/purchase-orders/${number}/send`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'SUPPLY_RESTRICTED_PARTY' });
    expect((await get(w, buyer, `/api/v1/purchase-orders/${number}`)).json().status).toBe(
      'approved',
    );
    const sent = await post(w, buyer, `/api/v1/purchase-orders/${number}/send`, {
      acknowledgeRestricted: true,
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', restrictedAcknowledgedBy: buyer.user.id });
  });

  it('prices lines from price breaks and refuses what a role may not do', async () => {
    const w = world();
    await partsWorld(w);
    const buyer = await w.caller(['buyer']);
    await post(w, buyer, '/api/v1/suppliers', {
      code: 'BRK',
      name: 'Breaks Inc',
      country: 'TW',
      leadTimeDays: 20,
      minOrderCents: 0,
    });
    for (const [minQuantity, unitPriceCents] of [
      [1, 300],
      [10_000, 260],
      [100_000, 240],
    ])
      await w.app.inject({
        method: 'PUT',
        url: '/api/v1/suppliers/BRK/price-breaks',
        headers: buyer.headers,
        payload: { part: 'T-CHIP', minQuantity, unitPriceCents },
      });
    const po = await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'BRK',
      orderDate: '2026-11-23',
      lines: [{ part: 'T-CHIP', quantity: 50_000 }],
    });
    const detail = (await get(w, buyer, `/api/v1/purchase-orders/${po.json().number}`)).json();
    expect(detail.lines[0]).toMatchObject({ unitPriceCents: 260, dueDate: '2026-12-13' });
    const offers = (await get(w, buyer, '/api/v1/parts/T-CHIP/offers?quantity=100000')).json();
    expect(offers.items[0]).toMatchObject({ unitPriceCents: 240, origin: 'TW', leadTimeDays: 20 });

    const huge = await post(w, buyer, '/api/v1/purchase-orders', {
      supplier: 'BRK',
      lines: [{ part: 'T-CHIP', quantity: 1_000_000_000, unitPriceCents: 10_000_000 }],
    });
    expect(huge.json().code).toBe('SUPPLY_LINE_TOO_LARGE');
    const sales = await w.caller(['sales']);
    expect(
      (
        await post(w, sales, '/api/v1/purchase-orders', {
          supplier: 'BRK',
          lines: [{ part: 'T-CHIP', quantity: 1 }],
        })
      ).statusCode,
    ).toBe(403);
    const customer = await w.caller(['customer'], { customerId: 'c-1' });
    expect((await get(w, customer, '/api/v1/suppliers')).statusCode).toBe(403);
    expect((await get(w, customer, '/api/v1/inventory/balances')).statusCode).toBe(403);
  });
});
