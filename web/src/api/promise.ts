import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  OrderPromise,
  PromiseRunInput,
  PromiseRunResult,
  PromiseWhatIfInput,
  PromiseWhatIfResult,
} from './promiseTypes';
import { salesQueryKeys } from './sales';

const enc = encodeURIComponent;

/** Under the sales prefix: a new order, a confirmation or a run all refresh promises. */
export const promiseQueryKeys = {
  order: (key: string) => ['sales', 'promise', 'order', key] as const,
  /** The answer of the last run started from this browser (the API has no "latest run" read). */
  lastRun: ['sales', 'promise', 'last-run'] as const,
};

/** How often an open order without a promise looks again: a run may be under way. */
const UNPROMISED_REFRESH_MS = 15_000;

export function fetchOrderPromise(key: string, signal?: AbortSignal) {
  return api.get<OrderPromise>(`/sales-orders/${enc(key)}/promise`, undefined, signal);
}

/** Re-promises every open line and keeps the answer (takes a second or more). */
export function runPromise(input: PromiseRunInput) {
  return api.post<PromiseRunResult>('/promise/runs', input);
}

/** The book promised under changed conditions; nothing is saved. */
export function runPromiseWhatIf(input: PromiseWhatIfInput) {
  return api.post<PromiseWhatIfResult>('/promise/what-if', input);
}

/**
 * The latest promise of one order. An open order none of whose lines is promised yet looks again
 * now and then, so a re-promise started elsewhere (or by the server) shows without a reload.
 */
export function useOrderPromise(key: string, open: boolean) {
  return useQuery({
    queryKey: promiseQueryKeys.order(key),
    queryFn: ({ signal }) => fetchOrderPromise(key, signal),
    refetchInterval: (query) =>
      open && query.state.data?.lines.length === 0 ? UNPROMISED_REFRESH_MS : false,
  });
}

/** The last run's answer, kept while the app is open; undefined until a run is made. */
export function useLastPromiseRun() {
  return useQuery<PromiseRunResult>({
    queryKey: promiseQueryKeys.lastRun,
    queryFn: () => Promise.reject(new Error('Only a run fills this in')),
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function useRunPromise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runPromise,
    onSuccess: async (result) => {
      queryClient.setQueryData(promiseQueryKeys.lastRun, result);
      // Every order's promise moved; the run itself is not refetched (it has no read).
      await queryClient.invalidateQueries({
        queryKey: salesQueryKeys.all,
        predicate: (query) => query.queryKey[2] !== 'last-run',
      });
    },
  });
}

export function usePromiseWhatIf() {
  return useMutation({ mutationFn: runPromiseWhatIf });
}
