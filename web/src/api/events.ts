import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { EventType, ItemList } from './types';

export const eventTypesQueryKey = ['events', 'types'] as const;

export function fetchEventTypes(signal?: AbortSignal) {
  return api.get<ItemList<EventType>>('/events/types', undefined, signal);
}

export function useEventTypes() {
  return useQuery({
    queryKey: eventTypesQueryKey,
    queryFn: ({ signal }) => fetchEventTypes(signal),
    staleTime: 10 * 60_000,
  });
}
