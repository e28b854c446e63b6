import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { InventoryService, PurchaseOrderService, SupplierService } from '../supply/index.js';
import { createBuildPlanService } from './build-plan.service.js';
import { createCapacityService } from './capacity.service.js';
import { createDispatchService } from './dispatch.service.js';
import { createKittingService } from './kitting.service.js';
import { createLineStepService } from './line-step.service.js';
import { lineRoutes } from './line.routes.js';
import { createOperatorNames } from './operator-names.js';
import { createPlantService } from './plant.service.js';
import { historySeeder } from './history.seed.js';
import { plantRoutes } from './plant.routes.js';
import { plantReferenceSeeder, workforceDemoSeeder } from './plant.seed.js';
import { createWorkforceService } from './workforce.service.js';
import { createBurnInService } from './burn-in.service.js';
import { createQcSettingsService } from './qc-settings.service.js';
import { productionMigrations } from './migrations/index.js';
import { createMrpService } from './mrp.service.js';
import { productionRoutes } from './production.routes.js';
import { pilotBatchSeeder, planningDemoSeeder } from './production.seed.js';
import { shopFloorRoutes } from './shop-floor.routes.js';
import { createUnitQueries } from './unit.queries.js';
import { createUnitService } from './unit.service.js';
import { createUnitIdentities } from './unit-identity.js';
import { createUnitRepairs } from './unit-repair.service.js';
import { createWorkOrderService } from './work-order.service.js';

export type { BuildPlanService } from './build-plan.service.js';
export type { WorkforceService } from './workforce.service.js';
export type { MrpRunResult, MrpService } from './mrp.service.js';
export type { CapacityService } from './capacity.service.js';
export { createDispatchService, type DispatchService } from './dispatch.service.js';
export type { UnitQueries } from './unit.queries.js';
export { createUnitRepairs, type ComponentSwap, type UnitRepairs } from './unit-repair.service.js';
export { createQcSettingsService, type QcSettingsService } from './qc-settings.service.js';
export type { BirthCertificate, UnitIdentities, UnitIdentity } from './unit-identity.js';
export {
  DEFAULT_THRESHOLDS,
  evaluateBurnIn,
  type BurnInMeasurement,
  type BurnInThresholds,
} from './burn-in.engine.js';
export { addDays, mondayOf, weekIndex, weeksFrom } from './weeks.js';
/** The burn-in measurement as the API takes it: the depot's retest records the same. */
export { burnInInput } from './shop-floor.schemas.js';

/** Production: build plan, MRP, work orders, serialised units with genealogy, burn-in. */
export function createProductionModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    inventory: InventoryService;
    purchaseOrders: PurchaseOrderService;
    suppliers: SupplierService;
  },
) {
  ctx.events.declare(
    { type: 'production.unit.built', description: 'A unit was assembled and got its serial' },
    { type: 'production.burn_in.recorded', description: 'A burn-in run was judged pass or fail' },
    { type: 'production.build_plan.changed', description: 'Cells of the build plan changed' },
  );
  const buildPlan = createBuildPlanService({ ...ctx, catalog: upstream.catalog });
  const plant = createPlantService({ ...ctx, catalog: upstream.catalog });
  const workforce = createWorkforceService(ctx);
  const capacity = createCapacityService({ ...ctx, buildPlan, plant, workforce });
  const mrp = createMrpService({ ...ctx, ...upstream, buildPlan });
  const operatorNames = createOperatorNames(ctx);
  const workOrders = createWorkOrderService({ ...ctx, catalog: upstream.catalog, operatorNames });
  const units = createUnitService({
    ...ctx,
    catalog: upstream.catalog,
    inventory: upstream.inventory,
    workOrders,
    routingOf: plant.read.routingOf,
  });
  const burnIn = createBurnInService({ ...ctx, catalog: upstream.catalog });
  const unitQueries = createUnitQueries({
    ...ctx,
    catalog: upstream.catalog,
    routingOf: plant.read.routingOf,
    operatorNames,
    inventory: upstream.inventory,
  });
  const lineSteps = createLineStepService({ ...ctx, routingOf: plant.read.routingOf });
  const kitting = createKittingService({
    ...ctx,
    catalog: upstream.catalog,
    workOrders,
    routingOf: plant.read.routingOf,
  });
  const qcSettings = createQcSettingsService({ ...ctx, catalog: upstream.catalog });
  const parts: ModuleParts = {
    name: 'production',
    migrations: productionMigrations,
    routes: [
      productionRoutes({ buildPlan, mrp, catalog: upstream.catalog }),
      shopFloorRoutes({ workOrders, units, burnIn, unitQueries, qcSettings }),
      lineRoutes(lineSteps, kitting),
      plantRoutes({ plant, workforce, capacity, today: () => ctx.clock.today() }),
    ],
    seeders: [
      plantReferenceSeeder(ctx),
      workforceDemoSeeder(ctx),
      planningDemoSeeder(ctx),
      historySeeder(ctx),
      pilotBatchSeeder(ctx),
    ],
  };
  return {
    parts,
    plant,
    workforce,
    capacity,
    buildPlan,
    mrp,
    workOrders,
    units,
    burnIn,
    unitQueries,
    qcSettings,
    lineSteps,
    kitting,
    dispatch: createDispatchService(ctx),
    repairs: createUnitRepairs(ctx),
    identities: createUnitIdentities({ ...ctx, catalog: upstream.catalog }),
  };
}

export type ProductionModule = ReturnType<typeof createProductionModule>;
