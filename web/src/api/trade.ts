import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compactQuery } from './client';
import type {
  BuildVsImport,
  CustomsEntry,
  DutyQuery,
  DutyResult,
  HtsLine,
  RefundExposure,
  TariffRow,
  TariffRowInput,
  TradeScenario,
} from './tradeTypes';
import type { ItemList } from './types';

export interface TariffRowFilters {
  /** Two-letter code; the server also returns the rows for every origin ('*'). */
  origin?: string | null;
  program?: string | null;
  /** Scenario id or name: its overlay rows instead of the table in force. */
  scenario?: string | null;
}

export interface CompareParams {
  model: string;
  date?: string;
  scenario?: string | null;
}

export const tradeQueryKeys = {
  all: ['trade'] as const,
  rows: (filters: TariffRowFilters) => ['trade', 'tariff-rows', compactQuery(filters)] as const,
  scenarios: ['trade', 'scenarios'] as const,
  htsLines: ['trade', 'hts-lines'] as const,
  compare: (params: CompareParams) => ['trade', 'compare', compactQuery(params)] as const,
  entries: ['trade', 'entries'] as const,
  refundExposure: ['trade', 'refund-exposure'] as const,
};

export function fetchTariffRows(filters: TariffRowFilters, signal?: AbortSignal) {
  return api.get<ItemList<TariffRow>>('/trade/tariff-rows', { ...filters }, signal);
}

export function createTariffRow(input: TariffRowInput, scenario?: string | null) {
  const query = scenario ? `?scenario=${encodeURIComponent(scenario)}` : '';
  return api.post<TariffRow>(`/trade/tariff-rows${query}`, input);
}

export function updateTariffRow(id: string, input: Partial<TariffRowInput>) {
  return api.patch<TariffRow>(`/trade/tariff-rows/${encodeURIComponent(id)}`, input);
}

export function fetchScenarios(signal?: AbortSignal) {
  return api.get<ItemList<TradeScenario>>('/trade/scenarios', undefined, signal);
}

export function computeDuty(query: DutyQuery): Promise<DutyResult> {
  return api.post<DutyResult>('/trade/duty', query);
}

export function fetchHtsLines(signal?: AbortSignal) {
  return api.get<ItemList<HtsLine>>('/trade/hts-lines', undefined, signal);
}

export function fetchCompare(params: CompareParams, signal?: AbortSignal) {
  return api.get<BuildVsImport>('/trade/compare', { ...params }, signal);
}

export function fetchCustomsEntries(signal?: AbortSignal) {
  return api.get<ItemList<CustomsEntry>>('/trade/entries', undefined, signal);
}

export function fetchRefundExposure(signal?: AbortSignal) {
  return api.get<RefundExposure>('/trade/refund-exposure', undefined, signal);
}

export function useTariffRows(filters: TariffRowFilters, enabled = true) {
  return useQuery({
    queryKey: tradeQueryKeys.rows(filters),
    queryFn: ({ signal }) => fetchTariffRows(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTradeScenarios() {
  return useQuery({
    queryKey: tradeQueryKeys.scenarios,
    queryFn: ({ signal }) => fetchScenarios(signal),
    staleTime: 60_000,
  });
}

export function useHtsLines() {
  return useQuery({
    queryKey: tradeQueryKeys.htsLines,
    queryFn: ({ signal }) => fetchHtsLines(signal),
    staleTime: 5 * 60_000,
  });
}

/** Build vs import for one model; idle until a model is chosen. */
export function useBuildVsImport(params: CompareParams | null) {
  return useQuery({
    queryKey: tradeQueryKeys.compare(params ?? { model: '' }),
    queryFn: ({ signal }) => fetchCompare(params!, signal),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}

export function useCustomsEntries() {
  return useQuery({
    queryKey: tradeQueryKeys.entries,
    queryFn: ({ signal }) => fetchCustomsEntries(signal),
  });
}

export function useRefundExposure() {
  return useQuery({
    queryKey: tradeQueryKeys.refundExposure,
    queryFn: ({ signal }) => fetchRefundExposure(signal),
  });
}

export function useComputeDuty() {
  return useMutation({ mutationFn: computeDuty });
}

/** Any tariff change moves duties, timelines and comparisons: refresh all trade data. */
export function useCreateTariffRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, scenario }: { input: TariffRowInput; scenario?: string | null }) =>
      createTariffRow(input, scenario),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tradeQueryKeys.all }),
  });
}

export function useUpdateTariffRow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: Partial<TariffRowInput> }) =>
      updateTariffRow(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tradeQueryKeys.all }),
  });
}
