import type { BoardReading, UnitComponent } from '../../../api/productionTypes';
import type { BurnInInput } from '../../../api/shopFloorTypes';

/** A number field as Mantine gives it: a number, or '' while empty. */
export type NumberField = number | string;

export interface BoardDraft {
  serial: string | null;
  hashrateThs: NumberField;
  chipsFound: NumberField;
  chipsExpected: NumberField;
  maxChipTempC: NumberField;
}

export interface BurnInDraft {
  durationMin: NumberField;
  /** Empty: the sum of the boards. */
  hashrateThs: NumberField;
  powerW: NumberField;
  maxChipTempC: NumberField;
  minFanRpm: NumberField;
  boards: BoardDraft[];
}

/** One row per hashboard installed in the unit, in genealogy order; chips expected prefilled. */
export function draftFor(components: UnitComponent[], chipsPerBoard: number | null): BurnInDraft {
  const boards = components.filter((c) => c.builtHere && c.serial);
  return {
    durationMin: '',
    hashrateThs: '',
    powerW: '',
    maxChipTempC: '',
    minFanRpm: '',
    boards: boards.map((board) => ({
      serial: board.serial,
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

export function boardsHashrateThs(draft: BurnInDraft): number {
  return draft.boards.reduce((sum, b) => sum + (num(b.hashrateThs) || 0), 0);
}

/** The run to send, or null while a measurement is missing. */
export function toBurnInInput(draft: BurnInDraft, station: string): BurnInInput | null {
  const boards: BoardReading[] = draft.boards.map((b, index) => ({
    index,
    serial: b.serial,
    hashrateGhs: ghs(num(b.hashrateThs)),
    chipsFound: num(b.chipsFound),
    chipsExpected: num(b.chipsExpected),
    maxChipTempC: num(b.maxChipTempC),
  }));
  const unitThs = draft.hashrateThs === '' ? boardsHashrateThs(draft) : num(draft.hashrateThs);
  const input: BurnInInput = {
    durationMin: num(draft.durationMin),
    hashrateGhs: ghs(unitThs),
    powerW: num(draft.powerW),
    maxChipTempC: num(draft.maxChipTempC),
    minFanRpm: num(draft.minFanRpm),
    station: station || undefined,
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
