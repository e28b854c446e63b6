import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from './client';
import type { AuditEntry, Page } from './types';

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Epoch milliseconds, inclusive. */
  from?: number;
  /** Epoch milliseconds, inclusive. */
  to?: number;
}

const AUDIT_PAGE_SIZE = 50;

export const auditQueryKeys = {
  all: ['audit'] as const,
  list: (filters: AuditFilters) => ['audit', 'list', filters] as const,
};

export function fetchAudit(
  filters: AuditFilters & { limit?: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get<Page<AuditEntry>>('/audit', { ...filters }, signal);
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: auditQueryKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchAudit({ ...filters, limit: AUDIT_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}
