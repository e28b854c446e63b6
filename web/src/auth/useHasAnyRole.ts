import type { Role } from '../api/types';
import { hasAnyRole } from '../lib/roles';
import { useCurrentUser } from './CurrentUserContext';

/** Whether the signed-in user may do what needs one of `roles` (admins always may). */
export function useHasAnyRole(roles: readonly Role[]): boolean {
  return hasAnyRole(useCurrentUser().roles, roles);
}
