import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { serviceQueryKeys } from './service';
import type { ServiceAnalytics } from './serviceAnalyticsTypes';

export interface AnalyticsRange {
  from: string;
  to: string;
}

/** Turnaround, SLA, first-time fix, repeats and failure Pareto over the range; idle while empty. */
export function useServiceAnalytics(range: AnalyticsRange) {
  return useQuery({
    queryKey: serviceQueryKeys.analytics(range),
    queryFn: ({ signal }) => api.get<ServiceAnalytics>('/service/analytics', { ...range }, signal),
    placeholderData: keepPreviousData,
    enabled: range.from !== '' && range.to !== '',
  });
}
