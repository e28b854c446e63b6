import { describe, expect, it } from 'vitest';
import { newMachineHealth, observe, type MachineHealth } from './detect.engine.js';
import type { BirthCertificate } from '../../production/index.js';
import {
  defaultThresholds,
  type EpisodeChange,
  type EvidenceFinding,
  type Observation,
  type ObservedBoard,
} from './health.types.js';

const T0 = Date.parse('2026-11-23T12:00:00Z');
const MIN = 60_000;
const shape = { boards: 3, chipsPerBoard: 108, fans: 4 };
const th = defaultThresholds('air');
const birth: BirthCertificate = {
  hashrateThs: 200,
  testedAt: T0 - 30 * 86_400_000,
  powerW: 3500,
  maxChipTempC: 80,
  minFanRpm: 4_200,
  boards: [0, 1, 2].map((index) => ({
    index,
    serial: null,
    hashrateThs: 66.7,
    chips: 108,
    maxChipTempC: 80,
  })),
};

function board(index: number, over: Partial<ObservedBoard> = {}): ObservedBoard {
  return {
    index,
    chips: 108,
    chipsExpected: 108,
    rateThs: 66.7,
    idealThs: 66.7,
    chipTempMaxC: 78,
    freqMhz: 500,
    ...over,
  };
}

function healthy(at: number, over: Partial<Observation> = {}): Observation {
  return {
    at,
    online: true,
    uptimeS: Math.floor((at - (T0 - 86_400_000)) / 1000),
    hashrateThs: 200,
    firmware: 'stock',
    firmwareVersion: '2.0.0',
    boards: [board(0), board(1), board(2)],
    fansRpm: [5000, 5010, 4990, 5020],
    ...over,
  };
}

/** Polls every minute from `from` for `minutes`, collecting what the engine reports. */
function run(
  state: MachineHealth,
  from: number,
  minutes: number,
  poll: (at: number, i: number) => Observation,
  cert: BirthCertificate | null = birth,
  thresholds = th,
) {
  const changes: EpisodeChange[] = [];
  const evidence: EvidenceFinding[] = [];
  for (let i = 0; i < minutes; i++) {
    const v = observe(state, poll(from + i * MIN, i), thresholds, shape, cert);
    changes.push(...v.changes);
    evidence.push(...v.evidence);
  }
  return { changes, evidence };
}

const opened = (c: EpisodeChange[]) => c.filter((x) => x.type === 'opened');

describe('health detection', () => {
  it('reports nothing on a healthy machine with noisy figures over a day', () => {
    const s = newMachineHealth();
    const { changes, evidence } = run(s, T0, 24 * 60, (at, i) =>
      healthy(at, {
        hashrateThs: 200 * (1 + 0.03 * Math.sin(i)),
        boards: [0, 1, 2].map((b) =>
          board(b, { rateThs: 66.7 * (1 + 0.05 * Math.cos(i + b)), chipTempMaxC: 80 + (i % 7) }),
        ),
      }),
    );
    expect(changes).toEqual([]);
    expect(evidence).toEqual([]);
  });

  it('opens a missing board only after its threshold and resolves it after the clear time', () => {
    const s = newMachineHealth();
    const dead = (at: number) => healthy(at, { boards: [board(0), board(2)] });
    const first = run(s, T0, 3, dead); // 0, 1, 2 minutes
    expect(first.changes).toEqual([]);
    const then = run(s, T0 + 3 * MIN, 1, dead);
    expect(opened(then.changes)).toMatchObject([
      { fault: 'board_missing', part: 'board:1', since: T0, value: 0, threshold: 108 },
    ]);
    // Back for 4 minutes: still open; the fifth minute of absence resolves it.
    const back = run(s, T0 + 4 * MIN, 6, (at) => healthy(at));
    expect(back.changes).toEqual([
      { type: 'resolved', fault: 'board_missing', part: 'board:1', at: T0 + 9 * MIN },
    ]);
  });

  it('a board short of chips is one fault, not also a low-rate board', () => {
    const s = newMachineHealth();
    const { changes } = run(s, T0, 30, (at) =>
      healthy(at, { boards: [board(0), board(1, { chips: 70, rateThs: 43 }), board(2)] }),
    );
    expect(opened(changes).map((c) => [c.fault, c.part])).toEqual([['chips_low', 'board:1']]);
  });

  it('opens a low-rate board after Z and ignores the ramp after a boot', () => {
    const s = newMachineHealth();
    const slow = (at: number) =>
      healthy(at, { boards: [board(0), board(1, { rateThs: 40 }), board(2)] });
    expect(opened(run(s, T0, 15, slow).changes)).toEqual([]);
    expect(opened(run(s, T0 + 15 * MIN, 1, slow).changes)).toMatchObject([
      { fault: 'board_rate_low', part: 'board:1', value: 5997 },
    ]);
    // A slow board judged at once: only the ramp after a boot keeps it from opening.
    const atOnce = { ...th, boardRateLowAfterS: 0 };
    const bootedAt = T0 - 30_000;
    const rampingUp = (at: number) =>
      healthy(at, {
        uptimeS: Math.floor((at - bootedAt) / 1000),
        boards: [board(0), board(1, { rateThs: 5 }), board(2)],
      });
    const r = newMachineHealth();
    expect(run(r, T0, 4, rampingUp, birth, atOnce).changes).toEqual([]);
    expect(opened(run(r, T0 + 5 * MIN, 1, rampingUp, birth, atOnce).changes)).toMatchObject([
      { fault: 'board_rate_low', part: 'board:1' },
    ]);
  });

  it('clears an over-temperature only below the limit less its margin, and records evidence', () => {
    const s = newMachineHealth();
    const temp = (c: number) => (at: number) =>
      healthy(at, { boards: [board(0, { chipTempMaxC: c }), board(1), board(2)] });
    const hot = run(s, T0, 40, temp(99));
    expect(opened(hot.changes)).toMatchObject([{ fault: 'chip_overheat', at: T0 + 2 * MIN }]);
    expect(hot.evidence).toMatchObject([{ kind: 'over_temperature', value: 99 }]);
    // 92 °C is under the 95 °C limit but above 90: still hot, nothing resolves.
    expect(run(s, T0 + 40 * MIN, 20, temp(92)).changes).toEqual([]);
    const cool = run(s, T0 + 60 * MIN, 6, temp(85));
    expect(cool.changes).toMatchObject([{ type: 'resolved', fault: 'chip_overheat' }]);
  });

  it('counts offline from the last poll online and holds board faults meanwhile', () => {
    const s = newMachineHealth();
    run(s, T0, 5, (at) => healthy(at, { boards: [board(0), board(2)] }));
    const down = run(s, T0 + 5 * MIN, 20, (at) => ({ ...healthy(at), online: false, boards: [] }));
    expect(opened(down.changes)).toMatchObject([
      { fault: 'offline', since: T0 + 4 * MIN, at: T0 + 19 * MIN },
    ]);
    expect(down.changes.filter((c) => c.fault === 'board_missing')).toEqual([]);
    expect(s.conditions.get('board_missing|board:1')?.open).toBe(true);
  });

  it('sees a reboot loop from uptime going back', () => {
    const s = newMachineHealth();
    const { changes } = run(s, T0, 30, (at, i) => healthy(at, { uptimeS: 30 + (i % 4) * 60 }));
    expect(opened(changes)).toMatchObject([{ fault: 'reboot_loop', value: 3 }]);
  });

  it('compares the smoothed rate with the unit’s burn-in rate', () => {
    const s = newMachineHealth();
    const low = (at: number) => healthy(at, { hashrateThs: 170 });
    const { changes } = run(s, T0, 120, low);
    const open = opened(changes);
    expect(open).toMatchObject([{ fault: 'below_birth_certificate', threshold: 9000 }]);
    expect(open[0]!.value).toBeLessThan(9000);
    // Without a birth certificate (not built here) there is nothing to compare with.
    expect(run(newMachineHealth(), T0, 120, low, null).changes).toEqual([]);
  });

  it('opens a stopped fan per fan and records third-party firmware once a day', () => {
    const s = newMachineHealth();
    const { changes, evidence } = run(s, T0, 5, (at) =>
      healthy(at, { fansRpm: [5000, 0, 5000, 5000], firmware: 'luxos', firmwareVersion: '2025.3' }),
    );
    expect(opened(changes)).toMatchObject([{ fault: 'fan_stopped', part: 'fan:1' }]);
    expect(evidence).toMatchObject([{ kind: 'unofficial_firmware' }]);
    expect(evidence).toHaveLength(1);
  });

  it('records overclocking only when the model has a frequency limit', () => {
    const fast = (at: number) => healthy(at, { boards: [board(0, { freqMhz: 700 })] });
    const s = newMachineHealth();
    expect(observe(s, fast(T0), th, shape, birth).evidence).toEqual([]);
    const limited = { ...th, maxFreqMhz: 600 };
    expect(observe(s, fast(T0 + MIN), limited, shape, birth).evidence).toMatchObject([
      { kind: 'overclocked', value: 700 },
    ]);
  });
});
