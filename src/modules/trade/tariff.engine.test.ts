import { describe, expect, it } from 'vitest';
import { SEED_SCENARIOS, SEED_TARIFF_ROWS } from './seed/tariff-rows.js';
import {
  applyRate,
  computeDuty,
  normalizeHts,
  refundExposure,
  rowStatus,
  type TariffRow,
} from './tariff.engine.js';

const rows: TariffRow[] = SEED_TARIFF_ROWS.map((r, i) => ({ ...r, id: `r${i}` }));
const scenario = (name: string): TariffRow[] =>
  SEED_SCENARIOS.find((s) => s.name === name)!.rows.map((r, i) => ({ ...r, id: `s${i}` }));
const miner = (origin: string, entryDate: string, customsValueCents = 10_000_000) => ({
  hts: '8543.70.9860',
  origin,
  entryDate,
  customsValueCents,
});

describe('duty engine (worked checks of trade.md)', () => {
  it('a China-origin miner entered in August 2025 pays 57.6%', () => {
    const duty = computeDuty(miner('CN', '2025-08-15'), rows);
    expect(duty.totalRateBp).toBe(5760);
    expect(duty.totalCents).toBe(5_760_000);
    expect(duty.lines.map((l) => [l.program, l.rateBp])).toEqual([
      ['IEEPA fentanyl', 2000],
      ['IEEPA reciprocal', 1000],
      ['MFN', 260],
      ['Section 301 (List 3)', 2500],
    ]);
  });

  it('a Malaysia-origin miner entered on 2025-09-01 pays 21.6%', () => {
    const duty = computeDuty(miner('MY', '2025-09-01'), rows);
    expect(duty.totalRateBp).toBe(2160);
    expect(duty.lines.map((l) => [l.program, l.rateBp])).toEqual([
      ['IEEPA reciprocal', 1900],
      ['MFN', 260],
    ]);
  });
});

describe('duty engine rules', () => {
  it('keeps programs later voided visible, marked voided', () => {
    const duty = computeDuty(miner('CN', '2025-08-15'), rows);
    const ieepa = duty.lines.filter((l) => l.program.startsWith('IEEPA'));
    expect(ieepa.every((l) => l.status === 'voided' && l.voidedOn === '2026-02-20')).toBe(true);
    expect(duty.lines.find((l) => l.program === 'MFN')!.status).toBe('in_force');
  });

  it('follows the escalation day by day (end dates are exclusive)', () => {
    const rate = (date: string) =>
      computeDuty(miner('CN', date), rows).lines.find((l) => l.program === 'IEEPA reciprocal')
        ?.rateBp;
    expect(rate('2025-04-04')).toBeUndefined();
    expect(rate('2025-04-05')).toBe(3400);
    expect(rate('2025-04-09')).toBe(8400);
    expect(rate('2025-04-10')).toBe(12_500);
    expect(rate('2025-05-14')).toBe(1000);
    expect(rate('2026-02-20')).toBeUndefined();
  });

  it('after the ruling, Section 122 applies to every origin and IEEPA to none', () => {
    expect(computeDuty(miner('CN', '2026-03-01'), rows).totalRateBp).toBe(260 + 2500 + 1000);
    expect(computeDuty(miner('MY', '2026-03-01'), rows).totalRateBp).toBe(260 + 1000);
    expect(computeDuty(miner('VN', '2025-09-01'), rows).totalRateBp).toBe(260 + 1000);
  });

  it('a country row beats the every-origin row of the same program', () => {
    const line = computeDuty(miner('TH', '2025-09-01'), rows).lines.find(
      (l) => l.program === 'IEEPA reciprocal',
    )!;
    expect(line.rateBp).toBe(1900);
  });

  it('programs without an HTS prefix cover parts too; miner-only programs do not', () => {
    const chips = computeDuty(
      { hts: '8542.31.0000', origin: 'CN', entryDate: '2025-08-15', customsValueCents: 100_00 },
      rows,
    );
    expect(chips.lines.map((l) => l.program)).toEqual(['IEEPA fentanyl', 'IEEPA reciprocal']);
  });

  it('a scenario replaces the programs it covers, from its own dates', () => {
    const s122 = scenario('Section 122 at 15% from 2026-08-01');
    expect(computeDuty(miner('MY', '2026-09-01'), rows).totalRateBp).toBe(260);
    const withScenario = computeDuty(miner('MY', '2026-09-01'), rows, s122);
    expect(withScenario.totalRateBp).toBe(260 + 1500);
    expect(withScenario.lines.find((l) => l.program === 'Section 122')!.fromScenario).toBe(true);
    const s301 = scenario('China Section 301 at 50%');
    expect(computeDuty(miner('CN', '2026-12-15'), rows, s301).totalRateBp).toBe(260 + 5000);
    expect(computeDuty(miner('CN', '2026-11-15'), rows, s301).totalRateBp).toBe(260 + 2500);
  });

  it('rounds each line to whole cents, half away from zero', () => {
    expect(applyRate(1, 5000)).toBe(1); // 0.5 cent rounds up
    expect(applyRate(3, 260)).toBe(0);
    expect(applyRate(12_345_67, 260)).toBe(32_099);
    expect(applyRate(-1, 5000)).toBe(-1);
    // $5 billion at 125%: beyond 2^53 in cents × basis points, still exact.
    expect(applyRate(500_000_000_000, 12_500)).toBe(625_000_000_000);
    expect(applyRate(900_719_925_474, 12_345)).toBe(1_111_938_747_998);
    expect(normalizeHts('8543.70.9860')).toBe('8543709860');
  });

  it('labels rows for a given day', () => {
    const fentanyl20 = rows.find((r) => r.program === 'IEEPA fentanyl' && r.rateBp === 2000)!;
    expect(rowStatus(fentanyl20, '2025-06-01')).toBe('in_force');
    expect(rowStatus(fentanyl20, '2026-03-01')).toBe('voided');
    expect(
      rowStatus(
        rows.find((r) => r.program === 'Section 122')!,
        '2025-06-01',
      ),
    ).toBe('future');
  });
});

describe('refund exposure', () => {
  it('sums what entries paid under programs later voided, per entry and in total', () => {
    // Filed lines keep what the engine computed on the entry date.
    const filed = (entryNumber: string, line: ReturnType<typeof miner>) => ({
      entryNumber,
      entryDate: line.entryDate,
      paid: computeDuty(line, rows).lines,
    });
    const exposure = refundExposure(
      [
        filed('E-1', miner('CN', '2025-08-15', 1_000_000_00)),
        filed('E-1', { ...miner('CN', '2025-08-15', 10_000_00), hts: '8542.31.0000' }),
        filed('E-2', miner('MY', '2025-09-01', 500_000_00)),
        filed('E-3', miner('MY', '2026-03-01', 500_000_00)),
      ],
      rows,
    );
    expect(exposure.entries).toEqual([
      {
        entryNumber: 'E-1',
        entryDate: '2025-08-15',
        refundableCents: 300_000_00 + 3_000_00,
        programs: ['IEEPA fentanyl', 'IEEPA reciprocal'],
      },
      {
        entryNumber: 'E-2',
        entryDate: '2025-09-01',
        refundableCents: 95_000_00,
        programs: ['IEEPA reciprocal'],
      },
    ]);
    expect(exposure.totalCents).toBe(398_000_00);
  });

  it('counts what was paid, even after the row is edited, and nothing on rows in force', () => {
    const line = miner('CN', '2025-08-15', 1_000_000_00);
    const paid = computeDuty(line, rows).lines;
    const edited = rows.map((r) =>
      r.program === 'IEEPA fentanyl' ? { ...r, rateBp: r.rateBp * 2 } : r,
    );
    const exposure = refundExposure(
      [{ entryNumber: 'E-9', entryDate: line.entryDate, paid }],
      edited,
    );
    expect(exposure.totalCents).toBe(300_000_00);
    const unvoided = rows.map((r) => ({ ...r, voidedOn: null }));
    expect(
      refundExposure([{ entryNumber: 'E-9', entryDate: line.entryDate, paid }], unvoided),
    ).toEqual({
      entries: [],
      totalCents: 0,
    });
  });
});
