import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, compactQuery } from './client';
import { FLEET_REFRESH_MS, fleetQueryKeys } from './fleet';
import type {
  DraftFilters,
  FaultFilters,
  FaultList,
  ModelThresholds,
  RepairDraft,
  SiteTicketRules,
  ThresholdsInput,
  TicketRulesInput,
  WarrantyEvidence,
} from './fleetHealthTypes';
import { refreshService } from './service';
import type { ItemList } from './types';

const enc = encodeURIComponent;

/** The site id whose ticket rules are every site's defaults. */
export const DEFAULT_RULES_SITE = '*';

/** Under the fleet prefix: a refresh of the section refreshes these too. */
export const healthQueryKeys = {
  faults: (filters: FaultFilters) => ['fleet', 'faults', compactQuery(filters)] as const,
  evidence: (machineId: string) => ['fleet', 'machine', machineId, 'evidence'] as const,
  drafts: (filters: DraftFilters) => ['fleet', 'drafts', compactQuery(filters)] as const,
  draft: (key: string) => ['fleet', 'draft', key] as const,
  thresholds: ['fleet', 'thresholds'] as const,
  rules: (siteId: string) => ['fleet', 'ticket-rules', siteId] as const,
};

/** Fault episodes, newest first; staff see every customer's, a customer its own. */
export function useFaults(filters: FaultFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: healthQueryKeys.faults(filters),
    queryFn: ({ signal }) => api.get<FaultList>('/fleet/faults', { ...filters }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: FLEET_REFRESH_MS,
    enabled: options.enabled ?? true,
  });
}

/** What was recorded on a machine that bears on warranty: shown, never applied. */
export function useMachineEvidence(machineId: string) {
  return useQuery({
    queryKey: healthQueryKeys.evidence(machineId),
    queryFn: ({ signal }) =>
      api.get<ItemList<WarrantyEvidence>>(
        `/fleet/machines/${enc(machineId)}/evidence`,
        undefined,
        signal,
      ),
    refetchInterval: FLEET_REFRESH_MS,
  });
}

export function useRepairDrafts(filters: DraftFilters) {
  return useQuery({
    queryKey: healthQueryKeys.drafts(filters),
    queryFn: ({ signal }) =>
      api.get<ItemList<RepairDraft>>('/fleet/repair-drafts', { ...filters }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: FLEET_REFRESH_MS,
  });
}

/** One draft by id or number. */
export function useRepairDraft(key: string) {
  return useQuery({
    queryKey: healthQueryKeys.draft(key),
    queryFn: ({ signal }) =>
      api.get<RepairDraft>(`/fleet/repair-drafts/${enc(key)}`, undefined, signal),
  });
}

/**
 * Confirm (opens the RMA) or dismiss (with the reason) a draft. The answer is the draft as it
 * now stands; faults now point at the RMA, and service has a new one.
 */
export function useDecideDraft(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { action: 'confirm' | 'dismiss'; note: string }) =>
      api.post<RepairDraft>(
        `/fleet/repair-drafts/${enc(key)}/${input.action}`,
        input.note.trim() ? { note: input.note.trim() } : {},
      ),
    onSuccess: (draft) => {
      queryClient.setQueryData(healthQueryKeys.draft(key), draft);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: fleetQueryKeys.all }),
        refreshService(queryClient),
      ]);
    },
  });
}

export function useHealthThresholds() {
  return useQuery({
    queryKey: healthQueryKeys.thresholds,
    queryFn: ({ signal }) =>
      api.get<ItemList<ModelThresholds>>('/fleet/health/thresholds', undefined, signal),
  });
}

/** Set (or, with null, put back to default) some of a model's thresholds. */
export function useSetHealthThresholds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { model: string; changes: ThresholdsInput }) =>
      api.put<ModelThresholds>(`/fleet/health/thresholds/${enc(input.model)}`, input.changes),
    onSuccess: (saved) => {
      queryClient.setQueryData<ItemList<ModelThresholds>>(healthQueryKeys.thresholds, (old) =>
        old
          ? { items: old.items.map((m) => (m.model === saved.model ? saved : m)) }
          : { items: [saved] },
      );
    },
  });
}

export function useTicketRules(siteId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: healthQueryKeys.rules(siteId),
    queryFn: ({ signal }) =>
      api.get<SiteTicketRules>(`/fleet/sites/${enc(siteId)}/ticket-rules`, undefined, signal),
    enabled: options.enabled ?? true,
  });
}

/** Set a site's rules (or the defaults, `*`); a field set to null follows the defaults. */
export function useSetTicketRules(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: TicketRulesInput) =>
      api.put<SiteTicketRules>(`/fleet/sites/${enc(siteId)}/ticket-rules`, changes),
    onSuccess: (saved) => {
      queryClient.setQueryData(healthQueryKeys.rules(siteId), saved);
      // New defaults change what every site follows.
      if (siteId === DEFAULT_RULES_SITE)
        return queryClient.invalidateQueries({ queryKey: ['fleet', 'ticket-rules'] });
    },
  });
}
