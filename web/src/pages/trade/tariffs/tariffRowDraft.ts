import type { TariffRow, TariffRowInput } from '../../../api/tradeTypes';

/** The tariff row form as typed: text fields, the rate in percent. */
export interface TariffRowDraft {
  program: string;
  htsPrefix: string;
  origin: string;
  ratePercent: number | string;
  effectiveFrom: string;
  effectiveTo: string;
  voidedOn: string;
  legalReference: string;
  note: string;
  uncertain: boolean;
}

export const TARIFF_ROW_FIELDS = [
  'program',
  'htsPrefix',
  'origin',
  'rateBp',
  'effectiveFrom',
  'effectiveTo',
  'voidedOn',
  'legalReference',
  'note',
  'uncertain',
] as const;

export const EMPTY_DRAFT: TariffRowDraft = {
  program: '',
  htsPrefix: '',
  origin: '',
  ratePercent: '',
  effectiveFrom: '',
  effectiveTo: '',
  voidedOn: '',
  legalReference: '',
  note: '',
  uncertain: false,
};

export function draftOf(row: TariffRow): TariffRowDraft {
  return {
    program: row.program,
    htsPrefix: row.htsPrefix,
    origin: row.origin,
    ratePercent: row.rateBp / 100,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo ?? '',
    voidedOn: row.voidedOn ?? '',
    legalReference: row.legalReference ?? '',
    note: row.note ?? '',
    uncertain: row.uncertain,
  };
}

const orNull = (value: string) => value.trim() || null;

/** The request body; empty optional fields are sent as null (they clear the value on edit). */
export function inputOf(draft: TariffRowDraft): TariffRowInput {
  const percent = typeof draft.ratePercent === 'number' ? draft.ratePercent : NaN;
  return {
    program: draft.program.trim(),
    htsPrefix: draft.htsPrefix.trim(),
    origin: draft.origin.trim().toUpperCase(),
    rateBp: Math.round(percent * 100),
    effectiveFrom: draft.effectiveFrom,
    effectiveTo: orNull(draft.effectiveTo),
    voidedOn: orNull(draft.voidedOn),
    legalReference: orNull(draft.legalReference),
    note: orNull(draft.note),
    uncertain: draft.uncertain,
  };
}

export function isComplete(draft: TariffRowDraft): boolean {
  return (
    draft.program.trim() !== '' &&
    draft.origin.trim() !== '' &&
    typeof draft.ratePercent === 'number' &&
    draft.effectiveFrom !== ''
  );
}
