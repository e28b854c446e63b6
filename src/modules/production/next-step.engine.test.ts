import { describe, expect, it } from 'vitest';
import { nextStep, scannedOperations } from './next-step.engine.js';

const routing = ['smt', 'board_test', 'final_assembly', 'burn_in', 'qc_inspection', 'pack'];
const fresh = { installedIn: null, attempts: 0, routing, done: [] as string[] };

describe('next step at a scan', () => {
  it('splits the routing into board and finishing operations', () => {
    expect(scannedOperations(routing)).toEqual({
      board: ['board_test'],
      finishing: ['qc_inspection', 'pack'],
    });
    expect(scannedOperations(['smt', 'final_assembly'])).toEqual({ board: [], finishing: [] });
  });

  it('takes a hashboard through its tests before assembly', () => {
    expect(nextStep({ ...fresh, kind: 'hashboard', status: 'built', done: ['smt'] })).toEqual({
      step: 'operation',
      operation: 'board_test',
      hint: 'Next: board test.',
    });
    expect(
      nextStep({ ...fresh, kind: 'hashboard', status: 'built', done: ['smt', 'board_test'] }).step,
    ).toBe('install_in_unit');
    expect(nextStep({ ...fresh, kind: 'hashboard', status: 'failed' }).step).toBe('rework');
    expect(
      nextStep({ ...fresh, kind: 'hashboard', status: 'installed', installedIn: 'RL-1' }),
    ).toEqual({ step: 'none', hint: 'Installed in RL-1.' });
  });

  it('takes a unit through burn-in, retest and finishing', () => {
    expect(nextStep({ ...fresh, kind: 'unit', status: 'built' }).step).toBe('burn_in');
    expect(nextStep({ ...fresh, kind: 'unit', status: 'failed', attempts: 2 })).toMatchObject({
      step: 'retest',
      hint: expect.stringMatching(/^Failed burn-in 2 time\(s\)/),
    });
    expect(
      nextStep({ ...fresh, kind: 'unit', status: 'passed', done: ['qc_inspection'] }),
    ).toMatchObject({ step: 'operation', operation: 'pack' });
    expect(
      nextStep({ ...fresh, kind: 'unit', status: 'passed', done: ['qc_inspection', 'pack'] }).step,
    ).toBe('finished_goods');
    expect(nextStep({ ...fresh, kind: 'unit', status: 'scrapped' }).step).toBe('none');
  });
});
