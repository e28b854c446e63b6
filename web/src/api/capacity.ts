import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CapacityQuery,
  CapacityReport,
  Ramp,
  RampPhase,
  WhatIfInput,
  WhatIfReport,
} from './capacityTypes';
import { api, compactQuery } from './client';
import type { ItemList } from './types';

/** Capacity and the ramp follow the build plan, the plant and the workforce. */
export const capacityQueryKeys = {
  all: ['capacity'] as const,
  report: (query: CapacityQuery) => ['capacity', 'report', compactQuery(query)] as const,
  ramp: ['capacity', 'ramp'] as const,
};

export function fetchCapacity(query: CapacityQuery, signal?: AbortSignal) {
  return api.get<CapacityReport>('/plan/capacity', { ...query }, signal);
}

/** The report with headcount targets changed, and the base verdicts; nothing is saved. */
export function runWhatIf(input: WhatIfInput) {
  return api.post<WhatIfReport>('/plan/capacity/what-if', input);
}

/** From the first phase's start to 13 weeks past today. */
export function fetchRamp(signal?: AbortSignal) {
  return api.get<Ramp>('/plan/ramp', undefined, signal);
}

/** Replaces every phase. */
export function saveRampPhases(phases: RampPhase[]) {
  return api.put<ItemList<RampPhase>>('/plan/ramp-phases', { phases });
}

export function useCapacity(query: CapacityQuery) {
  return useQuery({
    queryKey: capacityQueryKeys.report(query),
    queryFn: ({ signal }) => fetchCapacity(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWhatIf() {
  return useMutation({ mutationFn: runWhatIf });
}

export function useRamp() {
  return useQuery({
    queryKey: capacityQueryKeys.ramp,
    queryFn: ({ signal }) => fetchRamp(signal),
  });
}

export function useSaveRampPhases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveRampPhases,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: capacityQueryKeys.ramp }),
  });
}
