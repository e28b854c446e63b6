import type { ApiToken } from '../api/types';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(
  token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>,
  now = Date.now(),
): TokenStatus {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return 'active';
}
