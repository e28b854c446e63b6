import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { ProductionModule } from '../production/index.js';
import type { SalesModule } from '../sales/index.js';
import type { TradeModule } from '../trade/index.js';
import { createCustomsService } from './customs.service.js';
import { createDeliveryService } from './delivery.service.js';
import { createInstalledBaseWrites } from './installed-base.writes.js';
import { createKpiService } from './kpi.service.js';
import { logisticsDemoSeeder } from './logistics.demo-seed.js';
import { logisticsRoutes } from './logistics.routes.js';
import { logisticsMigrations } from './migrations/index.js';
import { createRepairShipments } from './repair-shipment.service.js';
import { createShipmentBooking } from './shipment.booking.js';
import { createShipmentQueries } from './shipment.queries.js';

export type { CustomsService } from './customs.service.js';
export { installedAtSite, installedBySerials, type DeliveryService } from './delivery.service.js';
export { createInstalledBaseWrites, type InstalledBaseWrites } from './installed-base.writes.js';
export { createRepairShipments, type RepairShipments } from './repair-shipment.service.js';
export type { ShipmentBooking } from './shipment.booking.js';
export type { ShipmentQueries } from './shipment.queries.js';

/**
 * Logistics: shipments from the plant and import lanes with their pallets, serials and
 * timeline; customs entries and holds; delivery into the customer's installed base; documents
 * and delivery KPIs.
 */
export function createLogisticsModule(
  ctx: ModuleContext,
  upstream: {
    catalog: CatalogService;
    trade: TradeModule;
    production: ProductionModule;
    sales: SalesModule;
  },
) {
  ctx.events.declare(
    { type: 'logistics.shipment.departed', description: 'A shipment left the plant or factory' },
    { type: 'logistics.hold.opened', description: 'Customs put a shipment on hold' },
    { type: 'logistics.hold.ended', description: 'A customs hold ended' },
    {
      type: 'logistics.units.delivered',
      description: 'The customer confirmed units at its site',
    },
  );
  const deps = { ...ctx, ...upstream };
  const customs = createCustomsService(deps);
  const booking = createShipmentBooking(deps);
  const queries = createShipmentQueries({ ...deps, laneRisk: customs.laneRisk });
  const delivery = createDeliveryService(deps);
  const kpis = createKpiService(deps);
  // Promising reads each lane's customs-hold risk as learned from the holds recorded here.
  upstream.sales.useHoldStats((codes) => customs.laneRisk(codes));
  const parts: ModuleParts = {
    name: 'logistics',
    migrations: logisticsMigrations,
    routes: [logisticsRoutes({ booking, queries, customs, delivery, kpis })],
    seeders: [logisticsDemoSeeder(ctx)],
  };
  const repairShipments = createRepairShipments(deps);
  const installedBase = createInstalledBaseWrites(deps);
  return { parts, booking, queries, customs, delivery, kpis, repairShipments, installedBase };
}

export type LogisticsModule = ReturnType<typeof createLogisticsModule>;
