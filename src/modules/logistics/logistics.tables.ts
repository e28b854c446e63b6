/**
 * A shipment moves units of one sales order to one of the customer's sites: a truck from the
 * plant (domestic) or an import lane from a factory abroad (factory → port → customs → site).
 */
export type ShipmentKind = 'domestic' | 'import';

/**
 * `in_transit` from departure; imports then reach a port (`at_port`), may be `held` by customs,
 * and are `released` once cleared; `delivered` when the customer has confirmed every serial.
 */
export const SHIPMENT_STATUSES = [
  'in_transit',
  'at_port',
  'held',
  'released',
  'delivered',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface ShipmentsTable {
  id: string;
  number: string;
  kind: ShipmentKind;
  /** The supply source (sales) it ships from: `US-PLANT`, `CN-OCEAN`, … */
  sourceCode: string;
  orderId: string;
  customerId: string;
  siteId: string;
  status: ShipmentStatus;
  carrier: string;
  trackingNumber: string | null;
  /** Where it left from: the plant, or the factory abroad. */
  origin: string;
  /** Country of origin declared for its units (`US` for units built here). */
  originCountry: string;
  portOfEntry: string | null;
  departedOn: string;
  arrivedPortOn: string | null;
  releasedOn: string | null;
  deliveredOn: string | null;
  /** The trade module's customs entry, once filed. */
  customsEntryId: string | null;
  customsEntryNumber: string | null;
  dutyCents: number;
  freightCents: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface PackagesTable {
  id: string;
  shipmentId: string;
  /** `PAL-001`, printed on the pallet. */
  label: string;
  weightG: number;
}

/** One serial on one shipment: the serial is unique here, so a unit ships once. */
export interface ShipmentUnitsTable {
  serial: string;
  shipmentId: string;
  packageId: string;
  orderLineId: string;
  modelName: string;
  /** The production unit, for units built in the plant. */
  unitId: string | null;
  hts: string;
  originCountry: string;
  /** Declared value per unit (customs value for imports, transfer value for domestic). */
  valueCents: number;
  receivedOn: string | null;
  receivedBy: string | null;
}

export type EventKind =
  | 'departed'
  | 'checkpoint'
  | 'arrived_port'
  | 'entry_filed'
  | 'hold_opened'
  | 'hold_ended'
  | 'released'
  | 'received'
  | 'delivered';

export interface ShipmentEventsTable {
  id: string;
  shipmentId: string;
  kind: EventKind;
  /** The day it happened (carriers and brokers report days). */
  happenedOn: string;
  location: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: number;
}

export const HOLD_REASONS = ['exam', 'other_agency', 'origin_review'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export interface CustomsHoldsTable {
  id: string;
  shipmentId: string;
  reason: HoldReason;
  startedOn: string;
  endedOn: string | null;
  /** Demurrage, storage and exam fees for the whole shipment, per day held. */
  holdingCostPerDayCents: number;
  note: string | null;
  createdBy: string;
  createdAt: number;
}

/** A delivered unit at the customer's site: what service and fleet start from. */
export interface InstalledBaseTable {
  serial: string;
  unitId: string | null;
  modelName: string;
  customerId: string;
  siteId: string;
  orderId: string;
  shipmentId: string;
  shippedOn: string;
  deliveredOn: string;
  warrantyStartsOn: string;
  warrantyEndsOn: string;
}

export interface SettingsTable {
  key: string;
  value: number;
}

/** A parcel of the repair service: to the depot, or back to the customer's site. */
export interface RepairShipmentsTable {
  id: string;
  number: string;
  direction: 'to_depot' | 'to_customer';
  customerId: string;
  siteId: string;
  /** What it carries for: the RMA's number. */
  reference: string;
  carrier: string;
  trackingNumber: string | null;
  status: 'in_transit' | 'delivered';
  departedOn: string;
  deliveredOn: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export interface RepairShipmentUnitsTable {
  shipmentId: string;
  serial: string;
}

export interface LogisticsTables {
  logisticsShipments: ShipmentsTable;
  logisticsPackages: PackagesTable;
  logisticsShipmentUnits: ShipmentUnitsTable;
  logisticsShipmentEvents: ShipmentEventsTable;
  logisticsCustomsHolds: CustomsHoldsTable;
  logisticsInstalledBase: InstalledBaseTable;
  logisticsSettings: SettingsTable;
  logisticsRepairShipments: RepairShipmentsTable;
  logisticsRepairShipmentUnits: RepairShipmentUnitsTable;
}
