import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './client';
import { setCsrfToken } from './session';
import type { LoginResponse, Me } from './types';

export const meQueryKey = ['me'] as const;

export interface LoginInput {
  email: string;
  password: string;
}

export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await apiRequest<Me>('/me', { signal });
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me;
}

export function login(input: LoginInput): Promise<LoginResponse> {
  // A 401 here means "wrong credentials", not "session expired".
  return apiRequest<LoginResponse>('/auth/login', {
    method: 'POST',
    body: input,
    handleUnauthorized: false,
  });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST', handleUnauthorized: false });
}

/** The signed-in principal; errors with ApiError(401) when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user, csrfToken }) => {
      setCsrfToken(csrfToken);
      queryClient.setQueryData<Me>(meQueryKey, { ...user, csrfToken });
    },
  });
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => setCsrfToken(null),
  });
}
