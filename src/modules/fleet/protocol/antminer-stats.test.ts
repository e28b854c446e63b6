import { describe, expect, it } from 'vitest';
import { minerFixture } from '../../../../test/fixtures/miner/index.js';
import { parseAntminerStats } from './antminer-stats.js';
import type { AntminerStats, StatsOptions } from './antminer-stats.js';
import { parseLenientJson } from './lenient-json.js';
import { normalizeModelName } from './model-tables.js';
import { dashList } from './values.js';

function stats(name: string, options?: StatsOptions): AntminerStats {
  const p = parseLenientJson(minerFixture(name));
  if (!p.ok) throw new Error(p.reason);
  const r = parseAntminerStats(p.value, options);
  if (!r.ok) throw new Error(r.reason);
  return r.stats;
}

describe('dashList', () => {
  it('reads dash-joined temperatures, with a minus after a separator as a sign', () => {
    expect(dashList('73-45-64-65')).toEqual([73, 45, 64, 65]);
    expect(dashList('2--1-20-22')).toEqual([2, -1, 20, 22]);
    expect(dashList('-5--3-30-31')).toEqual([-5, -3, 30, 31]);
    expect(dashList('0-0-0-0')).toEqual([0, 0, 0, 0]);
    expect(dashList([48, '50', 62, 64])).toEqual([48, 50, 62, 64]);
  });

  it('refuses malformed lists', () => {
    expect(dashList('')).toBeNull();
    expect(dashList('73-')).toBeNull();
    expect(dashList('73-a-1')).toBeNull();
    expect(dashList('73---1')).toBeNull();
    expect(dashList({})).toBeNull();
  });
});

describe('normalizeModelName', () => {
  it('trims, collapses spaces and drops a firmware tag', () => {
    expect(normalizeModelName('Antminer S21  ')).toBe('Antminer S21');
    expect(normalizeModelName(' antminer  S19j Pro ')).toBe('Antminer S19j Pro');
    expect(normalizeModelName('Antminer S19j Pro (vnish 1.2.6)')).toBe('Antminer S19j Pro');
    expect(normalizeModelName('   ')).toBeNull();
    expect(normalizeModelName(7)).toBeNull();
  });
});

describe('parseAntminerStats — classic', () => {
  it('S19j Pro stock: GHS 5s as a string, total_rate, the empty 4th slot dropped', () => {
    const s = stats('s19jpro-stock-stats.txt');
    expect(s.shape).toBe('classic');
    expect(s.model).toBe('Antminer S19j Pro');
    expect(s.uptimeS).toBe(86400);
    expect([s.ths5s, s.thsAvg, s.thsIdeal]).toEqual([104.123, 103.88, 104]);
    expect(s.fansRpm).toEqual([5400, 5460, 5400, 5520]);
    expect(s.boards).toEqual([
      {
        index: 0,
        serial: null,
        chips: 126,
        chipsExpected: 126,
        rateThs: 34.711,
        idealThs: 34.667,
        pcbTempC: { inlet: 60, outlet: 73 },
        chipTempC: { inlet: 75, outlet: 88 },
        hwErrors: 12,
        freqMhz: 525,
      },
      {
        index: 1,
        serial: null,
        chips: 126,
        chipsExpected: 126,
        rateThs: 34.7,
        idealThs: 34.667,
        pcbTempC: { inlet: 59, outlet: 72 },
        chipTempC: { inlet: 74, outlet: 87 },
        hwErrors: 0,
        freqMhz: 525,
      },
      {
        index: 2,
        serial: null,
        chips: 125,
        chipsExpected: 126,
        rateThs: 34.712,
        idealThs: 34.667,
        pcbTempC: { inlet: 58, outlet: 71 },
        chipTempC: { inlet: 73, outlet: 86 },
        hwErrors: 340,
        freqMhz: 525,
      },
    ]);
  });

  it('S21 stock: GHS 5s as a number, "total rate", Type with trailing spaces, a stopped fan', () => {
    const s = stats('s21-stock-stats.txt');
    expect(s.model).toBe('Antminer S21');
    expect(s.header.Type).toBe('Antminer S21  ');
    expect([s.ths5s, s.thsAvg, s.thsIdeal]).toEqual([200.512, 199.87, 200]);
    expect(s.fansRpm).toEqual([3720, 3660, 0, 3690]);
    expect(s.boards.map((b) => [b.index, b.chips, b.chipsExpected, b.rateThs])).toEqual([
      [0, 108, 108, 66.84],
      [1, 108, 108, 66.83],
      [2, 108, 108, 66.842],
    ]);
  });

  it('takes "total rate" / "total_rate" when GHS 5s is missing', () => {
    const base = { STATS: [{ Type: 'Antminer S21' }, { Elapsed: 1, chain_acn1: 0 }] };
    const a = parseAntminerStats({
      STATS: [base.STATS[0], { ...base.STATS[1], 'total rate': 1500 }],
    });
    const b = parseAntminerStats({
      STATS: [base.STATS[0], { ...base.STATS[1], total_rate: '2500' }],
    });
    expect(a.ok && a.stats.ths5s).toBe(1.5);
    expect(b.ok && b.stats.ths5s).toBe(2.5);
  });

  it('S9: chains 6..8 become boards 0..2, fans 5/6 only, single temps on the outlet side', () => {
    const s = stats('s9-stats.txt');
    expect(s.model).toBe('Antminer S9');
    expect(s.fansRpm).toEqual([5880, 5760]);
    expect(s.boards.map((b) => b.index)).toEqual([0, 1, 2]);
    expect(s.boards[0]).toEqual({
      index: 0,
      serial: null,
      chips: 63,
      chipsExpected: 63,
      rateThs: 4.53,
      idealThs: null,
      pcbTempC: { inlet: null, outlet: 58 },
      chipTempC: { inlet: null, outlet: 74 },
      hwErrors: 120,
      freqMhz: 650,
    });
    expect([s.ths5s, s.thsAvg, s.thsIdeal]).toEqual([13.613, 13.54, 13.5]);
  });

  it('S21 Hydro: outlet-first temperature layout, no fans', () => {
    const s = stats('s21-hydro-stats.txt');
    expect(s.model).toBe('Antminer S21 Hydro');
    expect(s.fansRpm).toEqual([]);
    expect(s.boards.map((b) => [b.chips, b.chipsExpected, b.rateThs, b.idealThs])).toEqual([
      [216, 216, 111.111, 111.667],
      [216, 216, 111.2, 111.667],
      [216, 216, 111.09, 111.667],
    ]);
    // "40-42-30-31": outlet pair first (40, 42), inlet pair last (30, 31).
    expect(s.boards[0]!.pcbTempC).toEqual({ inlet: 31, outlet: 42 });
    expect(s.boards[0]!.chipTempC).toEqual({ inlet: 56, outlet: 72 });
    expect([s.ths5s, s.thsAvg, s.thsIdeal]).toEqual([333.401, 333.013, 335]);
  });

  it('LuxOS: chain_rate "0" on an absent slot drops it', () => {
    const s = stats('luxos-stats.txt');
    expect(s.boards.map((b) => [b.index, b.rateThs])).toEqual([
      [0, 33.3],
      [1, 33.28],
      [2, 33.296],
    ]);
  });

  it('negative temperatures "2--1-20-22"', () => {
    const s = stats('quirk-negative-temps.txt');
    expect(s.boards[0]!.pcbTempC).toEqual({ inlet: 2, outlet: 22 });
    expect(s.boards[0]!.chipTempC).toEqual({ inlet: -3, outlet: 31 });
  });

  it('an absent middle chain leaves a gap in the slot numbering', () => {
    const s = stats('quirk-absent-chain.txt');
    expect(s.boards.map((b) => b.index)).toEqual([0, 2]);
  });

  it('drops rate-less chains of a truncated reply instead of reporting 0 TH/s', () => {
    const full = stats('quirk-truncated-mid-value.txt');
    expect(full.boards.map((b) => b.rateThs)).toEqual([34.711, 0, 0]);
    const cut = stats('quirk-truncated-mid-value.txt', { truncated: true });
    expect(cut.boards.map((b) => b.rateThs)).toEqual([34.711]);
  });

  it('chipsExpected comes from the caller lookup first, then the fallback table', () => {
    const s = stats('s21-stock-stats.txt', {
      chipsPerBoard: (m) => (m === 'Antminer S21' ? 110 : null),
    });
    expect(s.boards[0]!.chipsExpected).toBe(110);
    const unknown = parseAntminerStats({
      STATS: [{ Type: 'Antminer Z99' }, { Elapsed: 1, chain_acn1: 5, chain_rate1: '1' }],
    });
    expect(unknown.ok && unknown.stats.boards[0]!.chipsExpected).toBeNull();
  });

  it('drops sensor error codes outside −60..250 °C', () => {
    const r = parseAntminerStats({
      STATS: [
        { Type: 'Antminer S21' },
        { Elapsed: 1, chain_acn1: 108, temp_pcb1: '255-50-64-300' },
      ],
    });
    expect(r.ok && r.stats.boards[0]!.pcbTempC).toEqual({ inlet: 50, outlet: 64 });
  });
});

describe('parseAntminerStats — new_api', () => {
  it('reads chain[] with serials and converts GH/s to TH/s', () => {
    const s = stats('s21-new-api-stats.txt');
    expect(s.shape).toBe('new_api');
    expect(s.model).toBe('Antminer S21');
    expect(s.uptimeS).toBe(7200);
    expect([s.ths5s, s.thsAvg, s.thsIdeal]).toEqual([201.021, 200.31, 200]);
    expect(s.fansRpm).toEqual([3700, 3680, 3710, 3690]);
    expect(s.boards[1]).toEqual({
      index: 1,
      serial: 'JYZZB4ABCDEF0002',
      chips: 107,
      chipsExpected: 108,
      rateThs: 66.99,
      idealThs: 66.667,
      pcbTempC: { inlet: 51, outlet: 65 },
      chipTempC: { inlet: 63, outlet: 81 },
      hwErrors: 3,
      freqMhz: 490,
    });
  });
});

describe('parseAntminerStats — refusals', () => {
  it('returns a reason, never throws', () => {
    expect(parseAntminerStats(null)).toEqual({ ok: false, reason: 'stats: not an object' });
    expect(parseAntminerStats({ STATS: [] })).toEqual({
      ok: false,
      reason: 'stats: no STATS section',
    });
    expect(parseAntminerStats({ STATS: [{ Type: 'Antminer S21' }] })).toEqual({
      ok: false,
      reason: 'stats: no data object',
    });
    expect(parseAntminerStats({ STATS: [{ chain: 'x' }, 5] }).ok).toBe(false);
  });
});
