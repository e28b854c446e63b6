import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { InventoryService, PurchaseOrderService, SupplierService } from '../supply/index.js';
import { createBuildPlanService } from './build-plan.service.js';
import { productionMigrations } from './migrations/index.js';
import { createMrpService } from './mrp.service.js';
import { productionRoutes } from './production.routes.js';
import { planningDemoSeeder } from './production.seed.js';

export type { BuildPlanService } from './build-plan.service.js';
export type { MrpRunResult, MrpService } from './mrp.service.js';

/** Production: the build plan and MRP (plant, workforce, work orders and burn-in to come). */
export function createProductionModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    inventory: InventoryService;
    purchaseOrders: PurchaseOrderService;
    suppliers: SupplierService;
  },
) {
  const buildPlan = createBuildPlanService({ ...ctx, catalog: upstream.catalog });
  const mrp = createMrpService({ ...ctx, ...upstream, buildPlan });
  const parts: ModuleParts = {
    name: 'production',
    migrations: productionMigrations,
    routes: [productionRoutes({ buildPlan, mrp, catalog: upstream.catalog })],
    seeders: [planningDemoSeeder(ctx)],
  };
  return { parts, buildPlan, mrp };
}

export type ProductionModule = ReturnType<typeof createProductionModule>;
