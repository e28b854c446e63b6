/**
 * Bearer tokens are checked on every API call; most calls come from a few busy integrations.
 * Resolved tokens are kept in memory for a few seconds so a hot token costs no database read.
 * This process forgets an entry at once when its token is revoked or its user changes; another
 * process sharing the database notices within `ttlMs` (documented in docs/architecture.md).
 */
export interface CachedToken {
  tokenId: string;
  secretHash: Buffer;
  tokenExpiresAt: number | null;
  scope: 'user' | 'site';
  siteId: string | null;
  user: {
    id: string;
    email: string;
    name: string;
    roles: string[];
    customerId: string | null;
  } | null;
}

export function createPrincipalCache(options: { ttlMs: number; maxEntries: number }) {
  const entries = new Map<string, { value: CachedToken; until: number }>();
  // Raised by every invalidation. A load that began before one must not cache what it read:
  // the row it saw may be the one just revoked or changed.
  let generation = 0;
  return {
    generation: () => generation,
    get(tokenId: string): CachedToken | undefined {
      const hit = entries.get(tokenId);
      if (!hit) return undefined;
      if (hit.until <= Date.now()) {
        entries.delete(tokenId);
        return undefined;
      }
      return hit.value;
    },
    /** Remember `value` unless an invalidation happened since `readAt` (a generation). */
    set(value: CachedToken, readAt: number): void {
      if (readAt !== generation) return;
      if (entries.size >= options.maxEntries) {
        // Maps iterate in insertion order: drop the oldest entry.
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      entries.set(value.tokenId, { value, until: Date.now() + options.ttlMs });
    },
    forgetToken(tokenId: string): void {
      generation += 1;
      entries.delete(tokenId);
    },
    forgetUser(userId: string): void {
      generation += 1;
      for (const [id, entry] of entries) if (entry.value.user?.id === userId) entries.delete(id);
    },
  };
}

export type PrincipalCache = ReturnType<typeof createPrincipalCache>;
