export interface CustomersTable {
  id: string;
  code: string;
  name: string;
  /** 1 (most important) to 5: weighs lateness when supply is short. */
  priority: number;
  fleetSize: number | null;
  note: string | null;
  createdAt: number;
  updatedAt: number;
}

export type Cooling = 'air' | 'hydro' | 'immersion';

export interface SitesTable {
  id: string;
  customerId: string;
  code: string;
  name: string;
  /** Two-letter US state. */
  state: string;
  city: string;
  latitude: number;
  longitude: number;
  /** Power capacity in kilowatts (shown in MW). */
  powerKw: number;
  cooling: Cooling;
  createdAt: number;
  updatedAt: number;
}

export interface ContactsTable {
  id: string;
  customerId: string;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  createdAt: number;
}

export const ORDER_STATUSES = [
  'draft',
  'confirmed',
  'partly_shipped',
  'shipped',
  'delivered',
  'cancelled',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface OrdersTable {
  id: string;
  number: string;
  customerId: string;
  status: OrderStatus;
  customerPo: string | null;
  note: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
  confirmedAt: number | null;
}

export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'DAP', 'DDP'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

export interface OrderLinesTable {
  id: string;
  orderId: string;
  lineNo: number;
  modelName: string;
  quantity: number;
  unitPriceCents: number;
  /** Monday of the week the customer wants the units at the site. */
  requestedWeek: string;
  siteId: string;
  incoterm: Incoterm;
  shippedQuantity: number;
  deliveredQuantity: number;
}

export type SourceKind = 'us_plant' | 'import';
export type SourceMode = 'truck' | 'air' | 'ocean';

/** Where promised units come from: the US plant, or an import lane from a factory abroad. */
export interface SupplySourcesTable {
  code: string;
  name: string;
  kind: SourceKind;
  originFactory: string;
  originCountry: string;
  mode: SourceMode;
  /** The trade sourcing route whose landed cost applies; null: the route of the same origin and mode. */
  tradeRoute: string | null;
  transitP50Days: number;
  transitP90Days: number;
  /** Import lanes: units the factory allots to the US each week. The plant's come from its plan. */
  weeklyUnits: number | null;
  /** Customs-hold risk before any hold is recorded on the lane. */
  holdProbabilityBp: number;
  holdP50Days: number;
  holdP90Days: number;
  /** Carriage from port or plant to the site, per unit. */
  freightToSiteCents: number;
  active: number;
  updatedAt: number;
}

export interface SettingsTable {
  key: string;
  value: number;
}

export interface PromiseRunsTable {
  id: string;
  at: number;
  trigger: string;
  scenario: string | null;
  method: 'mip' | 'greedy';
  optimal: number;
  objectiveCents: number;
  lowerBoundCents: number | null;
  landedCostCents: number;
  solveMs: number;
  note: string | null;
  runBy: string;
}

export interface PromiseLinesTable {
  runId: string;
  orderLineId: string;
  orderId: string;
  customerId: string;
  quantity: number;
  promised: number;
  unpromised: number;
  lateUnits: number;
  landedCostCents: number;
  p50: string | null;
  p90: string | null;
  /** JSON: the line's splits by source and ship week. */
  splits: string;
  /** JSON: why it is late, or null. */
  late: string | null;
}

export interface SalesTables {
  salesCustomers: CustomersTable;
  salesSites: SitesTable;
  salesContacts: ContactsTable;
  salesOrders: OrdersTable;
  salesOrderLines: OrderLinesTable;
  salesSupplySources: SupplySourcesTable;
  salesSettings: SettingsTable;
  salesPromiseRuns: PromiseRunsTable;
  salesPromiseLines: PromiseLinesTable;
}
