import type { Actor } from '../authz.js';
import type { UserRecord } from './user.repo.js';

export function actorOfUser(
  user: Pick<UserRecord, 'id' | 'email' | 'name' | 'roles' | 'customerId'>,
  requestId: string | null,
  tokenId: string | null = null,
): Actor {
  return {
    type: 'user',
    id: user.id,
    label: user.email,
    name: user.name,
    roles: user.roles,
    customerId: user.customerId,
    siteId: null,
    requestId,
    tokenId,
  };
}

export function actorOfSite(siteId: string, requestId: string | null, tokenId: string): Actor {
  return {
    type: 'site',
    id: siteId,
    label: `site:${siteId}`,
    name: `site:${siteId}`,
    roles: [],
    customerId: null,
    siteId,
    requestId,
    tokenId,
  };
}
