import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiToken, CreatedToken, ItemList, TokenScope } from './types';

export interface CreateTokenInput {
  name: string;
  expiresInDays?: number;
  scope: TokenScope;
  userId?: string;
  siteId?: string;
}

export const tokensQueryKey = ['tokens'] as const;

export function fetchTokens(signal?: AbortSignal) {
  return api.get<ItemList<ApiToken>>('/tokens', undefined, signal);
}

export function createToken(input: CreateTokenInput): Promise<CreatedToken> {
  return api.post<CreatedToken>('/tokens', input);
}

export function revokeToken(id: string): Promise<ApiToken> {
  return api.delete<ApiToken>(`/tokens/${encodeURIComponent(id)}`);
}

export function useTokens() {
  return useQuery({ queryKey: tokensQueryKey, queryFn: ({ signal }) => fetchTokens(signal) });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
