import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { FleetTables } from './fleet.tables.js';

/**
 * The log of batches received: ingest looks a batch id up in it so a collector's retry of a
 * batch already applied (its answer lost) changes nothing, and site watch reads each site's
 * newest batch from it. A retry comes within minutes, so entries older than the raw-sample
 * retention are dropped, except each site's newest (a silent site stays silent).
 */
export function createBatchLog(anyDb: AnyDb) {
  const db = tablesOf<FleetTables>(anyDb);
  return {
    /** Each site's newest batch (one indexed lookup a site). */
    async lastReports(siteIds: readonly string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (const siteId of siteIds) {
        const r = await db
          .selectFrom('fleetBatches')
          .select('receivedAt')
          .where('siteId', '=', siteId)
          .orderBy('receivedAt', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (r) out.set(siteId, r.receivedAt);
      }
      return out;
    },

    /** Drops batches received before `before`, keeping each site's newest; returns how many. */
    async prune(before: number): Promise<number> {
      const result = await db
        .deleteFrom('fleetBatches as old')
        .where('old.receivedAt', '<', before)
        .where(({ eb, selectFrom }) =>
          eb(
            'old.receivedAt',
            '<',
            selectFrom('fleetBatches as newer')
              .select(({ fn }) => fn.max('newer.receivedAt').as('newest'))
              .whereRef('newer.siteId', '=', 'old.siteId'),
          ),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type BatchLog = ReturnType<typeof createBatchLog>;
