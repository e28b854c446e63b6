import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type {
  FleetMachineDetail,
  FleetSettingKey,
  FleetSettings,
  FleetSiteDetail,
  FleetSiteRow,
  HistoryResolution,
  MachineHistory,
  MachineTable,
} from './fleetTypes';
import type { ItemList } from './types';

/** A window of a machine's history back from now, at one resolution. */
export interface HistoryRange {
  hours: number;
  resolution: HistoryResolution;
}

const enc = encodeURIComponent;

/** Collectors push every half minute or so: the fleet pages refresh on their own. */
export const FLEET_REFRESH_MS = 30_000;

/** Sites, machines and settings: one prefix refreshes the whole section. */
export const fleetQueryKeys = {
  all: ['fleet'] as const,
  sites: ['fleet', 'sites'] as const,
  site: (id: string) => ['fleet', 'site', id] as const,
  machineTable: (siteId: string) => ['fleet', 'site', siteId, 'machine-table'] as const,
  machine: (id: string) => ['fleet', 'machine', id] as const,
  history: (id: string, range: HistoryRange) => ['fleet', 'machine', id, 'history', range] as const,
  settings: ['fleet', 'settings'] as const,
};

export function fetchHistory(id: string, range: HistoryRange, signal?: AbortSignal) {
  const from = Date.now() - range.hours * 3_600_000;
  return api.get<MachineHistory>(
    `/fleet/machines/${enc(id)}/history`,
    { from, resolution: range.resolution },
    signal,
  );
}

export function useFleetSites() {
  return useQuery({
    queryKey: fleetQueryKeys.sites,
    queryFn: ({ signal }) => api.get<ItemList<FleetSiteRow>>('/fleet/sites', undefined, signal),
    refetchInterval: FLEET_REFRESH_MS,
  });
}

/** One site's summary, by model, and its hashrate over the last day. */
export function useFleetSite(id: string) {
  return useQuery({
    queryKey: fleetQueryKeys.site(id),
    queryFn: ({ signal }) =>
      api.get<FleetSiteDetail>(`/fleet/sites/${enc(id)}`, { hours: 24 }, signal),
    refetchInterval: FLEET_REFRESH_MS,
  });
}

/**
 * Every machine of a site at once, in columns: the table filters and sorts them in the browser.
 * A site of 30,000 machines is a few megabytes, so it refreshes less often than the figures,
 * and its arrays are not compared element by element on each refresh.
 */
export function useMachineTable(siteId: string) {
  return useQuery({
    queryKey: fleetQueryKeys.machineTable(siteId),
    queryFn: ({ signal }) =>
      api.get<MachineTable>(`/fleet/sites/${enc(siteId)}/machine-table`, undefined, signal),
    refetchInterval: 2 * FLEET_REFRESH_MS,
    staleTime: 2 * FLEET_REFRESH_MS,
    structuralSharing: false,
  });
}

export function useFleetMachine(id: string) {
  return useQuery({
    queryKey: fleetQueryKeys.machine(id),
    queryFn: ({ signal }) =>
      api.get<FleetMachineDetail>(`/fleet/machines/${enc(id)}`, undefined, signal),
    refetchInterval: FLEET_REFRESH_MS,
  });
}

export function useMachineHistory(id: string, range: HistoryRange) {
  return useQuery({
    queryKey: fleetQueryKeys.history(id, range),
    queryFn: ({ signal }) => fetchHistory(id, range, signal),
    placeholderData: keepPreviousData,
    refetchInterval: FLEET_REFRESH_MS,
  });
}

export function useFleetSettings() {
  return useQuery({
    queryKey: fleetQueryKeys.settings,
    queryFn: ({ signal }) => api.get<FleetSettings>('/fleet/settings', undefined, signal),
  });
}

/** Change one setting (admin); the answer is every setting as it now stands. */
export function useSetFleetSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { key: FleetSettingKey; value: number }) =>
      api.put<FleetSettings>('/fleet/settings', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(fleetQueryKeys.settings, settings);
      // Staleness decides which machines count as online.
      return queryClient.invalidateQueries({ queryKey: fleetQueryKeys.all });
    },
  });
}
