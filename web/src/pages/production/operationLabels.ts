import type { OperationOutcome } from '../../api/productionTypes';

/** Words of operation codes shown in capitals. */
const ACRONYMS = new Set(['smt', 'qc', 'aoi', 'ict']);

/** "board_test" → "Board test", "qc_inspection" → "QC inspection": an operation as shown. */
export function operationLabel(operation: string): string {
  const words = operation
    .split('_')
    .filter(Boolean)
    .map((word) => (ACRONYMS.has(word.toLowerCase()) ? word.toUpperCase() : word));
  const label = words.join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export const OUTCOME_LABELS: Record<OperationOutcome, string> = {
  done: 'Done',
  failed: 'Failed',
  scrapped: 'Scrapped',
  reworked: 'Reworked',
};

export const OUTCOME_COLORS: Record<OperationOutcome, string> = {
  done: 'green',
  failed: 'red',
  scrapped: 'gray',
  reworked: 'orange',
};
