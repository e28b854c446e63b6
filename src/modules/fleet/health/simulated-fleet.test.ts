import { describe, expect, it } from 'vitest';
import { SEED_MODELS } from '../../catalog/index.js';
import type { BirthCertificate } from '../../production/index.js';
import { buildMiner, type Fault, type FaultKind, type SimMiner } from '../simulator/index.js';
import { simulatedReading } from '../simulator/sim-reading.js';
import { newMachineHealth, observe, type MachineHealth } from './detect.engine.js';
import { defaultThresholds, type EpisodeChange, type HealthFault } from './health.types.js';
import { observationOf } from './observation.js';

const EPOCH = Date.parse('2026-11-23T00:00:00Z');
const MIN = 60_000;
const models = new Map(SEED_MODELS.map((m) => [m.name, m]));

function judgeOf(m: SimMiner) {
  const model = models.get(m.model)!;
  return {
    thresholds: defaultThresholds(model.cooling),
    shape: { boards: model.boards, chipsPerBoard: model.chipsPerBoard, fans: model.fans },
    // Its burn-in here measured what the simulator takes as its ideal.
    birth: {
      hashrateThs: m.idealGhs / 1000,
      testedAt: EPOCH - 90 * 86_400_000,
      powerW: m.powerW,
      maxChipTempC: 80,
      minFanRpm: 4_200,
      boards: [],
    } satisfies BirthCertificate,
  };
}

/** Polls every miner each minute from `from` for `minutes`; returns the changes by miner. */
function sweep(
  fleet: SimMiner[],
  states: MachineHealth[],
  faults: Map<number, Fault[]>,
  from: number,
  minutes: number,
) {
  const changes = new Map<number, EpisodeChange[]>();
  for (let i = 0; i < minutes; i++) {
    const t = from + i * MIN;
    fleet.forEach((m, k) => {
      const j = judgeOf(m);
      const o = observationOf(simulatedReading(m, faults.get(m.index) ?? [], t));
      const v = observe(states[k]!, o, j.thresholds, j.shape, j.birth);
      if (v.changes.length) changes.set(m.index, [...(changes.get(m.index) ?? []), ...v.changes]);
    });
  }
  return changes;
}

const fleetOf = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => buildMiner({ seed, epochMs: EPOCH }, i));

describe('health detection on a simulated fleet', () => {
  it('opens nothing on 120 healthy miners of every model and firmware over 8 hours', () => {
    const fleet = fleetOf(120, 11);
    expect(new Set(fleet.map((m) => m.model)).size).toBeGreaterThan(4);
    const states = fleet.map(() => newMachineHealth());
    const changes = sweep(fleet, states, new Map(), EPOCH, 8 * 60);
    expect([...changes.entries()]).toEqual([]);
  });

  const cases: { fault: FaultKind; expect: HealthFault; withinMin: number }[] = [
    { fault: 'board_dead', expect: 'board_missing', withinMin: 5 },
    { fault: 'chips_drop', expect: 'chips_low', withinMin: 12 },
    { fault: 'fan_stop', expect: 'fan_stopped', withinMin: 4 },
    { fault: 'overheat', expect: 'chip_overheat', withinMin: 4 },
    { fault: 'offline', expect: 'offline', withinMin: 17 },
    { fault: 'hang', expect: 'offline', withinMin: 17 },
    { fault: 'reboot_loop', expect: 'reboot_loop', withinMin: 16 },
    { fault: 'hashrate_decay', expect: 'below_birth_certificate', withinMin: 150 },
  ];
  for (const c of cases)
    it(`detects ${c.fault} as ${c.expect} within ${c.withinMin} minutes, on every model`, () => {
      // A stopped fan needs a model with fans.
      const fleet = fleetOf(40, 23).filter((m) => c.fault !== 'fan_stop' || m.fans > 0);
      const states = fleet.map(() => newMachineHealth());
      // An hour of health first, then the fault on every miner.
      expect([...sweep(fleet, states, new Map(), EPOCH, 60).keys()]).toEqual([]);
      const start = EPOCH + 60 * MIN;
      const faults = new Map(fleet.map((m) => [m.index, [{ kind: c.fault, since: start }]]));
      const changes = sweep(fleet, states, faults, start, c.withinMin + 1);
      for (const m of fleet) {
        const opened = (changes.get(m.index) ?? []).filter((x) => x.type === 'opened');
        expect(
          opened.map((x) => x.fault),
          `${m.model} ${m.firmware}`,
        ).toContain(c.expect);
      }
    });

  it('opens one episode per fault and resolves it once the fault is gone', () => {
    const fleet = fleetOf(30, 5);
    const states = fleet.map(() => newMachineHealth());
    sweep(fleet, states, new Map(), EPOCH, 30);
    const start = EPOCH + 30 * MIN;
    const faults = new Map(
      fleet.map((m) => [m.index, [{ kind: 'board_dead' as const, since: start, target: 1 }]]),
    );
    const during = sweep(fleet, states, faults, start, 45);
    const after = sweep(fleet, states, new Map(), start + 45 * MIN, 15);
    for (const m of fleet) {
      const all = [...(during.get(m.index) ?? []), ...(after.get(m.index) ?? [])];
      expect(
        all.map((c) => `${c.type} ${c.fault} ${c.part}`),
        m.model,
      ).toEqual(['opened board_missing board:1', 'resolved board_missing board:1']);
    }
  });
});
