import type { User } from '../api/types';

export type UserStatus = 'active' | 'disabled' | 'locked';

export function userStatus(
  user: Pick<User, 'disabled' | 'lockedUntil'>,
  now = Date.now(),
): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil !== null && user.lockedUntil > now) return 'locked';
  return 'active';
}
