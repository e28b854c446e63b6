import { describe, expect, it } from 'vitest';
import { quoteRepair } from './quote.engine.js';

describe('repair quote', () => {
  it('charges parts and bench time, capped at the machine value', () => {
    const parts = [{ partNumber: 'HB', unitCostCents: 60_000, quantity: 1 }];
    expect(
      quoteRepair({
        parts,
        labourMinutes: 90,
        labourCentsPerHour: 8500,
        marketValueCents: 280_000,
      }),
    ).toEqual({ partsCents: 60_000, labourCents: 12_750, totalCents: 72_750, capped: false });
    expect(
      quoteRepair({ parts, labourMinutes: 90, labourCentsPerHour: 8500, marketValueCents: 50_000 }),
    ).toEqual({ partsCents: 60_000, labourCents: 12_750, totalCents: 50_000, capped: true });
  });
});
