import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  DispatchInput,
  DispatchPlan,
  OnsiteCandidates,
  Technician,
  TechnicianInput,
  UnitResultInput,
  VisitDetail,
  VisitInput,
  VisitPartUsed,
  VisitResult,
  VisitStatus,
  VisitSummary,
} from './fieldTypes';
import { homeQueryKey } from './home';
import { refreshService, serviceQueryKeys } from './service';
import type { RmaAttachment } from './serviceTypes';
import { supplyQueryKeys } from './supply';
import type { ItemList } from './types';

export interface VisitFilters {
  status?: VisitStatus | null;
  /** The signed-in technician's visits, in route order. */
  mine?: boolean | null;
  /** Technician code. */
  technician?: string | null;
}

const enc = encodeURIComponent;

/** Staff only: idle while `enabled` is false (a customer reading its visit). */
export function useTechnicians(enabled = true) {
  return useQuery({
    queryKey: serviceQueryKeys.technicians,
    queryFn: ({ signal }) => api.get<ItemList<Technician>>('/field/technicians', undefined, signal),
    enabled,
  });
}

/** Visits in route order (scheduled day, then stop); a customer reads its own. */
export function useVisits(filters: VisitFilters, enabled = true) {
  // The server reads `mine=true`; leaving it out lists every visit.
  const query = { ...filters, mine: filters.mine ? 'true' : null };
  return useQuery({
    queryKey: serviceQueryKeys.visits(filters),
    queryFn: ({ signal }) => api.get<ItemList<VisitSummary>>('/field/visits', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One visit, by id or number. */
export function useVisit(key: string) {
  return useQuery({
    queryKey: serviceQueryKeys.visit(key),
    queryFn: ({ signal }) => api.get<VisitDetail>(`/field/visits/${enc(key)}`, undefined, signal),
  });
}

/** The latest dispatch run (null before the first). */
export function useLatestDispatch() {
  return useQuery({
    queryKey: serviceQueryKeys.dispatch,
    queryFn: ({ signal }) =>
      api.get<DispatchPlan | null>('/field/dispatch/latest', undefined, signal),
  });
}

export function useOnsiteCandidates() {
  return useQuery({
    queryKey: serviceQueryKeys.onsite,
    queryFn: ({ signal }) =>
      api.get<OnsiteCandidates>('/field/onsite-candidates', undefined, signal),
  });
}

/** Visits and the home page's "visits today" move with every change of field work. */
function useFieldMutation<V, R>(run: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () =>
      Promise.all([
        refreshService(queryClient),
        queryClient.invalidateQueries({ queryKey: homeQueryKey }),
      ]),
  });
}

export const useSetTechnician = () =>
  useFieldMutation(({ code, input }: { code: string; input: TechnicianInput }) =>
    api.put<Technician>(`/field/technicians/${enc(code)}`, input),
  );

/** Work longer than a day comes back as several visits. */
export const usePlanVisits = () =>
  useFieldMutation((input: VisitInput) => api.post<ItemList<VisitDetail>>('/field/visits', input));

/**
 * More machines of the site on a visit still planned and not given to a technician: its time,
 * skills and kit are worked out again, and the answer is the visit as it is now.
 */
export function useAddVisitUnits(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (units: VisitInput['units']) =>
      api.post<VisitDetail>(`/field/visits/${enc(key)}/units`, { units }),
    onSuccess: (visit) => {
      queryClient.setQueryData(serviceQueryKeys.visit(key), visit);
      // The lists show each visit's machines and time.
      return queryClient.invalidateQueries({ queryKey: ['service', 'field', 'visits'] });
    },
  });
}

/**
 * Plan the coming days: a preview, or (`apply`) schedule the visits as planned. The answer is
 * the latest run now, so it is shown at once.
 */
export function useRunDispatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DispatchInput) => api.post<DispatchPlan>('/field/dispatch', input),
    onSuccess: (plan) => {
      queryClient.setQueryData(serviceQueryKeys.dispatch, plan);
      if (!plan.applied) return;
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['service', 'field', 'visits'] }),
        queryClient.invalidateQueries({ queryKey: ['service', 'field', 'visit'] }),
        queryClient.invalidateQueries({ queryKey: homeQueryKey }),
      ]);
    },
  });
}

type VisitStep =
  | { step: 'check-in' }
  | { step: 'cancel'; reason: string }
  | { step: 'complete'; signoffName: string; note?: string };

/** A step on one visit: check in, cancel, or complete with the customer's sign-off. */
export const useVisitStep = (key: string) =>
  useFieldMutation(({ step, ...body }: VisitStep) =>
    api.post<{ number: string; status: VisitStatus }>(`/field/visits/${enc(key)}/${step}`, body),
  );

/** One machine's result; parts used leave the technician's van. */
export function useRecordUnit(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ serial, input }: { serial: string; input: UnitResultInput }) =>
      api.post<{ serial: string; result: VisitResult; partsUsed: VisitPartUsed[] }>(
        `/field/visits/${enc(key)}/units/${enc(serial)}`,
        input,
      ),
    onSuccess: (_result, { input }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: serviceQueryKeys.visit(key) }),
        input.parts?.length
          ? queryClient.invalidateQueries({ queryKey: supplyQueryKeys.all })
          : undefined,
      ]),
  });
}

/** A photo (or log) of the visit: the file is the body, as for RMA attachments. */
export function useUploadVisitAttachment(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, contentType }: { file: File; contentType: string }) =>
      api.postFile<RmaAttachment>(`/field/visits/${enc(key)}/attachments`, file, contentType, {
        name: file.name,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceQueryKeys.visit(key) }),
  });
}
