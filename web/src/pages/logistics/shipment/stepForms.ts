import {
  IconAnchor,
  IconFileCertificate,
  IconHandStop,
  IconLockOpen,
  IconMapPin,
  IconPlayerPlay,
  type Icon,
} from '@tabler/icons-react';
import type {
  HoldReason,
  ShipmentDetail,
  ShipmentStep,
  ShipmentStepInputs,
} from '../../../api/logisticsTypes';
import type { Role } from '../../../api/types';
import { centsOf } from '../../../lib/money';
import {
  canAddCheckpoint,
  canArrive,
  canEndHold,
  canFileEntry,
  canHold,
  canRelease,
  CUSTOMS_DESK,
  SHIPPERS,
} from '../logisticsLabels';

export type StepValues = Record<string, string | number>;

export interface StepField {
  /** The request field it fills. */
  name: string;
  label: string;
  kind: 'date' | 'text' | 'textarea' | 'dollars' | 'holdReason';
  required: boolean;
  placeholder?: string;
  description?: string;
}

/** One customs or carrier step: its button, its modal form and the request it sends. */
export interface StepForm<S extends ShipmentStep = ShipmentStep> {
  step: S;
  button: string;
  icon: Icon;
  testId: string;
  roles: readonly Role[];
  /** Whether the shipment's state allows the step (the server's rule). */
  allowed: (shipment: ShipmentDetail) => boolean;
  title: string;
  /** Says what the step changes, above its fields. */
  help: string;
  /** Notification after it succeeds. */
  done: string;
  fields: StepField[];
  initial: (shipment: ShipmentDetail, today: string) => StepValues;
  body: (values: StepValues) => ShipmentStepInputs[S];
}

const text = (value: string | number | undefined) => String(value ?? '').trim();
const optional = (value: string | number | undefined) => text(value) || null;

const dateField = (name: string, label: string): StepField => ({
  name,
  label,
  kind: 'date',
  required: true,
});

const checkpoint: StepForm<'checkpoints'> = {
  step: 'checkpoints',
  button: 'Add checkpoint',
  icon: IconMapPin,
  testId: 'action-checkpoint',
  roles: SHIPPERS,
  allowed: canAddCheckpoint,
  title: 'Add a carrier checkpoint',
  help: 'Where the carrier reported the shipment; it goes on the timeline.',
  done: 'checkpoint added',
  fields: [
    dateField('on', 'On'),
    { name: 'location', label: 'Location', kind: 'text', required: true, placeholder: 'City, ST' },
    { name: 'note', label: 'Note', kind: 'textarea', required: false },
  ],
  initial: (_s, today) => ({ on: today, location: '', note: '' }),
  body: (v) => ({ on: text(v.on), location: text(v.location), note: optional(v.note) }),
};

const arrival: StepForm<'arrival'> = {
  step: 'arrival',
  button: 'Arrived at port',
  icon: IconAnchor,
  testId: 'action-arrival',
  roles: CUSTOMS_DESK,
  allowed: canArrive,
  title: 'Arrived at the port of entry',
  help: 'The import waits at port for its customs entry and release.',
  done: 'at port',
  fields: [
    dateField('on', 'Arrived on'),
    { name: 'port', label: 'Port', kind: 'text', required: true, placeholder: 'Long Beach, CA' },
  ],
  initial: (s, today) => ({ on: today, port: s.portOfEntry ?? '' }),
  body: (v) => ({ on: text(v.on), port: text(v.port) }),
};

const entry: StepForm<'customs-entry'> = {
  step: 'customs-entry',
  button: 'File customs entry',
  icon: IconFileCertificate,
  testId: 'action-entry',
  roles: CUSTOMS_DESK,
  allowed: canFileEntry,
  title: 'File the customs entry',
  help: 'Duty is computed by tariff program at the entry date from the units’ customs value.',
  done: 'customs entry filed',
  fields: [
    { name: 'entryNumber', label: 'Entry number', kind: 'text', required: true },
    dateField('entryDate', 'Entry date'),
  ],
  initial: (s, today) => ({ entryNumber: '', entryDate: s.arrivedPortOn ?? today }),
  body: (v) => ({ entryNumber: text(v.entryNumber), entryDate: text(v.entryDate) }),
};

const hold: StepForm<'holds'> = {
  step: 'holds',
  button: 'Customs hold',
  icon: IconHandStop,
  testId: 'action-hold',
  roles: CUSTOMS_DESK,
  allowed: canHold,
  title: 'Customs holds the shipment',
  help: 'The hold counts its days and holding cost until it ends; each lane learns its hold risk from them.',
  done: 'held by customs',
  fields: [
    { name: 'reason', label: 'Reason', kind: 'holdReason', required: true },
    dateField('startedOn', 'Since'),
    {
      name: 'holdingCostPerDayCents',
      label: 'Holding cost a day',
      kind: 'dollars',
      required: true,
      description: 'Demurrage, storage and the capital tied up',
    },
    { name: 'note', label: 'Note', kind: 'textarea', required: false },
  ],
  initial: (_s, today) => ({ reason: '', startedOn: today, holdingCostPerDayCents: '', note: '' }),
  body: (v) => ({
    reason: text(v.reason) as HoldReason,
    startedOn: text(v.startedOn),
    holdingCostPerDayCents: centsOf(v.holdingCostPerDayCents ?? '') ?? 0,
    note: optional(v.note),
  }),
};

const endHold: StepForm<'holds/end'> = {
  step: 'holds/end',
  button: 'End hold',
  icon: IconPlayerPlay,
  testId: 'action-end-hold',
  roles: CUSTOMS_DESK,
  allowed: canEndHold,
  title: 'End the customs hold',
  help: 'With its entry filed the shipment is released; without one it goes back to waiting at port.',
  done: 'hold ended',
  fields: [dateField('endedOn', 'Ended on')],
  initial: (_s, today) => ({ endedOn: today }),
  body: (v) => ({ endedOn: text(v.endedOn) }),
};

const release: StepForm<'release'> = {
  step: 'release',
  button: 'Release',
  icon: IconLockOpen,
  testId: 'action-release',
  roles: CUSTOMS_DESK,
  allowed: canRelease,
  title: 'Customs released the shipment',
  help: 'Released units go on to the site, where they are received.',
  done: 'released',
  fields: [dateField('on', 'Released on')],
  initial: (_s, today) => ({ on: today }),
  body: (v) => ({ on: text(v.on) }),
};

/** In the order a shipment meets them. */
export const STEP_FORMS: StepForm[] = [checkpoint, arrival, entry, hold, endHold, release];
