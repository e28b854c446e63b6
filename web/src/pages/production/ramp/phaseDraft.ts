import type { RampPhase } from '../../../api/capacityTypes';
import { addDaysIso } from '../../../lib/isoDates';

/** One phase as typed in the editor: the target may be '' while retyped. */
export interface PhaseDraft {
  /** Stable React key. */
  key: number;
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  targetPerWeek: number | string;
  note: string;
}

let nextKey = 1;

export function phaseDraftsOf(phases: readonly RampPhase[]): PhaseDraft[] {
  return phases.map((phase) => ({ ...phase, key: nextKey++, note: phase.note ?? '' }));
}

/** A new phase starting the day after the last one ends. */
export function nextPhaseDraft(last: PhaseDraft | undefined): PhaseDraft {
  return {
    key: nextKey++,
    code: '',
    name: '',
    startsOn: last?.endsOn ? addDaysIso(last.endsOn, 1) : '',
    endsOn: '',
    targetPerWeek: last?.targetPerWeek ?? '',
    note: '',
  };
}

/** Shown under "Ends" before saving: a phase cannot end before it starts. */
export function endsError(draft: PhaseDraft): string | undefined {
  return draft.startsOn && draft.endsOn && draft.endsOn < draft.startsOn
    ? 'Ends before it starts'
    : undefined;
}

export function isPhaseComplete(draft: PhaseDraft): boolean {
  return (
    endsError(draft) === undefined &&
    draft.code.trim() !== '' &&
    draft.name.trim() !== '' &&
    draft.startsOn !== '' &&
    draft.endsOn !== '' &&
    typeof draft.targetPerWeek === 'number'
  );
}

/** The request body: every phase, in the editor's order. */
export function phasesOf(drafts: readonly PhaseDraft[]): RampPhase[] {
  return drafts.map((draft) => ({
    code: draft.code.trim(),
    name: draft.name.trim(),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    targetPerWeek: typeof draft.targetPerWeek === 'number' ? draft.targetPerWeek : 0,
    note: draft.note.trim() || null,
  }));
}
