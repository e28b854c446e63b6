import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step.engine.js';

describe('next step at a scan', () => {
  it('sends each kind and state where it goes next', () => {
    expect(
      nextStep({ kind: 'hashboard', status: 'built', installedIn: null, attempts: 0 }).step,
    ).toBe('install_in_unit');
    expect(
      nextStep({ kind: 'hashboard', status: 'installed', installedIn: 'RL-1', attempts: 0 }),
    ).toEqual({ step: 'none', hint: 'Installed in RL-1.' });
    expect(nextStep({ kind: 'unit', status: 'built', installedIn: null, attempts: 0 }).step).toBe(
      'burn_in',
    );
    expect(nextStep({ kind: 'unit', status: 'failed', installedIn: null, attempts: 2 })).toEqual({
      step: 'retest',
      hint: 'Failed burn-in 2 time(s): repair, then record a new run.',
    });
    expect(nextStep({ kind: 'unit', status: 'passed', installedIn: null, attempts: 1 }).step).toBe(
      'finished_goods',
    );
  });
});
