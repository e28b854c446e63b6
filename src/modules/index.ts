import type { ModuleContext, ModuleParts } from '../platform/module.js';
import { createCatalogModule } from './catalog/index.js';
import { createFleetModule, type TelemetryStore } from './fleet/index.js';
import { createLogisticsModule } from './logistics/index.js';
import { createProductionModule } from './production/index.js';
import { createSalesModule } from './sales/index.js';
import { createServiceModule } from './service/index.js';
import { createSupplyModule } from './supply/index.js';
import { createTradeModule } from './trade/index.js';

/**
 * Every business module, in the order of the rules of direction (catalog → trade → supply →
 * production → sales → logistics → service; fleet). Each is built from the platform context and
 * the modules before it.
 */
export function createModules(context: ModuleContext, options: { telemetry: TelemetryStore }) {
  const catalog = createCatalogModule(context);
  const trade = createTradeModule(context, { catalog: catalog.catalog });
  const supply = createSupplyModule(context, {
    catalog: catalog.catalog,
    entries: trade.entries,
  });
  const production = createProductionModule(context, {
    catalog: catalog.catalog,
    inventory: supply.inventory,
    purchaseOrders: supply.purchaseOrders,
    suppliers: supply.suppliers,
  });
  const sales = createSalesModule(context, {
    catalog: catalog.catalog,
    trade,
    production,
  });
  const logistics = createLogisticsModule(context, {
    catalog: catalog.catalog,
    trade,
    production,
    sales,
  });
  const service = createServiceModule(context, {
    catalog: catalog.catalog,
    inventory: supply.inventory,
    origins: supply.origins,
    production,
    sales,
    logistics,
  });
  // Sites belong to sales, which fleet may not import: the directory is handed in here.
  const fleet = createFleetModule(context, {
    catalog: catalog.catalog,
    identities: production.identities,
    sites: { list: (filter) => sales.directory.sites(filter) },
    store: options.telemetry,
  });
  const parts: ModuleParts[] = [
    catalog.parts,
    trade.parts,
    supply.parts,
    production.parts,
    sales.parts,
    logistics.parts,
    service.parts,
    fleet.parts,
  ];
  return { parts, catalog, trade, supply, production, sales, logistics, service, fleet };
}

export type Modules = ReturnType<typeof createModules>;
