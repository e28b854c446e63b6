import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { HomeResponse } from './types';

export const HOME_REFRESH_MS = 15_000;

export const homeQueryKey = ['home'] as const;

export function fetchHome(signal?: AbortSignal): Promise<HomeResponse> {
  return api.get<HomeResponse>('/home', undefined, signal);
}

export function useHomeCounts() {
  return useQuery({
    queryKey: homeQueryKey,
    queryFn: ({ signal }) => fetchHome(signal),
    refetchInterval: HOME_REFRESH_MS,
  });
}
