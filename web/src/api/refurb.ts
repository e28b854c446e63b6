import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RefurbGrade, RefurbInput, RefurbUnit } from './fieldTypes';
import { refreshService, serviceQueryKeys } from './service';
import type { RmaStatus } from './serviceTypes';
import type { ItemList } from './types';

const enc = encodeURIComponent;

/** Refurbished machines kept to ship ahead of repairs, available and shipped. */
export function useRefurbPool() {
  return useQuery({
    queryKey: serviceQueryKeys.refurbPool,
    queryFn: ({ signal }) =>
      api.get<ItemList<RefurbUnit>>('/service/refurb-pool', undefined, signal),
  });
}

export function useAddRefurb() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RefurbInput) =>
      api.post<Pick<RefurbUnit, 'serial' | 'model' | 'grade' | 'status'>>(
        '/service/refurb-pool',
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.refurbPool }),
  });
}

/**
 * A repaired machine whose customer kept the replacement joins the pool instead of going back:
 * its RMA line closes, so the whole section moves.
 */
export function useToPool(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (grade: RefurbGrade) =>
      api.post<{ status: RmaStatus; serial: string; pool: boolean }>(
        `/depot/units/${enc(unitId)}/to-pool`,
        { grade },
      ),
    onSuccess: () => refreshService(queryClient),
  });
}
