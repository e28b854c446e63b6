import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from './client';
import type { Page, Role, User } from './types';

export interface UserFilters {
  q?: string;
  role?: Role | null;
}

export interface CreateUserInput {
  email: string;
  name: string;
  roles: Role[];
  customerId?: string | null;
  password: string;
}

export interface UpdateUserInput {
  name?: string;
  roles?: Role[];
  customerId?: string | null;
  disabled?: boolean;
}

const USERS_PAGE_SIZE = 50;

export const usersQueryKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  search: (q: string) => ['users', 'search', q] as const,
};

export function fetchUsers(
  filters: UserFilters & { limit?: number; cursor?: string | null },
  signal?: AbortSignal,
) {
  return api.get<Page<User>>('/users', { ...filters }, signal);
}

export function createUser(input: CreateUserInput): Promise<User> {
  return api.post<User>('/users', input);
}

export function updateUser(id: string, input: UpdateUserInput): Promise<User> {
  return api.patch<User>(`/users/${encodeURIComponent(id)}`, input);
}

export function resetUserPassword(id: string, password: string): Promise<void> {
  return api.post<void>(`/users/${encodeURIComponent(id)}/password`, { password });
}

/** Paged user list for the admin table ("Load more" follows nextCursor). */
export function useUsersList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: usersQueryKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      fetchUsers({ ...filters, limit: USERS_PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** A short list of users matching `q`, for pickers. */
export function useUserSearch(q: string) {
  return useQuery({
    queryKey: usersQueryKeys.search(q),
    queryFn: ({ signal }) => fetchUsers({ q, limit: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}

export function useResetUserPassword() {
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      resetUserPassword(id, password),
  });
}
