import { describe, expect, it } from 'vitest';
import {
  eligibilityOf,
  warrantyStatus,
  type WarrantyFacts,
  type WarrantyPolicy,
} from './warranty.engine.js';

const policy: WarrantyPolicy = {
  modelName: 'Antminer S21',
  termDays: 365,
  doaDays: 30,
  repairedTermDays: 30,
  startBasis: 'shipped',
  exclusions: ['Unofficial firmware'],
  marketValueCents: 280_000,
};
const facts = (over: Partial<WarrantyFacts> = {}): WarrantyFacts => ({
  shippedOn: '2026-01-10',
  deliveredOn: '2026-01-14',
  voids: [],
  repairsShippedOn: [],
  components: [],
  ...over,
});

describe('warranty', () => {
  it('counts dead on arrival up to day 30 of dispatch and not on day 31', () => {
    const day30 = warrantyStatus(policy, facts(), '2026-02-09');
    expect(day30).toMatchObject({ doa: true, doaEndsOn: '2026-02-09', state: 'in_warranty' });
    expect(eligibilityOf(day30)).toBe('doa');
    const day31 = warrantyStatus(policy, facts(), '2026-02-10');
    expect(day31.doa).toBe(false);
    expect(eligibilityOf(day31)).toBe('in_warranty');
  });

  it('starts from delivery when the policy says so', () => {
    const s = warrantyStatus({ ...policy, startBasis: 'delivered' }, facts(), '2026-02-12');
    expect(s).toMatchObject({ startsOn: '2026-01-14', doa: true, endsOn: '2027-01-14' });
  });

  it('ends on the last day of the term, then a repair gives its own cover', () => {
    expect(warrantyStatus(policy, facts(), '2027-01-10')).toMatchObject({
      state: 'in_warranty',
      daysLeft: 0,
    });
    const expired = warrantyStatus(policy, facts(), '2027-01-11');
    expect(expired.state).toBe('expired');
    expect(eligibilityOf(expired)).toBe('out_of_warranty');
    const repaired = facts({ repairsShippedOn: ['2027-01-05'] });
    expect(warrantyStatus(policy, repaired, '2027-02-04')).toMatchObject({
      state: 'repair_warranty',
      repairCoverEndsOn: '2027-02-04',
    });
    expect(warrantyStatus(policy, repaired, '2027-02-05').state).toBe('expired');
  });

  it('covers a replaced board for the longer of the machine and its own repaired term', () => {
    const f = facts({
      components: [
        { serial: 'HB-NEW', partNumber: 'HB-S21', shippedOn: '2027-01-01' },
        { serial: 'PSU-PENDING', partNumber: 'PSU-APW17', shippedOn: null },
      ],
    });
    const inTerm = warrantyStatus(policy, f, '2026-06-01');
    expect(inTerm.components[0]).toMatchObject({ endsOn: '2027-01-31', covered: true });
    // Not yet shipped back: covered by the machine's own term only.
    expect(inTerm.components[1]).toMatchObject({ endsOn: '2027-01-10', covered: true });
    const after = warrantyStatus(policy, f, '2027-01-20');
    expect(after.state).toBe('expired');
    expect(after.components.map((c) => c.covered)).toEqual([true, false]);
  });

  it('a void ends the cover and DOA, but the repair work stays warranted', () => {
    const f = facts({
      voids: [
        {
          id: 'v1',
          reason: 'Unofficial firmware',
          evidence: 'Vnish 1.2 found',
          voidedOn: '2026-01-20',
        },
      ],
      components: [{ serial: 'FAN-1', partNumber: 'FAN', shippedOn: '2026-01-25' }],
    });
    const s = warrantyStatus(policy, f, '2026-01-26');
    expect(s).toMatchObject({ state: 'void', doa: false });
    expect(eligibilityOf(s)).toBe('void');
    expect(s.components[0]).toMatchObject({ endsOn: '2026-02-24', covered: true });
  });
});
