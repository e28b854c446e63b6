import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { capacityQueryKeys } from './capacity';
import { api } from './client';
import type {
  HeadcountCell,
  HireInput,
  Holiday,
  PlantCalendar,
  Roster,
  Routing,
  RoutingStepInput,
  Shift,
  ShiftInput,
  StaffChange,
  StaffMember,
  WorkCentre,
  WorkCentreInput,
  WorkforceRole,
  WorkforceRoleInput,
} from './plantTypes';
import type { ItemList } from './types';

const enc = encodeURIComponent;

export const plantQueryKeys = {
  all: ['plant'] as const,
  calendar: ['plant', 'calendar'] as const,
  workCentres: ['plant', 'work-centres'] as const,
  routings: ['plant', 'routings'] as const,
  roles: ['plant', 'roles'] as const,
  headcountPlan: ['plant', 'headcount-plan'] as const,
  /** `week`: any date of the week; '' = this week. */
  roster: (week: string) => ['plant', 'roster', week] as const,
  staff: ['plant', 'staff'] as const,
};

export function fetchCalendar(signal?: AbortSignal) {
  return api.get<PlantCalendar>('/plant/calendar', undefined, signal);
}

export function setShift(code: string, input: ShiftInput) {
  return api.put<Shift>(`/plant/shifts/${enc(code)}`, input);
}

export function setHoliday(holiday: Holiday) {
  return api.put<Holiday>(`/plant/holidays/${enc(holiday.date)}`, { name: holiday.name });
}

export function removeHoliday(date: string) {
  return api.delete<void>(`/plant/holidays/${enc(date)}`);
}

export function fetchWorkCentres(signal?: AbortSignal) {
  return api.get<ItemList<WorkCentre>>('/plant/work-centres', undefined, signal);
}

export function setWorkCentre(code: string, input: WorkCentreInput) {
  return api.put<WorkCentre>(`/plant/work-centres/${enc(code)}`, input);
}

export function fetchRoutings(signal?: AbortSignal) {
  return api.get<ItemList<Routing>>('/plant/routings', undefined, signal);
}

/** Replaces a model's routing (or the default one, model `*`). */
export function setRouting(model: string, steps: RoutingStepInput[]) {
  return api.put<Routing>(`/plant/routings/${enc(model)}`, { steps });
}

export function fetchRoles(signal?: AbortSignal) {
  return api.get<ItemList<WorkforceRole>>('/workforce/roles', undefined, signal);
}

export function setRole(code: string, input: WorkforceRoleInput) {
  return api.put<WorkforceRole>(`/workforce/roles/${enc(code)}`, input);
}

export function fetchHeadcountPlan(signal?: AbortSignal) {
  return api.get<ItemList<HeadcountCell>>('/workforce/headcount-plan', undefined, signal);
}

/** Upserts the given cells; the rest of the plan stays. */
export function saveHeadcountPlan(cells: HeadcountCell[]) {
  return api.put<{ updated: number }>('/workforce/headcount-plan', { cells });
}

export function fetchRoster(week: string, signal?: AbortSignal) {
  return api.get<Roster>('/workforce/roster', { week }, signal);
}

/** Everyone ever on staff, leavers included. */
export function fetchStaff(signal?: AbortSignal) {
  return api.get<ItemList<StaffMember>>('/workforce/staff', undefined, signal);
}

export function hire(input: HireInput) {
  return api.post<StaffMember>('/workforce/staff', input);
}

/** `key`: the staff member's id or employee number. */
export function changeStaff(key: string, change: StaffChange) {
  return api.patch<StaffMember>(`/workforce/staff/${enc(key)}`, change);
}

/** Reference data changes seldom: it is kept a minute before it is fetched again. */
const REFERENCE_STALE_MS = 60_000;

export function useCalendar() {
  return useQuery({
    queryKey: plantQueryKeys.calendar,
    queryFn: ({ signal }) => fetchCalendar(signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useWorkCentres() {
  return useQuery({
    queryKey: plantQueryKeys.workCentres,
    queryFn: ({ signal }) => fetchWorkCentres(signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useRoutings() {
  return useQuery({
    queryKey: plantQueryKeys.routings,
    queryFn: ({ signal }) => fetchRoutings(signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useWorkforceRoles() {
  return useQuery({
    queryKey: plantQueryKeys.roles,
    queryFn: ({ signal }) => fetchRoles(signal),
    select: (data) => data.items,
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useHeadcountPlan() {
  return useQuery({
    queryKey: plantQueryKeys.headcountPlan,
    queryFn: ({ signal }) => fetchHeadcountPlan(signal),
    select: (data) => data.items,
  });
}

export function useRoster(week: string) {
  return useQuery({
    queryKey: plantQueryKeys.roster(week),
    queryFn: ({ signal }) => fetchRoster(week, signal),
  });
}

export function useStaff() {
  return useQuery({
    queryKey: plantQueryKeys.staff,
    queryFn: ({ signal }) => fetchStaff(signal),
    select: (data) => data.items,
  });
}

/** Every plant or workforce change can move capacity and the ramp's headcount. */
const refreshPlant = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: plantQueryKeys.all }),
    queryClient.invalidateQueries({ queryKey: capacityQueryKeys.all }),
  ]);

function usePlantMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => refreshPlant(queryClient) });
}

export const useSetShift = () =>
  usePlantMutation(({ code, input }: { code: string; input: ShiftInput }) => setShift(code, input));
export const useSetHoliday = () => usePlantMutation(setHoliday);
export const useRemoveHoliday = () => usePlantMutation(removeHoliday);
export const useSetWorkCentre = () =>
  usePlantMutation(({ code, input }: { code: string; input: WorkCentreInput }) =>
    setWorkCentre(code, input),
  );
export const useSetRouting = () =>
  usePlantMutation(({ model, steps }: { model: string; steps: RoutingStepInput[] }) =>
    setRouting(model, steps),
  );
export const useSetRole = () =>
  usePlantMutation(({ code, input }: { code: string; input: WorkforceRoleInput }) =>
    setRole(code, input),
  );
export const useSaveHeadcountPlan = () => usePlantMutation(saveHeadcountPlan);
export const useHire = () => usePlantMutation(hire);
export const useChangeStaff = () =>
  usePlantMutation(({ key, change }: { key: string; change: StaffChange }) =>
    changeStaff(key, change),
  );
