import { describe, expect, it } from 'vitest';
import { checkPattern, expandPattern, formatSerial, isoWeek, modelCode } from './serial.engine.js';

describe('unit serials', () => {
  it('fills the pattern with model, ISO year-week and a padded sequence', () => {
    const parts = expandPattern('RL{MODEL}-{YY}{WW}-{SEQ:5}', 'Antminer S21', '2026-11-23');
    expect(parts).toEqual({ prefix: 'RLS21-2648-', digits: 5, suffix: '' });
    expect(formatSerial(parts, 42)).toBe('RLS21-2648-00042');
    expect(modelCode('Antminer S21+ Hydro')).toBe('S21PHYDRO');
  });

  it('uses ISO weeks, including those that straddle a new year', () => {
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
  });

  it('checks patterns before they are saved', () => {
    expect(checkPattern('RL{MODEL}-{SEQ:5}')).toBeNull();
    expect(checkPattern('RL{MODEL}')).toMatch(/SEQ/);
    expect(checkPattern('RL{SEQ:4}{SEQ:4}')).toMatch(/only one/);
    expect(checkPattern('RL{PLANT}{SEQ:4}')).toMatch(/unknown token \{PLANT\}/);
    expect(checkPattern('RL {SEQ:4}')).toMatch(/letters/);
  });
});
