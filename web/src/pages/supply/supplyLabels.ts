import type { Role } from '../../api/types';
import {
  PO_STATUSES,
  type LocationKind,
  type PoStatus,
  type SerialStatus,
} from '../../api/supplyTypes';

export const PO_STATUS_LABELS: Record<PoStatus, string> = {
  draft: 'Draft',
  approved: 'Approved',
  sent: 'Sent',
  partly_received: 'Partly received',
  received: 'Received',
  cancelled: 'Cancelled',
};

export const PO_STATUS_COLORS: Record<PoStatus, string> = {
  draft: 'gray',
  approved: 'blue',
  sent: 'indigo',
  partly_received: 'yellow',
  received: 'green',
  cancelled: 'red',
};

export const PO_STATUS_OPTIONS = PO_STATUSES.map((status) => ({
  value: status,
  label: PO_STATUS_LABELS[status],
}));

/** Only a sent order can be received (again, while some of it is still open). */
export function isReceivable(status: PoStatus): boolean {
  return status === 'sent' || status === 'partly_received';
}

export const LOCATION_KIND_LABELS: Record<LocationKind, string> = {
  raw_stores: 'Raw stores',
  wip: 'Work in progress',
  finished_goods: 'Finished goods',
  repair_depot: 'Repair depot',
  spares_kit: 'Spares kits',
  field_van: 'Field vans',
  in_transit: 'In transit',
  quarantine: 'Quarantine',
};

export const SERIAL_STATUS_LABELS: Record<SerialStatus, string> = {
  in_stock: 'In stock',
  issued: 'Issued',
  shipped: 'Shipped',
  scrapped: 'Scrapped',
};

export const SERIAL_STATUS_COLORS: Record<SerialStatus, string> = {
  in_stock: 'green',
  issued: 'blue',
  shipped: 'indigo',
  scrapped: 'red',
};

const MOVE_REASON_LABELS: Record<string, string> = {
  receipt: 'Receipt',
  transfer: 'Transfer',
  issue: 'Issue',
  return: 'Return',
  adjustment: 'Adjustment',
  cycle_count: 'Cycle count',
  scrap: 'Scrap',
};

export function moveReasonLabel(reason: string): string {
  return MOVE_REASON_LABELS[reason] ?? reason.replaceAll('_', ' ');
}

/** Who may do what, as the server checks it (admins pass every check). */
export const SUPPLIER_EDITORS: readonly Role[] = ['buyer', 'trade'];
export const BUYERS: readonly Role[] = ['buyer'];
export const RECEIVERS: readonly Role[] = ['buyer', 'production', 'logistics'];

/** Restricted-party lists a supplier may be flagged on. */
export const RESTRICTED_LISTS = [
  'Entity List',
  'Military End-User List',
  'Unverified List',
  'SDN List',
];
