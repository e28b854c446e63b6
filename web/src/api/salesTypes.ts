/** Types of the sales API: customers, their sites and contacts, sales orders, supply sources. */
import type { EpochMillis } from './types';

export const COOLINGS = ['air', 'hydro', 'immersion'] as const;

export type Cooling = (typeof COOLINGS)[number];

export interface Customer {
  id: string;
  code: string;
  name: string;
  /** 1 (most important) to 5: weighs lateness when supply is short. */
  priority: number;
  fleetSize: number | null;
  note: string | null;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

/** A customer as listed: with its number of sites. */
export interface CustomerSummary extends Customer {
  sites: number;
}

export interface CustomerInput {
  code: string;
  name: string;
  priority: number;
  fleetSize?: number | null;
  note?: string | null;
}

export interface Site {
  id: string;
  customerId: string;
  code: string;
  name: string;
  /** Two-letter US state. */
  state: string;
  city: string;
  latitude: number;
  longitude: number;
  powerMw: number;
  cooling: Cooling;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
}

export type SiteInput = Omit<Site, 'id' | 'customerId' | 'createdAt' | 'updatedAt'>;

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  createdAt: EpochMillis;
}

export interface ContactInput {
  name: string;
  email: string;
  phone?: string | null;
  role?: string | null;
}

export interface CustomerDetail extends Customer {
  sites: Site[];
  contacts: Contact[];
}

export const SALES_ORDER_STATUSES = [
  'draft',
  'confirmed',
  'partly_shipped',
  'shipped',
  'delivered',
  'cancelled',
] as const;

export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];

export const SALES_INCOTERMS = ['EXW', 'FCA', 'CPT', 'DAP', 'DDP'] as const;

export type SalesIncoterm = (typeof SALES_INCOTERMS)[number];

export interface SalesOrderSummary {
  id: string;
  number: string;
  customerId: string;
  customerCode: string;
  customerName: string;
  status: SalesOrderStatus;
  customerPo: string | null;
  note: string | null;
  createdBy: string;
  createdAt: EpochMillis;
  updatedAt: EpochMillis;
  confirmedAt: EpochMillis | null;
  units: number;
  /** The Monday of the earliest requested week; null without lines. */
  firstWeek: string | null;
}

export interface SalesOrderLine {
  id: string;
  lineNo: number;
  modelName: string;
  quantity: number;
  unitPriceCents: number;
  /** The Monday of the week the customer asked for. */
  requestedWeek: string;
  siteId: string;
  siteCode: string;
  siteName: string;
  siteState: string;
  incoterm: string;
  shippedQuantity: number;
  deliveredQuantity: number;
}

export interface SalesOrder extends Omit<SalesOrderSummary, 'firstWeek'> {
  totalCents: number;
  lines: SalesOrderLine[];
}

export interface SalesOrderLineInput {
  /** Model name, e.g. "Antminer S21". */
  model: string;
  quantity: number;
  unitPriceCents: number;
  /** Any date of the week; the server keeps its Monday. */
  requestedWeek: string;
  /** Site code of the order's customer. */
  site: string;
  incoterm: SalesIncoterm;
}

export interface SalesOrderInput {
  /** Customer code or id. */
  customer: string;
  customerPo?: string | null;
  note?: string | null;
  lines: SalesOrderLineInput[];
}

export type SalesOrderAction = 'confirm' | 'cancel';

export type SourceKind = 'us_plant' | 'import';

/** Where promised units come from: the US plant or an import lane. */
export interface SupplySource {
  code: string;
  name: string;
  kind: SourceKind;
  originFactory: string;
  originCountry: string;
  mode: 'truck' | 'air' | 'ocean';
  tradeRoute: string | null;
  transitP50Days: number;
  transitP90Days: number;
  /** Units a week the lane can carry; null for the plant (its build plan decides). */
  weeklyUnits: number | null;
  holdProbabilityBp: number;
  holdP50Days: number;
  holdP90Days: number;
  freightToSiteCents: number;
  active: boolean;
  updatedAt: EpochMillis;
}
