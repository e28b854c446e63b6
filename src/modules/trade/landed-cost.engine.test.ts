import { describe, expect, it } from 'vitest';
import { SEED_TARIFF_ROWS } from './seed/tariff-rows.js';
import {
  breakEvenRateBp,
  importLandedCost,
  usBuildCost,
  type ImportRoute,
} from './landed-cost.engine.js';
import type { TariffRow } from './tariff.engine.js';

const rows: TariffRow[] = SEED_TARIFF_ROWS.map((r, i) => ({ ...r, id: `r${i}` }));
const fromChina: ImportRoute = {
  name: 'CN factory, ocean',
  origin: 'CN',
  hts: '8543.70.9860',
  fobCents: 200_000,
  freightCents: 4_500,
  insuranceBp: 30,
  brokerageCents: 1_500,
  holdingCents: 10_000,
};

describe('landed cost', () => {
  it('adds FOB, freight, insurance, duty on the FOB value, brokerage and expected holding', () => {
    const cost = importLandedCost(fromChina, '2025-08-15', rows);
    expect(cost.duty.totalRateBp).toBe(5760);
    expect(cost.duty.totalCents).toBe(115_200); // 57.6% of $2,000.00
    expect(cost.insuranceCents).toBe(614); // 0.3% of $2,045.00, rounded
    expect(cost.totalCents).toBe(200_000 + 4_500 + 614 + 115_200 + 1_500 + 10_000);
  });

  it('charges duty on imported parts only, each by its own line and origin', () => {
    const build = usBuildCost(
      {
        parts: [
          {
            partNumber: 'BM1368',
            quantity: 324,
            unitCostCents: 350,
            hts: '8542.31.0000',
            origin: 'TW',
          },
          {
            partNumber: 'PSU-APW17',
            quantity: 1,
            unitCostCents: 18_000,
            hts: '8504.40.9580',
            origin: 'CN',
          },
          { partNumber: 'PKG-AIR', quantity: 1, unitCostCents: 1_500, hts: null, origin: 'US' },
        ],
        labourCents: 5_000,
        inboundFreightBp: 200,
        brokerageCents: 500,
        overheadCents: 10_000,
      },
      '2025-08-15',
      rows,
    );
    expect(build.partsCents).toBe(113_400 + 18_000 + 1_500);
    // TW chips: IEEPA reciprocal 10% (the every-origin row); CN PSU: fentanyl 20% + reciprocal 10%.
    expect(build.partDuties.map((d) => [d.partNumber, d.rateBp])).toEqual([
      ['BM1368', 1000],
      ['PSU-APW17', 3000],
      ['PKG-AIR', 0],
    ]);
    expect(build.partsDutyCents).toBe(11_340 + 5_400);
    expect(build.partsFreightCents).toBe(2_628); // 2% of the $1,314.00 imported
    expect(build.totalCents).toBe(132_900 + 16_740 + 2_628 + 5_000 + 500 + 10_000);
  });

  it('finds the duty rate at which importing costs as much as building here', () => {
    const imported = importLandedCost(fromChina, '2025-08-15', rows);
    const usTotal = 250_000;
    const bp = breakEvenRateBp(usTotal, imported)!;
    const nonDuty = imported.totalCents - imported.duty.totalCents;
    // Whole basis points: exact to half a basis point of the customs value.
    expect(Math.abs(nonDuty + (fromChina.fobCents * bp) / 10_000 - usTotal)).toBeLessThanOrEqual(
      fromChina.fobCents / 20_000,
    );
    expect(breakEvenRateBp(usTotal, { ...imported, fobCents: 0 })).toBeNull();
  });
});
