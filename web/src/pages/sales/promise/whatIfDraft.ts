import type { PromiseChange, PromiseWhatIfInput } from '../../../api/promiseTypes';
import type { SupplySource } from '../../../api/salesTypes';

/** The what-if form as typed: numbers may be '' while empty. */
export interface WhatIfDraft {
  /** Tariff scenario name; null for the tariffs in force. */
  scenario: string | null;
  /** US plant capacity, percent of the build plan. */
  capacityPct: number | string;
  /** Source code held at customs; null for no hold. */
  holdSource: string | null;
  holdProbabilityPct: number | string;
  holdP50Days: number | string;
  holdP90Days: number | string;
}

export const EMPTY_WHAT_IF: WhatIfDraft = {
  scenario: null,
  capacityPct: 100,
  holdSource: null,
  holdProbabilityPct: '',
  holdP50Days: '',
  holdP90Days: '',
};

/**
 * A hold tried on a source starts from certain inspection with the source's own delays, the
 * usual "everything from this lane is held" question; the user narrows it from there.
 */
export function withHoldSource(draft: WhatIfDraft, source: SupplySource | undefined): WhatIfDraft {
  if (!source) return { ...draft, holdSource: null };
  return {
    ...draft,
    holdSource: source.code,
    holdProbabilityPct: 100,
    holdP50Days: source.holdP50Days,
    holdP90Days: source.holdP90Days,
  };
}

const isNumber = (value: number | string): value is number => typeof value === 'number';

/** What is wrong with the draft, by field, for messages next to the inputs. */
export function whatIfProblems(draft: WhatIfDraft): Partial<Record<keyof WhatIfDraft, string>> {
  const problems: Partial<Record<keyof WhatIfDraft, string>> = {};
  if (!isNumber(draft.capacityPct)) problems.capacityPct = 'A percentage, 100 as planned';
  if (draft.holdSource === null) return problems;
  if (!isNumber(draft.holdProbabilityPct)) problems.holdProbabilityPct = 'Required';
  if (!isNumber(draft.holdP50Days)) problems.holdP50Days = 'Required';
  if (!isNumber(draft.holdP90Days)) problems.holdP90Days = 'Required';
  else if (isNumber(draft.holdP50Days) && draft.holdP90Days < draft.holdP50Days)
    problems.holdP90Days = 'At least the median';
  return problems;
}

export function whatIfInputOf(draft: WhatIfDraft): PromiseWhatIfInput {
  const input: PromiseWhatIfInput = {};
  if (draft.scenario) input.scenario = draft.scenario;
  if (isNumber(draft.capacityPct) && draft.capacityPct !== 100)
    input.usCapacityBp = Math.round(draft.capacityPct * 100);
  if (draft.holdSource)
    input.holds = [
      {
        source: draft.holdSource,
        risk: {
          probabilityBp: Math.round(Number(draft.holdProbabilityPct) * 100),
          p50Days: Number(draft.holdP50Days),
          p90Days: Number(draft.holdP90Days),
        },
      },
    ];
  return input;
}

/** A line moved when its date, cost or shortfall changed (or it had no promise before). */
export function hasMoved(change: PromiseChange): boolean {
  return (
    change.p50ShiftDays !== 0 ||
    change.p90ShiftDays !== 0 ||
    change.landedCostDeltaCents !== 0 ||
    change.unpromisedDelta !== 0
  );
}
