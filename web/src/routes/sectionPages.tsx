import type { ComponentType } from 'react';
import { HomePage } from '../pages/HomePage';
import { AuditLogPage } from '../pages/admin/audit/AuditLogPage';
import { TokensPage } from '../pages/admin/tokens/TokensPage';
import { UsersPage } from '../pages/admin/users/UsersPage';
import { WebhooksPage } from '../pages/admin/webhooks/WebhooksPage';
import { RepairDraftPage } from '../pages/fleet/drafts/RepairDraftPage';
import { RepairDraftsPage } from '../pages/fleet/drafts/RepairDraftsPage';
import { FleetFaultsPage } from '../pages/fleet/faults/FleetFaultsPage';
import { HealthSettingsPage } from '../pages/fleet/health/HealthSettingsPage';
import { FleetMachinePage } from '../pages/fleet/machine/FleetMachinePage';
import { FleetSettingsPage } from '../pages/fleet/settings/FleetSettingsPage';
import { FleetSitePage } from '../pages/fleet/site/FleetSitePage';
import { FleetSitesPage } from '../pages/fleet/sites/FleetSitesPage';
import { CustomsHoldsPage } from '../pages/logistics/holds/CustomsHoldsPage';
import { InstalledBasePage } from '../pages/logistics/installed-base/InstalledBasePage';
import { DeliveryKpisPage } from '../pages/logistics/kpis/DeliveryKpisPage';
import { NewShipmentPage } from '../pages/logistics/new-shipment/NewShipmentPage';
import { ShipmentPage } from '../pages/logistics/shipment/ShipmentPage';
import { MyShipmentsPage } from '../pages/logistics/shipments/MyShipmentsPage';
import { ShipmentsPage } from '../pages/logistics/shipments/ShipmentsPage';
import { BuildPlanPage } from '../pages/production/build-plan/BuildPlanPage';
import { KioskPage } from '../pages/production/kiosk/KioskPage';
import { CapacityPage } from '../pages/production/capacity/CapacityPage';
import { MrpPage } from '../pages/production/mrp/MrpPage';
import { PlantPage } from '../pages/production/plant/PlantPage';
import { RampPage } from '../pages/production/ramp/RampPage';
import { TraceabilityPage } from '../pages/production/traceability/TraceabilityPage';
import { UnitPage } from '../pages/production/units/UnitPage';
import { WorkOrderPage } from '../pages/production/work-orders/WorkOrderPage';
import { WorkOrdersPage } from '../pages/production/work-orders/WorkOrdersPage';
import { CustomerPage } from '../pages/sales/customers/CustomerPage';
import { CustomersPage } from '../pages/sales/customers/CustomersPage';
import { MyOrdersPage } from '../pages/sales/orders/MyOrdersPage';
import { NewSalesOrderPage } from '../pages/sales/orders/NewSalesOrderPage';
import { SalesOrderPage } from '../pages/sales/orders/SalesOrderPage';
import { SalesOrdersPage } from '../pages/sales/orders/SalesOrdersPage';
import { PromisePage } from '../pages/sales/promise/PromisePage';
import { SourcesPage } from '../pages/sales/sources/SourcesPage';
import { InventoryPage } from '../pages/supply/inventory/InventoryPage';
import { SerialPage } from '../pages/supply/inventory/SerialPage';
import { ModelsPage } from '../pages/supply/ModelsPage';
import { PartsPage } from '../pages/supply/PartsPage';
import { NewPurchaseOrderPage } from '../pages/supply/purchase-orders/NewPurchaseOrderPage';
import { PurchaseOrderPage } from '../pages/supply/purchase-orders/PurchaseOrderPage';
import { PurchaseOrdersPage } from '../pages/supply/purchase-orders/PurchaseOrdersPage';
import { ReceivePage } from '../pages/supply/receiving/ReceivePage';
import { SupplierPage } from '../pages/supply/suppliers/SupplierPage';
import { SuppliersPage } from '../pages/supply/suppliers/SuppliersPage';
import { ServiceAnalyticsPage } from '../pages/service/analytics/ServiceAnalyticsPage';
import { DepotBoardPage } from '../pages/service/depot/DepotBoardPage';
import { FieldPage } from '../pages/service/field/FieldPage';
import { NewRmaPage } from '../pages/service/new-rma/NewRmaPage';
import { RepairPage } from '../pages/service/repair/RepairPage';
import { RmaPage } from '../pages/service/rma/RmaPage';
import { MyRmasPage } from '../pages/service/rmas/MyRmasPage';
import { RmasPage } from '../pages/service/rmas/RmasPage';
import { ServiceSettingsPage } from '../pages/service/settings/ServiceSettingsPage';
import { VisitPage } from '../pages/service/visit/VisitPage';
import { WarrantyDetailPage } from '../pages/service/warranty/WarrantyDetailPage';
import { WarrantyPage } from '../pages/service/warranty/WarrantyPage';
import { ComparePage } from '../pages/trade/compare/ComparePage';
import { DutyCalculatorPage } from '../pages/trade/duty/DutyCalculatorPage';
import { EntriesPage } from '../pages/trade/entries/EntriesPage';
import { TariffsPage } from '../pages/trade/tariffs/TariffsPage';

/**
 * Real pages by section key (see `sections.ts`). A section missing here shows
 * its empty state; add an entry when its screens are built.
 */
export const SECTION_PAGES: Partial<Record<string, ComponentType>> = {
  home: HomePage,
  'production-ramp': RampPage,
  'production-build-plan': BuildPlanPage,
  'production-capacity': CapacityPage,
  'production-mrp': MrpPage,
  'production-work-orders': WorkOrdersPage,
  'production-kiosk': KioskPage,
  'production-traceability': TraceabilityPage,
  'production-plant': PlantPage,
  'supply-parts': PartsPage,
  'supply-models': ModelsPage,
  'supply-suppliers': SuppliersPage,
  'supply-purchase-orders': PurchaseOrdersPage,
  'supply-inventory': InventoryPage,
  'trade-tariffs': TariffsPage,
  'trade-duty': DutyCalculatorPage,
  'trade-compare': ComparePage,
  'trade-entries': EntriesPage,
  'sales-orders': SalesOrdersPage,
  'sales-my-orders': MyOrdersPage,
  'sales-promise': PromisePage,
  'sales-customers': CustomersPage,
  'sales-sources': SourcesPage,
  'logistics-shipments': ShipmentsPage,
  'logistics-my-shipments': MyShipmentsPage,
  'logistics-holds': CustomsHoldsPage,
  'logistics-kpis': DeliveryKpisPage,
  'logistics-installed-base': InstalledBasePage,
  'service-warranty': WarrantyPage,
  'service-rmas': RmasPage,
  'service-my-rmas': MyRmasPage,
  'service-depot': DepotBoardPage,
  'service-field': FieldPage,
  'service-analytics': ServiceAnalyticsPage,
  'service-settings': ServiceSettingsPage,
  'fleet-sites': FleetSitesPage,
  'fleet-faults': FleetFaultsPage,
  'fleet-repair-drafts': RepairDraftsPage,
  'fleet-health': HealthSettingsPage,
  'fleet-settings': FleetSettingsPage,
  'admin-users': UsersPage,
  'admin-tokens': TokensPage,
  'admin-audit': AuditLogPage,
  'admin-webhooks': WebhooksPage,
};

export interface SubPage {
  /**
   * Below the section page's path, e.g. ':number/receive'; or, starting with '/', a full
   * address inside the section that belongs to no single tab (e.g. '/production/units/:serial').
   */
  path: string;
  page: ComponentType;
}

/** Pages below a section page (details, steps), by section key; they keep its tab and guard. */
export const SECTION_SUBPAGES: Partial<Record<string, SubPage[]>> = {
  'production-work-orders': [{ path: ':number', page: WorkOrderPage }],
  'production-traceability': [{ path: '/production/units/:serial', page: UnitPage }],
  'supply-suppliers': [{ path: ':supplier', page: SupplierPage }],
  'supply-purchase-orders': [
    { path: 'new', page: NewPurchaseOrderPage },
    { path: ':number', page: PurchaseOrderPage },
    { path: ':number/receive', page: ReceivePage },
  ],
  'supply-inventory': [{ path: 'serials/:serial', page: SerialPage }],
  'sales-orders': [
    { path: 'new', page: NewSalesOrderPage },
    { path: ':number', page: SalesOrderPage },
  ],
  // A customer reads the same order page, with its promise, under "My orders".
  'sales-my-orders': [{ path: ':number', page: SalesOrderPage }],
  'sales-customers': [{ path: ':customer', page: CustomerPage }],
  'logistics-shipments': [
    { path: 'new', page: NewShipmentPage },
    { path: ':number', page: ShipmentPage },
  ],
  // A customer follows the same shipment page, and confirms receipt, under "My shipments".
  'logistics-my-shipments': [{ path: ':number', page: ShipmentPage }],
  'service-warranty': [{ path: ':serial', page: WarrantyDetailPage }],
  'service-rmas': [
    { path: 'new', page: NewRmaPage },
    { path: ':number', page: RmaPage },
  ],
  // A customer opens and follows the same RMA pages, and reads its field visits, under "My RMAs".
  'service-my-rmas': [
    { path: 'new', page: NewRmaPage },
    { path: ':number', page: RmaPage },
    { path: 'visits/:number', page: VisitPage },
  ],
  'service-depot': [{ path: ':id', page: RepairPage }],
  'service-field': [{ path: 'visits/:number', page: VisitPage }],
  // A machine's page is reached from its site's; it keeps the Sites tab's guard.
  'fleet-sites': [
    { path: ':id', page: FleetSitePage },
    { path: '/fleet/machines/:id', page: FleetMachinePage },
  ],
  'fleet-repair-drafts': [{ path: ':id', page: RepairDraftPage }],
};
