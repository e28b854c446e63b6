import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api, buildUrl, compactQuery } from './client';
import { logisticsQueryKeys } from './logistics';
import type {
  FaultCode,
  RmaAction,
  RmaActionInputs,
  RmaAttachment,
  RmaDetail,
  RmaInput,
  RmasOpened,
  RmaStatus,
  RmaSummary,
  ServiceTier,
  WarrantyDetail,
  WarrantyLookup,
} from './serviceTypes';
import type { ItemList } from './types';

export interface RmaFilters {
  status?: RmaStatus | null;
  /** Customer code (staff). */
  customer?: string | null;
  /** Only RMAs with a machine past its SLA. */
  breaching?: boolean | null;
  limit?: number | null;
}

const enc = encodeURIComponent;

/** Warranty, RMAs and the depot move together: one prefix refreshes the whole section. */
export const serviceQueryKeys = {
  all: ['service'] as const,
  warranty: (serial: string) => ['service', 'warranty', serial] as const,
  policies: ['service', 'policies'] as const,
  faultCodes: ['service', 'fault-codes'] as const,
  tiers: ['service', 'tiers'] as const,
  settings: ['service', 'settings'] as const,
  rmas: (filters: RmaFilters) => ['service', 'rmas', compactQuery(filters)] as const,
  rma: (key: string) => ['service', 'rma', key] as const,
  board: ['service', 'depot', 'board'] as const,
  bench: (key: string) => ['service', 'depot', 'unit', key] as const,
  // Field work and the refurbished pool follow RMAs (an RMA's machines become a visit's, a
  // replacement ships from the pool): under the same prefix, one refresh covers them.
  technicians: ['service', 'field', 'technicians'] as const,
  visits: (filters: object) => ['service', 'field', 'visits', compactQuery(filters)] as const,
  visit: (key: string) => ['service', 'field', 'visit', key] as const,
  dispatch: ['service', 'field', 'dispatch'] as const,
  onsite: ['service', 'field', 'onsite'] as const,
  refurbPool: ['service', 'refurb-pool'] as const,
  analytics: (range: object) => ['service', 'analytics', range] as const,
};

export function fetchWarranty(serial: string, signal?: AbortSignal) {
  return api.get<WarrantyDetail>(`/warranty/${enc(serial)}`, undefined, signal);
}

export function lookupWarranty(serials: string[]) {
  return api.post<WarrantyLookup>('/warranty/lookup', { serials });
}

export function fetchRmas(filters: RmaFilters, signal?: AbortSignal) {
  // The server reads `breaching=true`; leaving it out lists every RMA.
  const query = { ...filters, breaching: filters.breaching ? 'true' : null };
  return api.get<ItemList<RmaSummary>>('/rmas', query, signal);
}

export function fetchRma(key: string, signal?: AbortSignal) {
  return api.get<RmaDetail>(`/rmas/${enc(key)}`, undefined, signal);
}

export function openRmas(input: RmaInput) {
  return api.post<RmasOpened>('/rmas', input);
}

/** Opens RMAs from a CSV of serial, fault_code, note; a refused file throws CSV_INVALID. */
export function importRmas(text: string, customer: string | null) {
  return api.postText<RmasOpened>('/rmas/import', text, 'text/csv', { customer });
}

export function postRmaAction<A extends RmaAction>(
  key: string,
  action: A,
  body: RmaActionInputs[A],
) {
  return api.post<RmaDetail>(`/rmas/${enc(key)}/${action}`, body);
}

export function uploadAttachment(key: string, file: File, contentType: string) {
  return api.postFile<RmaAttachment>(`/rmas/${enc(key)}/attachments`, file, contentType, {
    name: file.name,
  });
}

/** The download link; the session cookie goes with it. */
export const attachmentUrl = (id: string) => buildUrl(`/attachments/${enc(id)}`);

export function useWarranty(serial: string) {
  return useQuery({
    queryKey: serviceQueryKeys.warranty(serial),
    queryFn: ({ signal }) => fetchWarranty(serial, signal),
  });
}

/** A look-up of many serials is an answer to a question, not a cached list: a mutation. */
export function useWarrantyLookup() {
  return useMutation({ mutationFn: lookupWarranty });
}

export function useFaultCodes() {
  return useQuery({
    queryKey: serviceQueryKeys.faultCodes,
    queryFn: ({ signal }) =>
      api.get<ItemList<FaultCode>>('/service/fault-codes', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useServiceTiers() {
  return useQuery({
    queryKey: serviceQueryKeys.tiers,
    queryFn: ({ signal }) => api.get<ItemList<ServiceTier>>('/service/tiers', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useRmas(filters: RmaFilters) {
  return useQuery({
    queryKey: serviceQueryKeys.rmas(filters),
    queryFn: ({ signal }) => fetchRmas(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRma(key: string) {
  return useQuery({
    queryKey: serviceQueryKeys.rma(key),
    queryFn: ({ signal }) => fetchRma(key, signal),
  });
}

/** RMA parcels are booked in logistics: its lists move too. */
export const refreshService = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: serviceQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: logisticsQueryKeys.all }),
  ]);

export function useOpenRmas() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openRmas, onSuccess: () => refreshService(queryClient) });
}

export function useImportRmas() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, customer }: { file: File; customer: string | null }) =>
      importRmas(await file.text(), customer),
    onSuccess: () => refreshService(queryClient),
  });
}

export interface RmaActionVariables<A extends RmaAction = RmaAction> {
  action: A;
  body: RmaActionInputs[A];
}

/** One action on the RMA; the answer is the RMA as it now stands. */
export function useRmaAction(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: RmaActionVariables) => postRmaAction(key, action, body),
    onSuccess: (rma) => {
      queryClient.setQueryData(serviceQueryKeys.rma(key), rma);
      return refreshService(queryClient);
    },
  });
}

export function useUploadAttachment(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType }: { file: File; contentType: string }) =>
      uploadAttachment(key, file, contentType),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.rma(key) }),
  });
}

/** Lift a void found wrong: it stays on record, no longer in force. */
export function useLiftVoid() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post<{ id: string; serial: string; lifted: boolean }>(`/warranty/voids/${enc(id)}/lift`, {
        note,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.all }),
  });
}

/** Void a machine's warranty, citing one of its policy's exclusions and the evidence. */
export function useVoidWarranty(serial: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reason: string; evidence: string }) =>
      api.post<{ id: string; serial: string; reason: string }>(
        `/warranty/${enc(serial)}/voids`,
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.all }),
  });
}
