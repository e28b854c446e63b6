import type { BenchComponent, RetestInput } from '../../../api/depotTypes';

/** A number field as Mantine gives it: a number, or '' while empty. */
export type NumberField = number | string;

export interface RetestBoardDraft {
  serial: string;
  hashrateThs: NumberField;
  chipsFound: NumberField;
  chipsExpected: NumberField;
  maxChipTempC: NumberField;
}

export interface RetestDraft {
  durationMin: NumberField;
  /** Empty: the sum of the boards. */
  hashrateThs: NumberField;
  powerW: NumberField;
  maxChipTempC: NumberField;
  minFanRpm: NumberField;
  boards: RetestBoardDraft[];
}

/**
 * As many board rows as the model has boards; serials from the machine's genealogy where it
 * was built here (in order), chips expected from the model. Measurements start empty: they are
 * read off the test rig, never assumed.
 */
export function retestDraftFor(
  boards: number,
  components: BenchComponent[],
  chipsPerBoard: number | null,
): RetestDraft {
  const serials = components
    .filter((c) => c.kind === 'hashboard' && c.serial)
    .map((c) => c.serial!);
  return {
    durationMin: '',
    hashrateThs: '',
    powerW: '',
    maxChipTempC: '',
    minFanRpm: '',
    boards: Array.from({ length: boards }, (_, index) => ({
      serial: serials[index] ?? '',
      hashrateThs: '',
      chipsFound: '',
      chipsExpected: chipsPerBoard ?? '',
      maxChipTempC: '',
    })),
  };
}

const num = (value: NumberField) => (typeof value === 'number' ? value : NaN);
/** TH/s as typed → integer GH/s as recorded. */
const ghs = (ths: number) => Math.round(ths * 1000);

export function boardsHashrateThs(draft: RetestDraft): number {
  return draft.boards.reduce((sum, b) => sum + (num(b.hashrateThs) || 0), 0);
}

/** The test to send, or null while a measurement is missing. */
export function toRetestInput(draft: RetestDraft): RetestInput | null {
  const boards = draft.boards.map((b, index) => ({
    index,
    serial: b.serial.trim() || null,
    hashrateGhs: ghs(num(b.hashrateThs)),
    chipsFound: num(b.chipsFound),
    chipsExpected: num(b.chipsExpected),
    maxChipTempC: num(b.maxChipTempC),
  }));
  const unitThs = draft.hashrateThs === '' ? boardsHashrateThs(draft) : num(draft.hashrateThs);
  const input: RetestInput = {
    durationMin: num(draft.durationMin),
    hashrateGhs: ghs(unitThs),
    powerW: num(draft.powerW),
    maxChipTempC: num(draft.maxChipTempC),
    minFanRpm: num(draft.minFanRpm),
    boards,
  };
  const values = [
    input.durationMin,
    input.hashrateGhs,
    input.powerW,
    input.maxChipTempC,
    input.minFanRpm,
    ...boards.flatMap((b) => [b.hashrateGhs, b.chipsFound, b.chipsExpected, b.maxChipTempC]),
  ];
  return values.every(Number.isFinite) ? input : null;
}
