import type { CsvImportResult, CsvKind } from '../../api/csv';

export const CSV_LABELS: Record<CsvKind, string> = {
  parts: 'parts',
  boms: 'BOMs',
  suppliers: 'suppliers',
  'tariff-rows': 'tariff rows',
};

/** How the server applies each kind of file. */
export const CSV_HELP: Record<CsvKind, string> = {
  parts:
    'Rows are keyed by part number: a known part is updated (only the columns in the file), a new number creates a part.',
  boms: 'One line per component. Lines with the same parent and revision make one BOM revision, which is added.',
  suppliers:
    'Rows are keyed by supplier code: a known supplier is updated (only the columns in the file), a new code creates a supplier.',
  'tariff-rows':
    'A row with an id updates that tariff row; a row without one is added, to the scenario named in its scenario column or else to the table in force.',
};

export function describeResult({ created, updated, dryRun }: CsvImportResult): string {
  return dryRun
    ? `Checked: would create ${created}, update ${updated}. Nothing was written.`
    : `${created} created, ${updated} updated.`;
}
