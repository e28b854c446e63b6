/**
 * Burn-in QC, pure: a unit's measured run against its model's nominal figures and thresholds.
 * The record it judges becomes the unit's birth certificate, the baseline its health in the
 * field is later compared with.
 */
export interface BurnInThresholds {
  /** Minimum measured hashrate as a share of nominal, in basis points (97% = 9700). */
  minHashrateBp: number;
  /** Maximum hottest-chip temperature, °C. */
  maxChipTempC: number;
  /** Maximum efficiency as a share of nominal J/TH, in basis points (105% = 10500). */
  maxEfficiencyBp: number;
  /** Minimum time under load, minutes. */
  minDurationMin: number;
  /** Minimum share of a board's chips that must answer, in basis points. */
  minChipsBp: number;
  /** Minimum fan speed while running, RPM (0: no fans, e.g. water-cooled). */
  minFanRpm: number;
}

export interface BoardReading {
  index: number;
  serial: string | null;
  hashrateGhs: number;
  chipsFound: number;
  chipsExpected: number;
  maxChipTempC: number;
}

export interface BurnInMeasurement {
  durationMin: number;
  /** Average hashrate over the run, GH/s (integers keep the record exact). */
  hashrateGhs: number;
  powerW: number;
  maxChipTempC: number;
  minFanRpm: number;
  boards: BoardReading[];
}

export interface BurnInVerdict {
  result: 'pass' | 'fail';
  reasons: string[];
  /** Measured hashrate as a share of nominal, basis points. */
  hashrateBp: number;
  /** Measured J/TH × 100. */
  efficiencyJthX100: number;
}

export function evaluateBurnIn(
  m: BurnInMeasurement,
  nominal: { hashrateThs: number; efficiencyJthX100: number; boards: number; fans: number | null },
  t: BurnInThresholds,
): BurnInVerdict {
  const reasons: string[] = [];
  const hashrateBp = Math.round((m.hashrateGhs * 10_000) / (nominal.hashrateThs * 1000));
  // J/TH = W / (TH/s); × 100 kept as an integer.
  const efficiencyJthX100 =
    m.hashrateGhs > 0 ? Math.round((m.powerW * 100_000) / m.hashrateGhs) : 0;
  if (m.durationMin < t.minDurationMin)
    reasons.push(`ran ${m.durationMin} min, needs ${t.minDurationMin}`);
  if (hashrateBp < t.minHashrateBp)
    reasons.push(`hashrate ${pct(hashrateBp)} of nominal, needs ${pct(t.minHashrateBp)}`);
  if (m.maxChipTempC > t.maxChipTempC)
    reasons.push(`chip temperature ${m.maxChipTempC} °C over ${t.maxChipTempC} °C`);
  const efficiencyBp = Math.round((efficiencyJthX100 * 10_000) / nominal.efficiencyJthX100);
  if (m.hashrateGhs > 0 && efficiencyBp > t.maxEfficiencyBp)
    reasons.push(
      `efficiency ${(efficiencyJthX100 / 100).toFixed(2)} J/TH, ${pct(efficiencyBp)} of nominal, limit ${pct(t.maxEfficiencyBp)}`,
    );
  if ((nominal.fans ?? 0) > 0 && m.minFanRpm < t.minFanRpm)
    reasons.push(`fan at ${m.minFanRpm} RPM, needs ${t.minFanRpm}`);
  if (m.boards.length !== nominal.boards)
    reasons.push(`${m.boards.length} boards answered, ${nominal.boards} expected`);
  for (const b of m.boards) {
    const chipsBp = b.chipsExpected > 0 ? Math.round((b.chipsFound * 10_000) / b.chipsExpected) : 0;
    if (chipsBp < t.minChipsBp)
      reasons.push(
        `board ${b.index}${b.serial ? ` (${b.serial})` : ''}: ${b.chipsFound}/${b.chipsExpected} chips`,
      );
  }
  return { result: reasons.length ? 'fail' : 'pass', reasons, hashrateBp, efficiencyJthX100 };
}

const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

/** First-pass yield: units that passed their first burn-in, over units that had one. */
export function firstPassYield(firstAttempts: readonly { result: 'pass' | 'fail' }[]): {
  tested: number;
  passed: number;
  yieldBp: number | null;
} {
  const tested = firstAttempts.length;
  const passed = firstAttempts.filter((a) => a.result === 'pass').length;
  return { tested, passed, yieldBp: tested ? Math.round((passed * 10_000) / tested) : null };
}

/** The defaults seeded per model; planners and QC edit them per model. */
export const DEFAULT_THRESHOLDS: BurnInThresholds = {
  minHashrateBp: 9_700,
  maxChipTempC: 85,
  maxEfficiencyBp: 10_500,
  minDurationMin: 120,
  minChipsBp: 10_000,
  minFanRpm: 2_000,
};
