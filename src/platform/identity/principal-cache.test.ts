import { describe, expect, it } from 'vitest';
import { createPrincipalCache, type CachedToken } from './principal-cache.js';

const entry = (tokenId: string, userId = 'u1'): CachedToken => ({
  tokenId,
  secretHash: Buffer.from('ab', 'hex'),
  tokenExpiresAt: null,
  scope: 'user',
  siteId: null,
  user: { id: userId, email: 'e', name: 'n', roles: ['planner'], customerId: null },
});

describe('principal cache', () => {
  it('does not cache a read that raced an invalidation', () => {
    const cache = createPrincipalCache({ ttlMs: 5_000, maxEntries: 10 });
    const readAt = cache.generation();
    cache.forgetToken('t1'); // the revocation commits while the read is in flight
    cache.set(entry('t1'), readAt);
    expect(cache.get('t1')).toBeUndefined();
    cache.set(entry('t1'), cache.generation());
    expect(cache.get('t1')).toBeDefined();
  });

  it('forgets every token of a changed user, and the oldest entry when full', () => {
    const cache = createPrincipalCache({ ttlMs: 5_000, maxEntries: 2 });
    cache.set(entry('a', 'u1'), cache.generation());
    cache.set(entry('b', 'u2'), cache.generation());
    cache.set(entry('c', 'u2'), cache.generation());
    expect(cache.get('a')).toBeUndefined();
    cache.forgetUser('u2');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });
});
