import type { EpisodeChange, EvidenceKind, HealthFault } from './health.types.js';

/**
 * Hysteresis of health conditions: the state a machine carries between polls and the step
 * that moves one condition on (building up, open, clearing, resolved), reporting the changes.
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

const KEYS = new Map<string, string>();
export function keyOf(fault: HealthFault, part: string): string {
  const k = fault + part;
  let key = KEYS.get(k);
  if (key === undefined) {
    key = `${fault}|${part}`;
    KEYS.set(k, key);
  }
  return key;
}
const BOARD_PARTS: string[] = [];
export const boardPart = (i: number) => (BOARD_PARTS[i] ??= `board:${i}`);
const FAN_PARTS: string[] = [];
export const fanPart = (i: number) => (FAN_PARTS[i] ??= `fan:${i}`);

export class Step {
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
    // A healthy machine (the usual case) has no conditions: nothing to look up.
    if (present === null || (!present && this.state.conditions.size === 0)) return undefined;
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
