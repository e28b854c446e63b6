import { skipToken, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type {
  TraceQuery,
  TraceResult,
  Unit,
  WorkOrderDetail,
  WorkOrderStatus,
  WorkOrderSummary,
  YieldRow,
} from './productionTypes';

const enc = encodeURIComponent;

export const productionQueryKeys = {
  all: ['production'] as const,
  workOrders: (status: WorkOrderStatus | null) => ['production', 'work-orders', status] as const,
  workOrder: (number: string) => ['production', 'work-order', number] as const,
  unit: (serial: string) => ['production', 'unit', serial] as const,
  trace: (query: TraceQuery) => ['production', 'trace', query] as const,
  yield: (from: string, to: string) => ['production', 'yield', from, to] as const,
};

export function fetchWorkOrders(status: WorkOrderStatus | null, signal?: AbortSignal) {
  return api.get<{ items: WorkOrderSummary[] }>('/production/work-orders', { status }, signal);
}

/** A work order by number (or id) with its units and hashboards. */
export function fetchWorkOrder(number: string, signal?: AbortSignal) {
  return api.get<WorkOrderDetail>(`/production/work-orders/${enc(number)}`, undefined, signal);
}

/** A unit or hashboard: genealogy and burn-in record. */
export function fetchUnit(serial: string, signal?: AbortSignal) {
  return api.get<Unit>(`/production/units/${enc(serial)}`, undefined, signal);
}

/** The units containing a lot or a component serial. */
export function fetchTrace(query: TraceQuery, signal?: AbortSignal) {
  return api.get<TraceResult>('/production/trace', { [query.by]: query.value }, signal);
}

export function fetchYield(from: string, to: string, signal?: AbortSignal) {
  return api.get<{ items: YieldRow[] }>('/production/yield', { from, to }, signal);
}

export function useWorkOrders(status: WorkOrderStatus | null) {
  return useQuery({
    queryKey: productionQueryKeys.workOrders(status),
    queryFn: ({ signal }) => fetchWorkOrders(status, signal),
    select: (data) => data.items,
  });
}

export function useWorkOrder(number: string) {
  return useQuery({
    queryKey: productionQueryKeys.workOrder(number),
    queryFn: ({ signal }) => fetchWorkOrder(number, signal),
  });
}

export function useUnit(serial: string) {
  return useQuery({
    queryKey: productionQueryKeys.unit(serial),
    queryFn: ({ signal }) => fetchUnit(serial, signal),
  });
}

/** Runs only once there is something to look for. */
export function useTrace(query: TraceQuery | null) {
  return useQuery({
    queryKey: productionQueryKeys.trace(query ?? { by: 'lot', value: '' }),
    queryFn: query ? ({ signal }) => fetchTrace(query, signal) : skipToken,
  });
}

export function useYield(from: string, to: string) {
  return useQuery({
    queryKey: productionQueryKeys.yield(from, to),
    queryFn: ({ signal }) => fetchYield(from, to, signal),
    select: (data) => data.items,
  });
}
