import { useCurrentUser } from '../../auth/CurrentUserContext';
import { MY_RMAS_PATH, RMAS_PATH } from './servicePaths';

/** Where this user's RMA pages live: "My RMAs" for a customer, the staff list otherwise. */
export function useRmasPath(): string {
  return useCurrentUser().roles.includes('customer') ? MY_RMAS_PATH : RMAS_PATH;
}
