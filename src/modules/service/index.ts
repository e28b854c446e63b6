import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { LogisticsModule } from '../logistics/index.js';
import type { ProductionModule } from '../production/index.js';
import type { SalesModule } from '../sales/index.js';
import type { InventoryService, Origins } from '../supply/index.js';
import { depotRoutes } from './depot.routes.js';
import { fieldRoutes } from './field.routes.js';
import { serviceMigrations } from './migrations/index.js';
import { rmaRoutes } from './rma.routes.js';
import { serviceDemoSeeder } from './service.demo-seed.js';
import { serviceHomeCounters } from './service.home.js';
import { serviceServices } from './services.js';
import { serviceReferenceSeeder, warrantyPolicySeeder } from './service.seed.js';
import { warrantyRoutes } from './warranty.routes.js';

export type { RmaIntake } from './rma.intake.js';
export type { WarrantyService } from './warranty.service.js';
export type { OpenTicket, OpenTickets } from './open-tickets.js';
export { isCovered } from './warranty.engine.js';

/**
 * Service: warranty policy and status per serial, RMAs from request to shipped back, the US
 * depot's bench (diagnosis, quotes, spares, genealogy swaps, retest), field technicians with
 * visits and the dispatch planner, and their settings.
 */
export function createServiceModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    inventory: InventoryService;
    origins: Origins;
    production: ProductionModule;
    sales: SalesModule;
    logistics: LogisticsModule;
  },
) {
  ctx.events.declare(
    { type: 'service.rma.requested', description: 'An RMA was opened for one or more machines' },
    {
      type: 'service.rma.units_moved',
      description: 'Machines of an RMA moved on (approved, received, repairing, shipped …)',
    },
    {
      type: 'service.quote.ready',
      description: 'An out-of-warranty repair quote awaits the customer',
    },
    {
      type: 'service.rma.shipped_back',
      description: 'Repaired machines left the depot for the site',
    },
    { type: 'service.visit.completed', description: 'A field visit was signed off on site' },
  );
  const services = serviceServices({ ...ctx, ...upstream });
  ctx.home.register(...serviceHomeCounters(ctx));
  const {
    warranty,
    setup,
    intake,
    rmas,
    attachments,
    depot,
    repairParts,
    field,
    planner,
    work,
    analytics,
    replacements,
  } = services;
  const parts: ModuleParts = {
    name: 'service',
    migrations: serviceMigrations,
    routes: [
      warrantyRoutes({ warranty, setup }),
      rmaRoutes({ intake, rmas, attachments, replacements }),
      depotRoutes({ depot, repairParts, analytics, replacements }),
      fieldRoutes({ field, planner, work, attachments }),
    ],
    seeders: [serviceReferenceSeeder(ctx), warrantyPolicySeeder(ctx), serviceDemoSeeder(ctx)],
  };
  return { parts, ...services };
}

export type ServiceModule = ReturnType<typeof createServiceModule>;
