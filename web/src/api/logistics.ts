import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { buildUrl, compactQuery, api } from './client';
import type {
  CustomsHoldRow,
  InstalledBase,
  LaneRisk,
  LogisticsKpis,
  ReceiptInput,
  ReceiptResult,
  ShipmentDetail,
  ShipmentDocument,
  ShipmentInput,
  ShipmentKind,
  ShipmentStatus,
  ShipmentStep,
  ShipmentStepInputs,
  ShipmentSummary,
} from './logisticsTypes';
import { salesQueryKeys } from './sales';
import type { ItemList } from './types';

export interface ShipmentFilters {
  status?: ShipmentStatus | null;
  kind?: ShipmentKind | null;
  /** Sales order number or id. */
  order?: string | null;
  /** Customer code or id. */
  customer?: string | null;
}

export interface InstalledBaseFilters {
  /** Site code. */
  site?: string | null;
  serial?: string | null;
  /** Customer code (staff). */
  customer?: string | null;
  limit?: number | null;
}

export interface KpiRange {
  from: string;
  to: string;
}

const enc = encodeURIComponent;

/** Shipments, holds and KPIs move together: one prefix refreshes the whole section. */
export const logisticsQueryKeys = {
  all: ['logistics'] as const,
  shipments: (filters: ShipmentFilters) =>
    ['logistics', 'shipments', compactQuery(filters)] as const,
  shipment: (key: string) => ['logistics', 'shipment', key] as const,
  holds: (openOnly: boolean) => ['logistics', 'holds', openOnly] as const,
  laneRisk: ['logistics', 'lane-risk'] as const,
  installedBase: (filters: InstalledBaseFilters) =>
    ['logistics', 'installed-base', compactQuery(filters)] as const,
  kpis: (range: KpiRange) => ['logistics', 'kpis', range] as const,
};

export function fetchShipments(filters: ShipmentFilters, signal?: AbortSignal) {
  return api.get<ItemList<ShipmentSummary>>('/shipments', { ...filters }, signal);
}

export function fetchShipment(key: string, signal?: AbortSignal) {
  return api.get<ShipmentDetail>(`/shipments/${enc(key)}`, undefined, signal);
}

export function createShipment(input: ShipmentInput) {
  return api.post<ShipmentDetail>('/shipments', input);
}

export function postShipmentStep<S extends ShipmentStep>(
  key: string,
  step: S,
  body: ShipmentStepInputs[S],
) {
  return api.post<ShipmentDetail>(`/shipments/${enc(key)}/${step}`, body);
}

export function receiveShipment(key: string, input: ReceiptInput) {
  return api.post<ReceiptResult>(`/shipments/${enc(key)}/receipts`, input);
}

/** Links the browser downloads (the session cookie goes with them). */
export const shipmentDocumentUrl = (key: string, document: ShipmentDocument) =>
  buildUrl(`/shipments/${enc(key)}/documents/${document}`);
export const shipmentSerialsCsvUrl = (key: string) =>
  buildUrl(`/shipments/${enc(key)}/serials.csv`);

export function useShipments(filters: ShipmentFilters, enabled = true) {
  return useQuery({
    queryKey: logisticsQueryKeys.shipments(filters),
    queryFn: ({ signal }) => fetchShipments(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useShipment(key: string) {
  return useQuery({
    queryKey: logisticsQueryKeys.shipment(key),
    queryFn: ({ signal }) => fetchShipment(key, signal),
  });
}

export function useCustomsHolds(openOnly: boolean) {
  return useQuery({
    queryKey: logisticsQueryKeys.holds(openOnly),
    queryFn: ({ signal }) =>
      api.get<ItemList<CustomsHoldRow>>('/customs-holds', { open: openOnly || null }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLaneRisk() {
  return useQuery({
    queryKey: logisticsQueryKeys.laneRisk,
    queryFn: ({ signal }) => api.get<ItemList<LaneRisk>>('/logistics/lane-risk', undefined, signal),
  });
}

export function useInstalledBase(filters: InstalledBaseFilters, enabled = true) {
  return useQuery({
    queryKey: logisticsQueryKeys.installedBase(filters),
    queryFn: ({ signal }) => api.get<InstalledBase>('/installed-base', { ...filters }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Idle while the range is incomplete (the server needs both ends). */
export function useLogisticsKpis(range: KpiRange) {
  return useQuery({
    queryKey: logisticsQueryKeys.kpis(range),
    queryFn: ({ signal }) => api.get<LogisticsKpis>('/logistics/kpis', { ...range }, signal),
    placeholderData: keepPreviousData,
    enabled: Boolean(range.from && range.to),
  });
}

/** Shipping and delivering move the order too (shipped and delivered quantities, status). */
const refreshAfterShipping = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: logisticsQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: salesQueryKeys.all }),
  ]);

export function useCreateShipment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShipment,
    onSuccess: () => refreshAfterShipping(queryClient),
  });
}

export interface StepVariables<S extends ShipmentStep = ShipmentStep> {
  step: S;
  body: ShipmentStepInputs[S];
}

/** One customs or carrier step; the answer is the shipment as it now stands. */
export function useShipmentStep(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: StepVariables) => postShipmentStep(key, step, body),
    onSuccess: (shipment) => {
      queryClient.setQueryData(logisticsQueryKeys.shipment(key), shipment);
      return refreshAfterShipping(queryClient);
    },
  });
}

export function useReceiveShipment(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReceiptInput) => receiveShipment(key, input),
    onSuccess: () => refreshAfterShipping(queryClient),
  });
}
