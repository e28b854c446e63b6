import type {
  AdvanceReplacement,
  Eligibility,
  RmaStatus,
  RmaUnit,
  WarrantyState,
} from '../../api/serviceTypes';
import { RMA_STATUSES } from '../../api/serviceTypes';
import type { Role } from '../../api/types';

export const RMA_STATUS_LABELS: Record<RmaStatus, string> = {
  requested: 'Requested',
  approved: 'Approved',
  in_transit: 'On its way in',
  received: 'Received',
  diagnosing: 'Diagnosing',
  awaiting_quote_approval: 'Quote to approve',
  repairing: 'Repairing',
  testing: 'Testing',
  ready_to_ship: 'Ready to ship',
  shipped: 'Shipped back',
  closed: 'Closed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

export const RMA_STATUS_COLORS: Record<RmaStatus, string> = {
  requested: 'gray',
  approved: 'blue',
  in_transit: 'cyan',
  received: 'indigo',
  diagnosing: 'violet',
  awaiting_quote_approval: 'orange',
  repairing: 'grape',
  testing: 'yellow',
  ready_to_ship: 'teal',
  shipped: 'green',
  closed: 'green',
  rejected: 'red',
  cancelled: 'gray',
};

export const RMA_STATUS_OPTIONS = RMA_STATUSES.map((status) => ({
  value: status,
  label: RMA_STATUS_LABELS[status],
}));

/** Event lines name statuses the RMA table knows, and a few notes of their own. */
export const statusLabel = (status: string) =>
  RMA_STATUS_LABELS[status as RmaStatus] ?? status.replaceAll('_', ' ');

export const ELIGIBILITY_LABELS: Record<Eligibility, string> = {
  doa: 'Dead on arrival',
  in_warranty: 'In warranty',
  repair_warranty: 'Repair cover',
  out_of_warranty: 'Out of warranty',
  void: 'Warranty void',
};

export const ELIGIBILITY_COLORS: Record<Eligibility, string> = {
  doa: 'red',
  in_warranty: 'green',
  repair_warranty: 'teal',
  out_of_warranty: 'gray',
  void: 'dark',
};

export const WARRANTY_STATE_LABELS: Record<WarrantyState, string> = {
  in_warranty: 'In warranty',
  repair_warranty: 'Repair cover',
  expired: 'Expired',
  void: 'Void',
};

/** Who gets a machine ahead of the repair, by service tier. */
export const ADVANCE_LABELS: Record<AdvanceReplacement, string> = {
  never: 'Never',
  doa: 'Dead on arrival only',
  in_warranty: 'Every machine in warranty',
};

/** Who may do what, as the server checks it (admins pass every check). */
export const DEPOT_BENCH: readonly Role[] = ['technician'];
export const SERVICE_DESK: readonly Role[] = ['technician', 'sales', 'logistics'];
export const SHIPPERS_BACK: readonly Role[] = ['technician', 'logistics'];
export const POLICY_EDITORS: readonly Role[] = ['technician', 'sales'];
export const DESK_OR_CUSTOMER: readonly Role[] = [...SERVICE_DESK, 'customer'];
export const DELIVERY_CONFIRMERS: readonly Role[] = [...SHIPPERS_BACK, ...SERVICE_DESK, 'customer'];

/** The machines of an RMA in one of these states: what an action would move. */
export const unitsIn = (units: readonly RmaUnit[], ...statuses: RmaStatus[]) =>
  units.filter((u) => statuses.includes(u.status));

/** The depot board's columns, in the order a machine goes through them. */
export const DEPOT_STATES: readonly RmaStatus[] = [
  'approved',
  'in_transit',
  'received',
  'diagnosing',
  'awaiting_quote_approval',
  'repairing',
  'testing',
  'ready_to_ship',
];

/** Who plans field visits, runs the dispatch planner and keeps the technicians' records. */
export const FIELD_PLANNERS: readonly Role[] = SERVICE_DESK;
/** Live states in which a machine may still get a replacement ahead of its repair. */
export const REPLACEABLE_STATES: readonly RmaStatus[] = [
  'approved',
  'in_transit',
  'received',
  'diagnosing',
  'repairing',
  'testing',
];
