import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS,
  evaluateBurnIn,
  firstPassYield,
  type BurnInMeasurement,
} from './burn-in.engine.js';

// Antminer S21: 200 TH/s, 17.5 J/TH, 3 boards of 108 chips, 4 fans.
const s21 = { hashrateThs: 200, efficiencyJthX100: 1750, boards: 3, fans: 4 };
const board = (index: number, chipsFound = 108) => ({
  index,
  serial: `HB-${index}`,
  hashrateGhs: 66_700,
  chipsFound,
  chipsExpected: 108,
  maxChipTempC: 74,
});
const healthy: BurnInMeasurement = {
  durationMin: 180,
  hashrateGhs: 200_100,
  powerW: 3_500,
  maxChipTempC: 76,
  minFanRpm: 4_200,
  boards: [board(0), board(1), board(2)],
};

describe('burn-in verdict', () => {
  it('passes a unit at nominal and states its measured figures', () => {
    const v = evaluateBurnIn(healthy, s21, DEFAULT_THRESHOLDS);
    expect(v).toEqual({ result: 'pass', reasons: [], hashrateBp: 10_005, efficiencyJthX100: 1749 });
  });

  it('fails on every threshold crossed, naming each', () => {
    const v = evaluateBurnIn(
      {
        ...healthy,
        durationMin: 60,
        hashrateGhs: 180_000,
        maxChipTempC: 91,
        minFanRpm: 900,
        boards: [board(0), board(1, 100)],
      },
      s21,
      DEFAULT_THRESHOLDS,
    );
    expect(v.result).toBe('fail');
    expect(v.hashrateBp).toBe(9_000);
    // 3,500 W / 180 TH/s = 19.44 J/TH: 111.1% of 17.5.
    expect(v.efficiencyJthX100).toBe(1944);
    expect(v.reasons).toEqual([
      'ran 60 min, needs 120',
      'hashrate 90.0% of nominal, needs 97.0%',
      'chip temperature 91 °C over 85 °C',
      'efficiency 19.44 J/TH, 111.1% of nominal, limit 105.0%',
      'fan at 900 RPM, needs 2000',
      '2 boards answered, 3 expected',
      'board 1 (HB-1): 100/108 chips',
    ]);
  });

  it('does not ask fans of a water-cooled unit', () => {
    const hydro = { ...s21, fans: 0 };
    expect(evaluateBurnIn({ ...healthy, minFanRpm: 0 }, hydro, DEFAULT_THRESHOLDS).result).toBe(
      'pass',
    );
  });
});

describe('first-pass yield', () => {
  it('is passed over tested, in basis points', () => {
    expect(firstPassYield([{ result: 'pass' }, { result: 'pass' }, { result: 'fail' }])).toEqual({
      tested: 3,
      passed: 2,
      yieldBp: 6_667,
    });
    expect(firstPassYield([])).toEqual({ tested: 0, passed: 0, yieldBp: null });
  });
});
