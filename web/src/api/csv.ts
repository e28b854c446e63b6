import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { catalogQueryKeys } from './catalog';
import { buildUrl, api } from './client';
import { supplyQueryKeys } from './supply';
import { tradeQueryKeys } from './trade';
import type { Role } from './types';

/** The kinds of records the server offers as CSV (/api/v1/csv/<kind>). */
export type CsvKind = 'parts' | 'boms' | 'suppliers' | 'tariff-rows';

export interface CsvImportResult {
  created: number;
  updated: number;
  dryRun: boolean;
}

/** Who may import each kind, as the server checks it (admins pass every check). */
export const CSV_IMPORTERS: Record<CsvKind, readonly Role[]> = {
  parts: ['planner', 'buyer', 'production'],
  boms: ['planner', 'buyer', 'production'],
  suppliers: ['buyer', 'trade'],
  'tariff-rows': ['trade'],
};

/** What an import may change: parts and BOMs also move costs and build-vs-import comparisons. */
const AFFECTED: Record<CsvKind, readonly QueryKey[]> = {
  parts: [catalogQueryKeys.all, supplyQueryKeys.all, tradeQueryKeys.all],
  boms: [catalogQueryKeys.all, tradeQueryKeys.all],
  suppliers: [supplyQueryKeys.all],
  'tariff-rows': [tradeQueryKeys.all],
};

const csvPath = (kind: CsvKind) => `/csv/${kind}`;

/** The download address; the session cookie makes a plain link work. */
export function csvExportUrl(kind: CsvKind): string {
  return buildUrl(csvPath(kind));
}

/** Imports a file all or nothing; `dryRun` only checks it. Refused files throw CSV_INVALID. */
export function importCsv(kind: CsvKind, text: string, dryRun: boolean) {
  return api.postText<CsvImportResult>(csvPath(kind), text, 'text/csv', {
    dryRun: dryRun ? 'true' : undefined,
  });
}

export function useCsvImport(kind: CsvKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importCsv(kind, await file.text(), dryRun),
    onSuccess: (result) =>
      result.dryRun
        ? undefined
        : Promise.all(
            AFFECTED[kind].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
          ),
  });
}
