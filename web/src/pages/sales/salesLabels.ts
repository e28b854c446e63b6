import type { LateKind, PromiseMethod } from '../../api/promiseTypes';
import {
  SALES_ORDER_STATUSES,
  type Cooling,
  type SalesOrderStatus,
  type SourceKind,
} from '../../api/salesTypes';
import type { Role } from '../../api/types';

export const SO_STATUS_LABELS: Record<SalesOrderStatus, string> = {
  draft: 'Draft',
  confirmed: 'Confirmed',
  partly_shipped: 'Partly shipped',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const SO_STATUS_COLORS: Record<SalesOrderStatus, string> = {
  draft: 'gray',
  confirmed: 'blue',
  partly_shipped: 'yellow',
  shipped: 'indigo',
  delivered: 'green',
  cancelled: 'red',
};

export const SO_STATUS_OPTIONS = SALES_ORDER_STATUSES.map((status) => ({
  value: status,
  label: SO_STATUS_LABELS[status],
}));

/** The server's rules: only a draft is confirmed; an order is cancelled until something ships. */
export const canConfirm = (status: SalesOrderStatus) => status === 'draft';
export const canCancel = (status: SalesOrderStatus) => status === 'draft' || status === 'confirmed';

/** Orders the promise runs over; a draft or a closed order has no promise. */
export const isOpenOrder = (status: SalesOrderStatus) =>
  status === 'confirmed' || status === 'partly_shipped';

export const LATE_KIND_LABELS: Record<LateKind, string> = {
  lead_time: 'Lead time',
  capacity: 'Capacity',
  cost: 'Cost',
  no_source: 'No source',
};

export const LATE_KIND_COLORS: Record<LateKind, string> = {
  lead_time: 'orange',
  capacity: 'red',
  cost: 'yellow',
  no_source: 'grape',
};

export const METHOD_LABELS: Record<PromiseMethod, string> = {
  mip: 'MIP (HiGHS)',
  greedy: 'Greedy',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  us_plant: 'US plant',
  import: 'Import',
};

export const COOLING_LABELS: Record<Cooling, string> = {
  air: 'Air',
  hydro: 'Hydro',
  immersion: 'Immersion',
};

/** 1 is the most important customer: its lateness weighs most when supply is short. */
export const PRIORITY_OPTIONS = [1, 2, 3, 4, 5].map((p) => ({
  value: String(p),
  label: p === 1 ? '1 · most important' : p === 5 ? '5 · least important' : String(p),
}));

/** Who may do what, as the server checks it (admins pass every check). */
export const SALES_EDITORS: readonly Role[] = ['sales'];
export const PROMISERS: readonly Role[] = ['sales', 'planner', 'logistics'];
