import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { refreshService, serviceQueryKeys } from './service';
import type {
  BenchStep,
  BenchStepInputs,
  BenchStepResult,
  BenchUnit,
  DepotItem,
  DepotReceipt,
} from './depotTypes';
import { supplyQueryKeys } from './supply';
import type { ItemList } from './types';

const enc = encodeURIComponent;

export function fetchDepotBoard(signal?: AbortSignal) {
  return api.get<ItemList<DepotItem>>('/depot/board', undefined, signal);
}

/** A machine on the bench, by its RMA line id or its serial. */
export function fetchBenchUnit(key: string, signal?: AbortSignal) {
  return api.get<BenchUnit>(`/depot/units/${enc(key)}`, undefined, signal);
}

export function receiveAtDepot(input: { serial: string; note?: string }) {
  return api.post<DepotReceipt>('/depot/receive', input);
}

export function postBenchStep<S extends BenchStep>(key: string, step: S, body: BenchStepInputs[S]) {
  return api.post<BenchStepResult>(`/depot/units/${enc(key)}/${step}`, body);
}

/** The board reads SLA clocks that tick: refresh it every minute while it is open. */
export function useDepotBoard() {
  return useQuery({
    queryKey: serviceQueryKeys.board,
    queryFn: ({ signal }) => fetchDepotBoard(signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useBenchUnit(key: string) {
  return useQuery({
    queryKey: serviceQueryKeys.bench(key),
    queryFn: ({ signal }) => fetchBenchUnit(key, signal),
  });
}

export function useReceiveAtDepot() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveAtDepot,
    onSuccess: () => refreshService(queryClient),
  });
}

export interface BenchStepVariables<S extends BenchStep = BenchStep> {
  step: S;
  body: BenchStepInputs[S];
}

/** One bench step on one machine; a part swap also moves depot stock. */
export function useBenchStep(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: BenchStepVariables) => postBenchStep(key, step, body),
    onSuccess: (_result, { step }) =>
      Promise.all([
        refreshService(queryClient),
        step === 'parts'
          ? queryClient.invalidateQueries({ queryKey: supplyQueryKeys.all })
          : undefined,
      ]),
  });
}
