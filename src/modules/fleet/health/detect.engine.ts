import type { BirthCertificate } from '../../production/index.js';
import { boardPart, fanPart, keyOf, Step, type MachineHealth } from './hysteresis.js';
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

const EVIDENCE_REFRESH_MS = 86_400_000;
const SMOOTH_TAU_S = 900;
const SMOOTH_WARM_S = 600;
/** Uptime read at different polls gives boot times a few seconds apart: not a reboot. */
const BOOT_SLACK_MS = 60_000;

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
  const conditions = step.state.conditions;
  return conditions.size > 0 && conditions.get(keyOf(fault, part))?.open === true;
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

export {
  newMachineHealth,
  restoreEpisode,
  type Condition,
  type MachineHealth,
} from './hysteresis.js';
