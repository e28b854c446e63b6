import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { capacityQueryKeys } from './capacity';
import { api } from './client';
import type {
  BuildPlan,
  BuildPlanCell,
  BuildPlanQuery,
  DraftPurchaseOrdersResult,
  MrpRun,
} from './planningTypes';
import { isApiError } from './problem';
import { supplyQueryKeys } from './supply';

const enc = encodeURIComponent;

/** The problem code of `GET /plan/mrp-runs/latest` before MRP was ever run. */
export const MRP_RUN_NOT_FOUND = 'PRODUCTION_MRP_RUN_NOT_FOUND';

export const planningQueryKeys = {
  buildPlans: ['planning', 'build-plan'] as const,
  buildPlan: (query: BuildPlanQuery) => ['planning', 'build-plan', query] as const,
  runs: ['planning', 'mrp-runs'] as const,
  run: (id: string) => ['planning', 'mrp-runs', id] as const,
};

export function fetchBuildPlan(query: BuildPlanQuery, signal?: AbortSignal) {
  return api.get<BuildPlan>('/plan/build-plan', { ...query }, signal);
}

export function saveBuildPlan(cells: BuildPlanCell[]) {
  return api.put<{ updated: number }>('/plan/build-plan', { cells });
}

export function runMrp(weeks: number) {
  return api.post<MrpRun>('/plan/mrp-runs', { weeks });
}

/** A run by id, or `latest`. */
export function fetchMrpRun(id: string, signal?: AbortSignal) {
  return api.get<MrpRun>(`/plan/mrp-runs/${enc(id)}`, undefined, signal);
}

/** Planned purchases of a run (the listed ones, or all) as draft POs, one per supplier. */
export function draftPurchaseOrders(runId: string, orders?: string[]) {
  return api.post<DraftPurchaseOrdersResult>(
    `/plan/mrp-runs/${enc(runId)}/draft-purchase-orders`,
    orders ? { orders } : {},
  );
}

export function useBuildPlan(query: BuildPlanQuery) {
  return useQuery({
    queryKey: planningQueryKeys.buildPlan(query),
    queryFn: ({ signal }) => fetchBuildPlan(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The newest MRP run; `data` is null (not an error) while MRP has never been run. */
export function useLatestMrpRun() {
  return useQuery({
    queryKey: planningQueryKeys.run('latest'),
    queryFn: async ({ signal }) => {
      try {
        return await fetchMrpRun('latest', signal);
      } catch (error) {
        if (isApiError(error) && error.code === MRP_RUN_NOT_FOUND) return null;
        throw error;
      }
    },
    // A run is large and changes only when its purchases are drafted (which refreshes it).
    staleTime: 60_000,
  });
}

/** Capacity and the ramp are judged against the plan: they refresh with it. */
export function useSaveBuildPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveBuildPlan,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planningQueryKeys.buildPlans }),
        queryClient.invalidateQueries({ queryKey: capacityQueryKeys.all }),
      ]),
  });
}

/** A new run becomes the latest at once. */
export function useRunMrp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runMrp,
    onSuccess: (run) => {
      queryClient.setQueryData(planningQueryKeys.run('latest'), run);
      queryClient.setQueryData(planningQueryKeys.run(run.id), run);
    },
  });
}

/** Drafting marks the run's orders with their POs and adds POs to the supply lists. */
export function useDraftPurchaseOrders(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orders?: string[]) => draftPurchaseOrders(runId, orders),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: planningQueryKeys.runs }),
        queryClient.invalidateQueries({ queryKey: supplyQueryKeys.all }),
      ]),
  });
}
