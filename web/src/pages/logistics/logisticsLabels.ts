import type {
  HoldReason,
  ShipmentEventKind,
  ShipmentKind,
  ShipmentStatus,
  ShipmentSummary,
} from '../../api/logisticsTypes';
import { SHIPMENT_KINDS, SHIPMENT_STATUSES } from '../../api/logisticsTypes';
import type { Role } from '../../api/types';

export const SHIPMENT_STATUS_LABELS: Record<ShipmentStatus, string> = {
  in_transit: 'In transit',
  at_port: 'At port',
  held: 'Held by customs',
  released: 'Released',
  delivered: 'Delivered',
};

export const SHIPMENT_STATUS_COLORS: Record<ShipmentStatus, string> = {
  in_transit: 'blue',
  at_port: 'cyan',
  held: 'red',
  released: 'teal',
  delivered: 'green',
};

export const SHIPMENT_STATUS_OPTIONS = SHIPMENT_STATUSES.map((status) => ({
  value: status,
  label: SHIPMENT_STATUS_LABELS[status],
}));

export const SHIPMENT_KIND_LABELS: Record<ShipmentKind, string> = {
  domestic: 'Domestic',
  import: 'Import',
};

export const SHIPMENT_KIND_OPTIONS = SHIPMENT_KINDS.map((kind) => ({
  value: kind,
  label: SHIPMENT_KIND_LABELS[kind],
}));

export const HOLD_REASON_LABELS: Record<HoldReason, string> = {
  exam: 'Exam',
  other_agency: 'Other agency',
  origin_review: 'Origin review',
};

/** The KPIs report reasons as plain strings. */
export const holdReasonLabel = (reason: string) =>
  HOLD_REASON_LABELS[reason as HoldReason] ?? reason.replaceAll('_', ' ');

export const EVENT_KIND_LABELS: Record<ShipmentEventKind, string> = {
  departed: 'Departed',
  checkpoint: 'Checkpoint',
  arrived_port: 'Arrived at port',
  entry_filed: 'Customs entry filed',
  hold_opened: 'Customs hold',
  hold_ended: 'Hold ended',
  released: 'Released by customs',
  received: 'Units received',
  delivered: 'Delivered',
};

/** Who may do what, as the server checks it (admins pass every check). */
export const SHIPPERS: readonly Role[] = ['logistics'];
export const CUSTOMS_DESK: readonly Role[] = ['logistics', 'trade'];
export const RECEIVERS: readonly Role[] = ['customer', 'logistics'];

type Shipment = Pick<ShipmentSummary, 'kind' | 'status' | 'customsEntryNumber'>;

/** The server's state rules for each step, so a button shows only when it can succeed. */
export const canAddCheckpoint = (s: Shipment) => s.status !== 'delivered';
export const canArrive = (s: Shipment) => s.kind === 'import' && s.status === 'in_transit';
export const canFileEntry = (s: Shipment) =>
  s.kind === 'import' && (s.status === 'at_port' || s.status === 'held') && !s.customsEntryNumber;
export const canHold = (s: Shipment) => s.status === 'at_port';
export const canEndHold = (s: Shipment) => s.status === 'held';
export const canRelease = (s: Shipment) => s.status === 'at_port' && !!s.customsEntryNumber;
/** Domestic units are received on the way; an import once customs releases it. */
export const canReceive = (s: Shipment) =>
  s.kind === 'domestic' ? s.status === 'in_transit' : s.status === 'released';
