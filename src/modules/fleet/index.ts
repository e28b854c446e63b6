import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { UnitIdentities } from '../production/index.js';
import type { FleetSites } from './fleet.ports.js';
import { createFleetQueries } from './fleet.queries.js';
import { fleetRoutes } from './fleet.routes.js';
import { createFleetSettings } from './fleet.settings.js';
import { createIngestService } from './ingest.service.js';
import { createHealthService } from './health/health.service.js';
import { createHealthThresholds } from './health/thresholds.service.js';
import { createHealthQueries } from './health/health.queries.js';
import { createSiteMachines } from './site-machines.js';
import { createSiteWatch } from './site-watch.js';
import { createBatchLog } from './batch-log.js';
import { createRepairDrafts } from './health/repair-drafts.service.js';
import { createTicketRules } from './health/ticket-rules.service.js';
import { healthRoutes } from './health/health.routes.js';
import { healthHomeCounters } from './health/health.home.js';
import { fleetMigrations } from './migrations/index.js';
import type { TelemetryStore } from './store/telemetry-store.js';

export type { FleetSites, SiteRef } from './fleet.ports.js';
export type { TelemetryStore } from './store/telemetry-store.js';
export { openTelemetryStore } from './store/index.js';
export { registerFleetMetrics } from './fleet.metrics.js';
export type { IngestService } from './ingest.service.js';
export type { FleetQueries } from './fleet.queries.js';
export {
  FAULT_LABELS,
  HEALTH_FAULTS,
  faultFigure,
  type HealthFault,
} from './health/health.types.js';
export type { FaultEpisodesTable as FaultEpisodeRow } from './health/health.tables.js';
export type { TicketRules } from './health/ticket-rules.service.js';
export { decisionInput, draftSchema } from './health/health.schemas.js';
export { DRAFT_DECIDERS } from './health/repair-drafts.service.js';
export { createCollector, type SweepReport } from './collector/collector.js';
export { createMinerReader } from './collector/miner-reader.js';
export { createParsePool } from './collector/parse-pool.js';
export { parseTargets } from './collector/targets.js';
export * from './simulator/index.js';

/**
 * Fleet telemetry: site collectors push what they read from every miner; ingest keeps each
 * machine's latest state (matched to the unit built here) and its history in the telemetry
 * store; staff and customers read site summaries, machine lists and board histories.
 */
export function createFleetModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    identities: UnitIdentities;
    sites: FleetSites;
    store: TelemetryStore;
  },
) {
  ctx.events.declare(
    { type: 'fleet.fault.opened', description: 'Health detection opened a fault episode' },
    { type: 'fleet.fault.resolved', description: 'A fault episode ended (its condition cleared)' },
    {
      type: 'fleet.repair_draft.created',
      description: 'A fault was drafted into an RMA awaiting confirmation',
    },
    { type: 'fleet.repair_draft.confirmed', description: 'A repair draft became an RMA' },
    { type: 'fleet.repair_draft.dismissed', description: 'A repair draft was dismissed' },
    {
      type: 'fleet.site.silent',
      description: "A site's collector has sent nothing for the silence setting's time",
    },
    { type: 'fleet.site.reporting', description: 'A silent site reports again' },
  );
  ctx.home.register(...healthHomeCounters(ctx));
  const settings = createFleetSettings(ctx);
  const thresholds = createHealthThresholds({ ...ctx, catalog: upstream.catalog });
  const health = createHealthService({ ...ctx, ...upstream, thresholds });
  const siteMachines = createSiteMachines({ ...ctx, ...upstream, now: () => ctx.clock.now() });
  const ingest = createIngestService({
    ...ctx,
    ...upstream,
    afterApply: (siteId, polls) => {
      siteMachines.changed(siteId);
      return health.observe(siteId, polls);
    },
  });
  const healthQueries = createHealthQueries({ ...ctx, ...upstream });
  const batchLog = createBatchLog(ctx.db);
  const siteWatch = createSiteWatch({ ...ctx, ...upstream, settings, batchLog });
  const queries = createFleetQueries({
    ...ctx,
    ...upstream,
    settings,
    faults: healthQueries,
    siteWatch,
    siteMachines,
  });
  const drafts = createRepairDrafts({ ...ctx, ...upstream });
  const ticketRules = createTicketRules({ ...ctx, ...upstream });
  const store = upstream.store;
  const parts: ModuleParts = {
    name: 'fleet',
    migrations: fleetMigrations,
    routes: [
      fleetRoutes({ ingest, queries, settings }),
      healthRoutes({ healthQueries, drafts, ticketRules, thresholds }),
    ],
    seeders: [],
  };
  return {
    parts,
    ingest,
    queries,
    settings,
    store,
    health,
    thresholds,
    healthQueries,
    drafts,
    ticketRules,
    siteWatch,
    /**
     * Roll up closed buckets, drop what is past retention (samples and the batch log), and mark
     * sites gone silent (run by a background timer every minute).
     */
    async housekeep(now: number) {
      const rolled = await store.rollUp(now);
      const retention = await settings.retention();
      await store.prune(now, retention);
      await batchLog.prune(now - retention.rawDays * 86_400_000);
      await siteWatch.check(now);
      return rolled;
    },
  };
}

export type FleetModule = ReturnType<typeof createFleetModule>;
