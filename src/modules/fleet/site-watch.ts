import type { Clock } from '../../platform/clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { EventBus } from '../../platform/events/events.js';
import type { BatchLog } from './batch-log.js';
import type { FleetSettingsService } from './fleet.settings.js';
import type { FleetSites } from './fleet.ports.js';
import type { FleetTables, SiteWatchTable } from './fleet.tables.js';

/**
 * Sites whose collector has gone quiet. Machines are judged on the polls that arrive, so a dead
 * collector (or a site's lost uplink) would otherwise raise nothing: its machines simply stop
 * changing. Once a site that has reported sends nothing for `silent_after_s`, it is marked
 * silent and `fleet.site.silent` goes out (to webhooks, within the customer's account); its
 * next batch ends that with `fleet.site.reporting`. Checked every minute by housekeeping.
 */
export function createSiteWatch(deps: {
  db: AnyDb;
  clock: Clock;
  events: EventBus;
  settings: Pick<FleetSettingsService, 'read'>;
  sites: FleetSites;
  batchLog: Pick<BatchLog, 'lastReports'>;
}) {
  const db = tablesOf<FleetTables>(deps.db);

  return {
    /** Marks sites silent or reporting again as of `now`; returns how many changed state. */
    async check(now: number): Promise<{ silent: number; changed: number }> {
      const silentAfterMs = (await deps.settings.read()).silent_after_s * 1000;
      const sites = await deps.sites.list({});
      const reports = await deps.batchLog.lastReports(sites.map((s) => s.id));
      const watched = new Map(
        (await db.selectFrom('fleetSiteWatch').selectAll().execute()).map((r) => [r.siteId, r]),
      );
      const changes: { row: SiteWatchTable; was: SiteWatchTable | undefined }[] = [];
      let silent = 0;
      for (const site of sites) {
        const at = reports.get(site.id);
        if (at === undefined) continue;
        const was = watched.get(site.id);
        const quiet = now - at > silentAfterMs;
        if (quiet) silent += 1;
        const silentSince = quiet ? (was?.silentSince ?? at) : null;
        // Rows change only when a site goes silent or reports again, not with every batch.
        if ((was?.silentSince ?? null) === silentSince) continue;
        changes.push({
          row: {
            siteId: site.id,
            customerId: site.customerId,
            lastReportAt: at,
            silentSince,
            updatedAt: now,
          },
          was,
        });
      }
      if (!changes.length) return { silent, changed: 0 };
      const codes = new Map(sites.map((s) => [s.id, s.code]));
      await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<FleetTables>(trx);
        for (const { row, was } of changes) {
          await t
            .insertInto('fleetSiteWatch')
            .values(row)
            .onConflict((oc) =>
              oc.column('siteId').doUpdateSet({
                customerId: row.customerId,
                lastReportAt: row.lastReportAt,
                silentSince: row.silentSince,
                updatedAt: row.updatedAt,
              }),
            )
            .execute();
          const wasSilent = was?.silentSince != null;
          if (wasSilent === (row.silentSince !== null)) continue;
          await deps.events.emit(trx, {
            type: row.silentSince !== null ? 'fleet.site.silent' : 'fleet.site.reporting',
            entityType: 'site',
            entityId: row.siteId,
            customerId: row.customerId,
            payload: {
              site: codes.get(row.siteId),
              lastReportAt: row.lastReportAt,
              silentSince: row.silentSince ?? was?.silentSince ?? null,
            },
          });
        }
      });
      return { silent, changed: changes.length };
    },

    /** Since when each of these sites is silent (absent: reporting, or never reported). */
    async silentSince(siteIds: readonly string[]): Promise<Map<string, number>> {
      if (!siteIds.length) return new Map();
      const rows = await db
        .selectFrom('fleetSiteWatch')
        .select(['siteId', 'silentSince'])
        .where('siteId', 'in', [...siteIds])
        .where('silentSince', 'is not', null)
        .execute();
      return new Map(rows.map((r) => [r.siteId, r.silentSince!]));
    },
  };
}

export type SiteWatch = ReturnType<typeof createSiteWatch>;
