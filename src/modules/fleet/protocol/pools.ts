/**
 * `pools` (cgminer, btminer, BOSminer alike): POOLS[] with URL, User, Status, Accepted, Rejected.
 * Only these keys are read, so misspelled neighbours ("Pool Stale%%") cannot disturb anything.
 */
import type { PoolReading } from '../reading.js';
import { clip, get, nonNegInt, objects, sectionOf, strOf } from './values.js';

/** Lower-cased status to normalized; "Deed" is a real firmware spelling of Dead. */
const STATUS = new Map<string, PoolReading['status']>([
  ['alive', 'alive'],
  ['dead', 'dead'],
  ['deed', 'dead'],
  ['disabled', 'disabled'],
]);

export function poolStatus(raw: unknown): PoolReading['status'] {
  if (typeof raw !== 'string') return 'unknown';
  return STATUS.get(raw.trim().toLowerCase()) ?? 'unknown';
}

export function parsePools(sections: Record<string, unknown[]>): PoolReading[] {
  const pools: PoolReading[] = [];
  for (const p of objects(sectionOf(sections, 'POOLS'))) {
    const url = strOf(p, 'URL', 'url');
    // Unconfigured slots come back with an empty URL: they are not pools.
    if (url === null) continue;
    pools.push({
      url: clip(url, 300)!,
      user: clip(strOf(p, 'User', 'user'), 300) ?? '',
      status: poolStatus(get(p, 'Status') ?? get(p, 'status')),
      accepted: nonNegInt(get(p, 'Accepted') ?? get(p, 'accepted')),
      rejected: nonNegInt(get(p, 'Rejected') ?? get(p, 'rejected')),
    });
    if (pools.length === 16) break;
  }
  return pools;
}
