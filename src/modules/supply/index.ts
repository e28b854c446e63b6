import { STAFF_ROLES } from '../../platform/authz.js';
import type { ModuleContext, ModuleParts } from '../../platform/module.js';
import type { CatalogService } from '../catalog/index.js';
import type { CustomsEntryService } from '../trade/index.js';
import { createCountStock } from './commands/count-stock.js';
import { inventoryRoutes } from './inventory.routes.js';
import { createInventoryService, refuseTrackingChangeWithStock } from './inventory.service.js';
import { supplyMigrations } from './migrations/index.js';
import { createOrigins } from './origins.js';
import { createPurchaseOrderService } from './purchase-order.service.js';
import { createReceivingService } from './receiving.service.js';
import { createSupplierService } from './supplier.service.js';
import { createSupplierCsv } from './supplier.csv.js';
import { SUPPLIER_EDITORS } from './supplier.service.js';
import { supplyRoutes } from './supply.routes.js';
import { supplyDemoSeeder } from './supply.demo-seed.js';
import { supplyReferenceSeeder } from './supply.seed.js';

export { createInventoryService, type InventoryService } from './inventory.service.js';
export { createOrigins, type Origins } from './origins.js';
export type { PurchaseOrderService } from './purchase-order.service.js';
export type { ReceivingService } from './receiving.service.js';
export type { SupplierService } from './supplier.service.js';
export { stockWithin, type StockWithin } from './stock.within.js';
export { locationOrThrow } from './stock.queries.js';

/** Supply: suppliers and price breaks, purchase orders, receiving at landed cost, inventory. */
export function createSupplyModule(
  ctx: ModuleContext,
  upstream: { catalog: CatalogService; entries: CustomsEntryService },
) {
  ctx.events.declare(
    {
      type: 'supply.po.status_changed',
      description: 'A purchase order was approved, sent, received or cancelled',
    },
    { type: 'supply.receipt.posted', description: 'Goods were received against a purchase order' },
  );
  const deps = { ...ctx, catalog: upstream.catalog };
  const suppliers = createSupplierService(deps);
  const purchaseOrders = createPurchaseOrderService({ ...deps, suppliers });
  const receiving = createReceivingService({ ...deps, purchaseOrders, entries: upstream.entries });
  const inventory = createInventoryService(deps);
  const countStock = createCountStock(deps);
  const csv = createSupplierCsv(deps);
  upstream.catalog.guardPartChanges(refuseTrackingChangeWithStock);
  const parts: ModuleParts = {
    name: 'supply',
    migrations: supplyMigrations,
    routes: [
      supplyRoutes({ suppliers, purchaseOrders, receiving }),
      inventoryRoutes(inventory, countStock),
    ],
    csv: [
      {
        name: 'suppliers',
        tag: 'supply',
        describe: 'suppliers, with their restricted-party flags',
        readRoles: STAFF_ROLES,
        writeRoles: SUPPLIER_EDITORS,
        exportCsv: csv.exportSuppliers,
        importCsv: csv.importSuppliers,
      },
    ],
    seeders: [supplyReferenceSeeder(ctx), supplyDemoSeeder(ctx)],
  };
  const origins = createOrigins(deps);
  return { parts, suppliers, purchaseOrders, receiving, inventory, countStock, origins };
}

export type SupplyModule = ReturnType<typeof createSupplyModule>;
