import type { RoutingStep, RoutingStepInput } from '../../../api/plantTypes';

/** One routing step as typed: minutes may be '' while retyped. */
export interface StepDraft {
  /** Stable React key. */
  key: number;
  operation: string;
  workCentre: string | null;
  stationMinutes: number | string;
  role: string | null;
  labourMinutes: number | string;
}

let nextKey = 1;

export function stepDraftsOf(steps: readonly RoutingStep[]): StepDraft[] {
  return [...steps].sort((a, b) => a.seq - b.seq).map((step) => ({ ...step, key: nextKey++ }));
}

export function emptyStep(): StepDraft {
  return {
    key: nextKey++,
    operation: '',
    workCentre: null,
    stationMinutes: 0,
    role: null,
    labourMinutes: 0,
  };
}

export function isStepComplete(step: StepDraft): boolean {
  return (
    step.operation.trim() !== '' &&
    step.workCentre !== null &&
    typeof step.stationMinutes === 'number' &&
    typeof step.labourMinutes === 'number'
  );
}

/** The request body, in the editor's order (the server numbers the steps). */
export function stepsOf(drafts: readonly StepDraft[]): RoutingStepInput[] {
  return drafts.map((step) => ({
    operation: step.operation.trim(),
    workCentre: step.workCentre ?? '',
    stationMinutes: typeof step.stationMinutes === 'number' ? step.stationMinutes : 0,
    role: step.role,
    labourMinutes:
      step.role !== null && typeof step.labourMinutes === 'number' ? step.labourMinutes : 0,
  }));
}
