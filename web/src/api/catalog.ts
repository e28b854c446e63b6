import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  BomRevision,
  Explosion,
  MinerModel,
  Part,
  PartKind,
  WhereUsedEntry,
} from './catalogTypes';
import { api, compactQuery } from './client';
import type { ItemList } from './types';

export interface PartFilters {
  kind?: PartKind | null;
  q?: string;
}

const part = (id: string) => `/catalog/parts/${encodeURIComponent(id)}`;

export const catalogQueryKeys = {
  all: ['catalog'] as const,
  models: ['catalog', 'models'] as const,
  parts: (filters: PartFilters) => ['catalog', 'parts', compactQuery(filters)] as const,
  part: (id: string) => ['catalog', 'part', id] as const,
  revisions: (id: string) => ['catalog', 'part', id, 'revisions'] as const,
  explosion: (id: string, date: string) => ['catalog', 'part', id, 'explosion', date] as const,
  whereUsed: (id: string, date: string) => ['catalog', 'part', id, 'where-used', date] as const,
};

export function fetchModels(signal?: AbortSignal) {
  return api.get<ItemList<MinerModel>>('/catalog/models', undefined, signal);
}

export function fetchParts(filters: PartFilters, signal?: AbortSignal) {
  return api.get<ItemList<Part>>('/catalog/parts', { ...filters }, signal);
}

export function fetchPart(id: string, signal?: AbortSignal) {
  return api.get<Part>(part(id), undefined, signal);
}

export function fetchBomRevisions(id: string, signal?: AbortSignal) {
  return api.get<ItemList<BomRevision>>(`${part(id)}/bom-revisions`, undefined, signal);
}

export function fetchExplosion(id: string, date: string, signal?: AbortSignal) {
  return api.get<Explosion>(`${part(id)}/explosion`, { date }, signal);
}

export function fetchWhereUsed(id: string, date: string, signal?: AbortSignal) {
  return api.get<ItemList<WhereUsedEntry>>(`${part(id)}/where-used`, { date }, signal);
}

export function useMinerModels() {
  return useQuery({
    queryKey: catalogQueryKeys.models,
    queryFn: ({ signal }) => fetchModels(signal),
    staleTime: 5 * 60_000,
  });
}

export function useParts(filters: PartFilters) {
  return useQuery({
    queryKey: catalogQueryKeys.parts(filters),
    queryFn: ({ signal }) => fetchParts(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePart(id: string) {
  return useQuery({
    queryKey: catalogQueryKeys.part(id),
    queryFn: ({ signal }) => fetchPart(id, signal),
  });
}

export function useBomRevisions(id: string) {
  return useQuery({
    queryKey: catalogQueryKeys.revisions(id),
    queryFn: ({ signal }) => fetchBomRevisions(id, signal),
  });
}

export function useExplosion(id: string, date: string) {
  return useQuery({
    queryKey: catalogQueryKeys.explosion(id, date),
    queryFn: ({ signal }) => fetchExplosion(id, date, signal),
    enabled: date !== '',
  });
}

export function useWhereUsed(id: string, date: string) {
  return useQuery({
    queryKey: catalogQueryKeys.whereUsed(id, date),
    queryFn: ({ signal }) => fetchWhereUsed(id, date, signal),
    enabled: date !== '',
  });
}
