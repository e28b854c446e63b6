import {
  IconBan,
  IconPackageExport,
  IconPackageImport,
  IconThumbDown,
  IconThumbUp,
  type Icon,
} from '@tabler/icons-react';
import type {
  RmaAction,
  RmaActionInputs,
  RmaDetail,
  RmaStatus,
  RmaUnit,
} from '../../../api/serviceTypes';
import type { Role } from '../../../api/types';
import {
  unitsIn,
  DELIVERY_CONFIRMERS,
  DESK_OR_CUSTOMER,
  SERVICE_DESK,
  SHIPPERS_BACK,
} from '../serviceLabels';

export type ActionValues = Record<string, string>;

export interface ActionField {
  /** The request field it fills. */
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date';
  required: boolean;
  placeholder?: string;
  description?: string;
}

/** One action on an RMA: its button, the machines it moves, its form and its request. */
export interface ActionForm<A extends RmaAction = RmaAction> {
  action: A;
  /** The button's label; a customer may read another one ("I shipped it"). */
  button: string;
  customerButton?: string;
  icon: Icon;
  color?: string;
  testId: string;
  roles: readonly Role[];
  /** The machines it acts on must be in one of these states (the server's rule). */
  from: readonly RmaStatus[];
  /** Machines in those states it still leaves alone (the server's rule too). */
  skips?: (unit: RmaUnit) => boolean;
  title: string;
  help: string;
  /** Notification after it succeeds. */
  done: string;
  fields: ActionField[];
  initial: (rma: RmaDetail, today: string) => ActionValues;
  body: (values: ActionValues) => Omit<RmaActionInputs[A], 'serials'>;
}

const text = (value: string | undefined) => (value ?? '').trim();
/** Left out of the request when empty, so the server applies its default. */
const optional = (value: string | undefined) => text(value) || undefined;

const carrierFields: ActionField[] = [
  { name: 'carrier', label: 'Carrier', kind: 'text', required: true, placeholder: 'UPS, FedEx…' },
  { name: 'trackingNumber', label: 'Tracking number', kind: 'text', required: false },
];

const approve: ActionForm<'approve'> = {
  action: 'approve',
  button: 'Approve',
  icon: IconThumbUp,
  testId: 'rma-approve',
  roles: SERVICE_DESK,
  from: ['requested'],
  title: 'Approve the return',
  help: 'The customer gets the return instructions and ships the machines to the depot; the SLA clock pauses until they arrive.',
  done: 'approved',
  fields: [
    {
      name: 'instructions',
      label: 'Return instructions',
      kind: 'textarea',
      required: false,
      description: 'Leave empty for the standard instructions',
    },
  ],
  initial: () => ({ instructions: '' }),
  body: (v) => ({ instructions: optional(v.instructions) }),
};

const reject: ActionForm<'reject'> = {
  action: 'reject',
  button: 'Reject',
  icon: IconThumbDown,
  color: 'red',
  testId: 'rma-reject',
  roles: SERVICE_DESK,
  from: ['requested'],
  title: 'Reject the return',
  help: 'The customer reads the reason; the machines may be returned again on a new RMA.',
  done: 'rejected',
  fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: true }],
  initial: () => ({ reason: '' }),
  body: (v) => ({ reason: text(v.reason) }),
};

const cancel: ActionForm<'cancel'> = {
  action: 'cancel',
  button: 'Cancel RMA',
  icon: IconBan,
  color: 'red',
  testId: 'rma-cancel',
  roles: DESK_OR_CUSTOMER,
  from: ['requested', 'approved'],
  title: 'Withdraw the return',
  help: 'Machines not yet on their way to the depot are withdrawn.',
  done: 'cancelled',
  fields: [{ name: 'reason', label: 'Reason', kind: 'textarea', required: false }],
  initial: () => ({ reason: '' }),
  body: (v) => ({ reason: optional(v.reason) }),
};

const inbound: ActionForm<'inbound'> = {
  action: 'inbound',
  button: 'Shipped to depot',
  customerButton: 'I shipped it',
  icon: IconPackageExport,
  testId: 'rma-inbound',
  roles: DESK_OR_CUSTOMER,
  from: ['approved'],
  title: 'Shipped to the depot',
  help: 'The parcel is followed to the depot, where the machines are received by scanning.',
  done: 'on its way to the depot',
  fields: [
    ...carrierFields,
    { name: 'shippedOn', label: 'Shipped on', kind: 'date', required: true },
  ],
  initial: (_r, today) => ({ carrier: '', trackingNumber: '', shippedOn: today }),
  body: (v) => ({
    carrier: text(v.carrier),
    trackingNumber: optional(v.trackingNumber),
    shippedOn: optional(v.shippedOn),
  }),
};

const shipBack: ActionForm<'ship-back'> = {
  action: 'ship-back',
  button: 'Ship back',
  icon: IconPackageExport,
  testId: 'rma-ship-back',
  roles: SHIPPERS_BACK,
  from: ['ready_to_ship'],
  // A machine replaced ahead goes into the refurbished pool from the repair screen.
  skips: (unit) => unit.replacementSerial !== null,
  title: 'Ship the machines back to the site',
  help: 'The SLA clock stops; repaired parts are covered from today.',
  done: 'shipped back',
  fields: carrierFields,
  initial: () => ({ carrier: '', trackingNumber: '' }),
  body: (v) => ({ carrier: text(v.carrier), trackingNumber: optional(v.trackingNumber) }),
};

const delivered: ActionForm<'delivered'> = {
  action: 'delivered',
  button: 'Received',
  icon: IconPackageImport,
  testId: 'rma-delivered',
  roles: DELIVERY_CONFIRMERS,
  from: ['shipped'],
  title: 'The machines are back at the site',
  help: 'Confirming receipt closes the machines on this RMA.',
  done: 'closed',
  fields: [{ name: 'on', label: 'Received on', kind: 'date', required: true }],
  initial: (_r, today) => ({ on: today }),
  body: (v) => ({ on: optional(v.on) }),
};

/** The RMA's machines the action would move. */
export const candidatesOf = (form: ActionForm, units: readonly RmaUnit[]) =>
  unitsIn(units, ...form.from).filter((u) => !form.skips?.(u));

/** In the order an RMA meets them; Cancel last, as the way out. */
export const ACTION_FORMS = [approve, reject, inbound, shipBack, delivered, cancel] as ActionForm[];

/** Other actions are ordinary buttons; this one marks the step the page is waiting for. */
export const PRIMARY_ACTIONS: ReadonlySet<RmaAction> = new Set([
  'approve',
  'inbound',
  'ship-back',
  'delivered',
]);
