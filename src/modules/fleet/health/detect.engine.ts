import type { BirthCertificate } from '../../production/index.js';
import {
  THIRD_PARTY_FIRMWARES,
  type EpisodeChange,
  type EvidenceFinding,
  type EvidenceKind,
  type HealthFault,
  type HealthThresholds,
  type ModelShape,
  type Observation,
} from './health.types.js';

/**
 * Health detection over one machine's polls, with hysteresis: a condition must hold for its
 * threshold's time before an episode opens, and be absent for `clearAfterS` before it resolves;
 * an over-temperature clears only below the limit less a margin. What a poll cannot tell (board
 * conditions while the machine is offline, rates while the chains ramp up after a boot) leaves
 * the condition as it was.
 *
 * No I/O. The machine's state is advanced in place: a sweep of 31,145 machines cannot afford
 * copying each.
 */

export interface Condition {
  fault: HealthFault;
  part: string;
  since: number;
  clearSince: number | null;
  open: boolean;
  worst: number;
  threshold: number;
  /** The worst value last reported, and when (updates are sent on worsening or hourly). */
  reported: number;
  reportedAt: number;
  /** Recorded as warranty evidence already (over-temperature). */
  evidenced: boolean;
}

export interface MachineHealth {
  conditions: Map<string, Condition>;
  lastOnlineAt: number | null;
  /** Boot time as last derived from uptime, and the reboots seen within the loop window. */
  bootAt: number | null;
  reboots: number[];
  /** Smoothed hash rate (15 minutes) for the birth-certificate comparison, and its warm-up. */
  smoothThs: number | null;
  smoothAt: number;
  warmS: number;
  /** Most chips each board has answered with: the expected count where none is published. */
  chipsSeen: number[];
  /** Evidence last recorded, by kind: what it was and when (refreshed daily). */
  evidence: Partial<Record<EvidenceKind, { key: string; at: number }>>;
}

export function newMachineHealth(): MachineHealth {
  return {
    conditions: new Map(),
    lastOnlineAt: null,
    bootAt: null,
    reboots: [],
    smoothThs: null,
    smoothAt: 0,
    warmS: 0,
    chipsSeen: [],
    evidence: {},
  };
}

/** Puts back an episode that was open when the process stopped (its clock starts again). */
export function restoreEpisode(
  state: MachineHealth,
  e: { fault: HealthFault; part: string; since: number; worst: number; threshold: number },
  at: number,
) {
  state.conditions.set(`${e.fault}|${e.part}`, {
    ...e,
    clearSince: null,
    open: true,
    reported: e.worst,
    reportedAt: at,
    evidenced: e.fault === 'chip_overheat',
  });
}

const HIGHER_IS_WORSE: Record<HealthFault, boolean> = {
  board_missing: false,
  chips_low: false,
  board_rate_low: false,
  chip_overheat: true,
  fan_stopped: false,
  offline: true,
  below_birth_certificate: false,
  reboot_loop: true,
};
/** How much worse than last reported an open episode must get to be reported again. */
const WORSE_STEP: Record<HealthFault, number> = {
  board_missing: 1,
  chips_low: 1,
  board_rate_low: 500,
  chip_overheat: 2,
  fan_stopped: 1,
  offline: Number.POSITIVE_INFINITY,
  below_birth_certificate: 200,
  reboot_loop: 1,
};
const REFRESH_MS = 3_600_000;
const EVIDENCE_REFRESH_MS = 86_400_000;
const SMOOTH_TAU_S = 900;
const SMOOTH_WARM_S = 600;
/** Uptime read at different polls gives boot times a few seconds apart: not a reboot. */
const BOOT_SLACK_MS = 60_000;

const KEYS = new Map<string, string>();
function keyOf(fault: HealthFault, part: string): string {
  const k = fault + part;
  let key = KEYS.get(k);
  if (key === undefined) {
    key = `${fault}|${part}`;
    KEYS.set(k, key);
  }
  return key;
}
const BOARD_PARTS: string[] = [];
const boardPart = (i: number) => (BOARD_PARTS[i] ??= `board:${i}`);
const FAN_PARTS: string[] = [];
const fanPart = (i: number) => (FAN_PARTS[i] ??= `fan:${i}`);

class Step {
  readonly changes: EpisodeChange[] = [];
  constructor(
    readonly state: MachineHealth,
    private readonly at: number,
    private readonly clearMs: number,
  ) {}

  /** One condition's verdict this poll: present, absent, or null (this poll cannot tell). */
  judge(
    fault: HealthFault,
    part: string,
    present: boolean | null,
    value: number,
    threshold: number,
    afterS: number,
    since = this.at,
  ): Condition | undefined {
    if (present === null) return undefined;
    const key = keyOf(fault, part);
    let c = this.state.conditions.get(key);
    const at = this.at;
    if (!present) {
      if (!c) return undefined;
      if (!c.open) this.state.conditions.delete(key);
      else {
        c.clearSince ??= at;
        if (at - c.clearSince >= this.clearMs) {
          this.state.conditions.delete(key);
          this.changes.push({ type: 'resolved', fault, part, at });
        }
      }
      return undefined;
    }
    if (!c) {
      c = {
        fault,
        part,
        since: Math.min(since, at),
        clearSince: null,
        open: false,
        worst: value,
        threshold,
        reported: value,
        reportedAt: at,
        evidenced: false,
      };
      this.state.conditions.set(key, c);
    }
    c.clearSince = null;
    const higher = HIGHER_IS_WORSE[fault];
    if (higher ? value > c.worst : value < c.worst) c.worst = value;
    if (!c.open) {
      if (at - c.since >= afterS * 1000) {
        c.open = true;
        c.reported = c.worst;
        c.reportedAt = at;
        this.changes.push({
          type: 'opened',
          fault,
          part,
          since: c.since,
          at,
          value: c.worst,
          threshold,
        });
      }
    } else if (
      Math.abs(c.worst - c.reported) >= WORSE_STEP[fault] ||
      at - c.reportedAt >= REFRESH_MS
    ) {
      c.reported = c.worst;
      c.reportedAt = at;
      this.changes.push({ type: 'updated', fault, part, at, value, worst: c.worst });
    }
    return c;
  }
}

export interface Verdict {
  changes: EpisodeChange[];
  evidence: EvidenceFinding[];
}

/** Judges one poll of one machine against its model's thresholds and its birth certificate. */
export function observe(
  state: MachineHealth,
  o: Observation,
  t: HealthThresholds,
  shape: ModelShape,
  birth: BirthCertificate | null,
): Verdict {
  const at = o.at;
  const step = new Step(state, at, t.clearAfterS * 1000);
  const evidence: EvidenceFinding[] = [];

  const offlineSince = state.lastOnlineAt ?? at;
  step.judge(
    'offline',
    'machine',
    !o.online,
    o.online ? 0 : Math.round((at - offlineSince) / 1000),
    t.offlineAfterS,
    t.offlineAfterS,
    offlineSince,
  );
  if (!o.online) return { changes: step.changes, evidence };
  state.lastOnlineAt = at;

  // Reboots: a boot time (now less uptime) later than the one seen before.
  if (o.uptimeS !== null) {
    const bootAt = at - o.uptimeS * 1000;
    if (state.bootAt !== null && bootAt > state.bootAt + BOOT_SLACK_MS) state.reboots.push(bootAt);
    state.bootAt = bootAt;
  }
  const windowStart = at - t.rebootLoopWindowS * 1000;
  while (state.reboots.length && state.reboots[0]! < windowStart) state.reboots.shift();
  step.judge(
    'reboot_loop',
    'machine',
    state.reboots.length >= t.rebootLoopCount,
    state.reboots.length,
    t.rebootLoopCount,
    0,
  );
  const ramping = o.uptimeS !== null && o.uptimeS < t.rampS;

  judgeBoards(step, o, t, shape, ramping, evidence, state.chipsSeen);

  // Fans: a model with fans whose reading lists them; a stopped fan reads 0.
  if (shape.fans !== 0)
    for (let i = 0; i < o.fansRpm.length; i++)
      step.judge(
        'fan_stopped',
        fanPart(i),
        o.fansRpm[i] === 0,
        o.fansRpm[i]!,
        0,
        t.fanStoppedAfterS,
      );

  // The unit's own birth certificate, against a 15-minute smoothed rate.
  if (birth && birth.hashrateThs > 0 && !ramping && o.hashrateThs !== null) {
    const dtS = state.smoothThs === null ? 0 : Math.max(0, (at - state.smoothAt) / 1000);
    if (state.smoothThs === null || dtS > 2 * SMOOTH_TAU_S) {
      state.smoothThs = o.hashrateThs;
      state.warmS = 0;
    } else {
      state.smoothThs += (1 - Math.exp(-dtS / SMOOTH_TAU_S)) * (o.hashrateThs - state.smoothThs);
      state.warmS += dtS;
    }
    state.smoothAt = at;
    if (state.warmS >= SMOOTH_WARM_S) {
      const bp = Math.round((state.smoothThs * 10_000) / birth.hashrateThs);
      step.judge(
        'below_birth_certificate',
        'machine',
        bp < 10_000 - t.birthRateDropBp && !boardExplains(state),
        bp,
        10_000 - t.birthRateDropBp,
        t.birthRateAfterS,
      );
    }
  }

  if (THIRD_PARTY_FIRMWARES.has(o.firmware))
    record(state, evidence, at, 'unofficial_firmware', `${o.firmware} ${o.firmwareVersion ?? ''}`, {
      value: null,
      detail: `runs ${o.firmware} firmware${o.firmwareVersion ? ` ${o.firmwareVersion}` : ''}, not the maker's`,
    });
  if (t.maxFreqMhz > 0) {
    let freq = 0;
    for (const b of o.boards) if (b.freqMhz !== null && b.freqMhz > freq) freq = b.freqMhz;
    if (freq > t.maxFreqMhz)
      record(state, evidence, at, 'overclocked', String(Math.round(freq)), {
        value: Math.round(freq),
        detail: `boards clocked at ${Math.round(freq)} MHz, above the model's ${t.maxFreqMhz} MHz`,
      });
  }
  return { changes: step.changes, evidence };
}

function judgeBoards(
  step: Step,
  o: Observation,
  t: HealthThresholds,
  shape: ModelShape,
  ramping: boolean,
  evidence: EvidenceFinding[],
  chipsSeen: number[],
) {
  // A reading without boards (a firmware that did not list them) says nothing about boards.
  if (o.boards.length === 0) return;
  let slots = shape.boards ?? 0;
  for (const b of o.boards) if (b.index >= slots) slots = b.index + 1;
  for (let i = 0; i < slots; i++) {
    const b = o.boards.find((x) => x.index === i);
    const part = boardPart(i);
    const chips = b?.chips ?? 0;
    const seen = chipsSeen[i] ?? 0;
    if (!ramping && chips > seen) chipsSeen[i] = chips;
    const expected = b?.chipsExpected ?? shape.chipsPerBoard ?? (seen > 0 ? seen : null);
    // Chains are found and brought up one by one after a boot: only temperatures count then.
    const missing = ramping ? null : chips === 0;
    step.judge('board_missing', part, missing, chips, expected ?? 0, t.boardMissingAfterS);
    const chipsLow = chips > 0 && expected !== null && chips < expected;
    step.judge(
      'chips_low',
      part,
      ramping ? null : chipsLow,
      chips,
      expected ?? 0,
      t.chipsLowAfterS,
    );
    // A board short of chips hashes less for that reason: one fault, not two.
    const rateBp =
      b && chips > 0 && b.idealThs ? Math.round((b.rateThs * 10_000) / b.idealThs) : null;
    step.judge(
      'board_rate_low',
      part,
      ramping || (rateBp === null && chips > 0)
        ? null
        : rateBp !== null && rateBp < t.boardRateLowBp && !chipsLow,
      rateBp ?? 0,
      t.boardRateLowBp,
      t.boardRateLowAfterS,
    );
    if (b && b.chipTempMaxC !== null) {
      const open = step.judge(
        'chip_overheat',
        part,
        b.chipTempMaxC >
          t.chipTempMaxC - (isOpen(step, 'chip_overheat', part) ? t.chipTempClearMarginC : 0),
        b.chipTempMaxC,
        t.chipTempMaxC,
        t.chipTempAfterS,
      );
      if (open && !open.evidenced && o.at - open.since >= t.overTempEvidenceS * 1000) {
        open.evidenced = true;
        evidence.push({
          kind: 'over_temperature',
          at: o.at,
          value: open.worst,
          detail: `board ${i} chips over ${t.chipTempMaxC} °C for ${Math.round((o.at - open.since) / 60_000)} min (up to ${open.worst} °C)`,
        });
      }
    }
  }
}

const BOARD_FAULTS: ReadonlySet<HealthFault> = new Set(['board_missing', 'chips_low']);
/** A board or chips missing (open or building up) explains a machine short of its burn-in rate. */
function boardExplains(state: MachineHealth): boolean {
  for (const c of state.conditions.values()) if (BOARD_FAULTS.has(c.fault)) return true;
  return false;
}

function isOpen(step: Step, fault: HealthFault, part: string): boolean {
  return step.state.conditions.get(keyOf(fault, part))?.open === true;
}

/** Evidence is recorded when it first shows, when it changes, and once a day while it lasts. */
function record(
  state: MachineHealth,
  evidence: EvidenceFinding[],
  at: number,
  kind: EvidenceKind,
  key: string,
  f: { value: number | null; detail: string },
) {
  const last = state.evidence[kind];
  if (last && last.key === key && at - last.at < EVIDENCE_REFRESH_MS) return;
  state.evidence[kind] = { key, at };
  evidence.push({ kind, at, ...f });
}
