import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { ProductionModule } from '../production/index.js';
import type { TradeModule } from '../trade/index.js';
import { createCustomerService } from './customer.service.js';
import { createFulfilmentService } from './fulfilment.service.js';
import { createSalesDirectory } from './directory.js';
import { salesMigrations } from './migrations/index.js';
import type { HoldStats } from './promise.inputs.js';
import { promiseRoutes } from './promise.routes.js';
import { createPromiseService } from './promise.service.js';
import { createSalesOrderService } from './sales-order.service.js';
import { salesRoutes } from './sales.routes.js';
import { salesDemoSeeder } from './sales.demo-seed.js';
import { salesReferenceSeeder } from './sales.seed.js';
import { createSupplySourceService } from './supply-source.service.js';

export type { CustomerService } from './customer.service.js';
export type { FulfilmentService } from './fulfilment.service.js';
export type { SalesDirectory } from './directory.js';
export type { SupplySourceService } from './supply-source.service.js';
export type { PromiseSource } from './promise.model.js';
export { arrivalDates } from './promise.model.js';
export type { HoldStats } from './promise.inputs.js';
export type { PromiseService } from './promise.service.js';
export type { SalesOrderService } from './sales-order.service.js';
export type { HoldRisk } from './promise.model.js';

/**
 * Sales' record-keeping services over `deps.db`: the module's database, or a downstream
 * seeder's transaction.
 */
export function salesServices(
  deps: Omit<ModuleContext, 'home' | 'people' | 'dialect' | 'logger' | 'files'> & {
    catalog: Pick<CatalogService, 'getModel'>;
  },
) {
  const customers = createCustomerService(deps);
  const orders = createSalesOrderService({ ...deps, customers });
  const sources = createSupplySourceService(deps);
  const fulfilment = createFulfilmentService({ ...deps, orders });
  const directory = createSalesDirectory(deps);
  return { customers, orders, sources, fulfilment, directory };
}

/** Sales: customers and their sites, sales orders, supply sources and delivery promising. */
export function createSalesModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    trade: Pick<TradeModule, 'sourcing' | 'tariffs'>;
    production: Pick<ProductionModule, 'buildPlan' | 'capacity' | 'unitQueries'>;
  },
) {
  ctx.events.declare(
    { type: 'sales.promise.updated', description: 'The open order book was re-promised' },
    { type: 'sales.order.confirmed', description: 'A sales order was confirmed' },
    { type: 'sales.order.cancelled', description: 'A sales order was cancelled' },
    { type: 'sales.source.changed', description: 'A supply source (plant or lane) changed' },
    {
      type: 'sales.promise.settings_changed',
      description: 'How much lateness weighs against cost changed',
    },
    { type: 'sales.order.partly_shipped', description: 'Part of a sales order has shipped' },
    { type: 'sales.order.shipped', description: 'Every unit of a sales order has shipped' },
    { type: 'sales.order.delivered', description: 'Every unit of a sales order was delivered' },
  );
  const { customers, orders, sources, fulfilment, directory } = salesServices({
    ...ctx,
    catalog: upstream.catalog,
  });
  // Learned customs-hold risk comes from logistics, downstream: it plugs itself in.
  let holdStats: HoldStats | undefined;
  const promises = createPromiseService({
    ...ctx,
    production: upstream.production,
    trade: upstream.trade,
    get holdStats() {
      return holdStats;
    },
  });
  const parts: ModuleParts = {
    name: 'sales',
    migrations: salesMigrations,
    routes: [salesRoutes({ customers, orders, sources }), promiseRoutes(promises, orders)],
    seeders: [salesReferenceSeeder(ctx), salesDemoSeeder(ctx)],
  };
  return {
    parts,
    customers,
    orders,
    sources,
    promises,
    fulfilment,
    directory,
    /** Where learned customs-hold risk per source comes from (set by logistics). */
    useHoldStats(stats: HoldStats) {
      holdStats = stats;
    },
  };
}

export type SalesModule = ReturnType<typeof createSalesModule>;
