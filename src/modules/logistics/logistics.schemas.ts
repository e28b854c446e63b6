import { z } from 'zod';
import { HOLD_REASONS, SHIPMENT_STATUSES } from './logistics.tables.js';

const isoDate = z.iso.date();
const serial = z.string().trim().min(3).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const shipmentStatus = z.enum(SHIPMENT_STATUSES);
export const shipmentKind = z.enum(['domestic', 'import']);
export const holdReason = z.enum(HOLD_REASONS);

export const shipmentInput = z.strictObject({
  order: text(40),
  source: text(40),
  carrier: text(80),
  trackingNumber: z.string().trim().max(80).nullish(),
  departedOn: isoDate.optional(),
  portOfEntry: z.string().trim().max(80).nullish(),
  unitsPerPallet: z.number().int().min(1).max(200).optional(),
  lines: z
    .array(
      z.strictObject({
        line: z.number().int().min(1),
        quantity: z.number().int().min(1).max(100_000).optional(),
        serials: z.array(serial).min(1).max(50_000).optional(),
      }),
    )
    .min(1)
    .max(100),
});

export const shipmentFilter = z.strictObject({
  status: shipmentStatus.optional(),
  kind: shipmentKind.optional(),
  order: z.string().max(40).optional(),
  customer: z.string().max(40).optional(),
});

export const checkpointInput = z.strictObject({
  on: isoDate,
  location: text(120),
  note: z.string().trim().max(500).nullish(),
});
export const arrivalInput = z.strictObject({ on: isoDate, port: text(80) });
export const entryInput = z.strictObject({ entryNumber: text(40), entryDate: isoDate });
export const holdInput = z.strictObject({
  reason: holdReason,
  startedOn: isoDate,
  holdingCostPerDayCents: z.number().int().min(0).max(100_000_000),
  note: z.string().trim().max(500).nullish(),
});
export const holdEndInput = z.strictObject({ endedOn: isoDate });
export const releaseInput = z.strictObject({ on: isoDate });
export const receiptInput = z.strictObject({
  serials: z.array(serial).min(1).max(50_000).optional(),
  on: isoDate.optional(),
});

const eta = z.object({ p50: z.string().nullable(), p90: z.string().nullable() });
export const shipmentSummary = z.object({
  id: z.string(),
  number: z.string(),
  kind: shipmentKind,
  sourceCode: z.string(),
  status: shipmentStatus,
  orderId: z.string(),
  orderNumber: z.string(),
  customerId: z.string(),
  customerCode: z.string(),
  customerName: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  siteState: z.string(),
  carrier: z.string(),
  trackingNumber: z.string().nullable(),
  origin: z.string(),
  originCountry: z.string(),
  portOfEntry: z.string().nullable(),
  departedOn: z.string(),
  arrivedPortOn: z.string().nullable(),
  releasedOn: z.string().nullable(),
  deliveredOn: z.string().nullable(),
  customsEntryNumber: z.string().nullable(),
  dutyCents: z.number(),
  freightCents: z.number().nullable(),
  units: z.number().int(),
  received: z.number().int(),
  openHold: z.object({ reason: holdReason, startedOn: z.string() }).nullable(),
  eta,
});

export const shipmentDetail = shipmentSummary.extend({
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      model: z.string(),
      ordered: z.number().int(),
      units: z.number().int(),
      received: z.number().int(),
      unitValueCents: z.number(),
      hts: z.string(),
      originCountry: z.string(),
    }),
  ),
  packages: z.array(z.object({ label: z.string(), weightG: z.number(), units: z.number().int() })),
  serials: z.array(
    z.object({
      serial: z.string(),
      model: z.string(),
      pallet: z.string(),
      lineNo: z.number().int(),
      valueCents: z.number(),
      receivedOn: z.string().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      happenedOn: z.string(),
      location: z.string().nullable(),
      note: z.string().nullable(),
      recordedAt: z.number(),
    }),
  ),
  holds: z.array(
    z.object({
      id: z.string(),
      reason: holdReason,
      startedOn: z.string(),
      endedOn: z.string().nullable(),
      note: z.string().nullable(),
      days: z.number().int(),
      holdingCostPerDayCents: z.number().nullable(),
      costCents: z.number().nullable(),
    }),
  ),
});

export const holdRow = z.object({
  id: z.string(),
  shipmentId: z.string(),
  shipment: z.string(),
  sourceCode: z.string(),
  portOfEntry: z.string().nullable(),
  customerId: z.string(),
  customsEntryNumber: z.string().nullable(),
  reason: holdReason,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  note: z.string().nullable(),
  holdingCostPerDayCents: z.number(),
  units: z.number().int(),
  days: z.number().int(),
  costCents: z.number(),
});

export const laneRiskRow = z.object({
  source: z.string(),
  shipments: z.number().int(),
  held: z.number().int(),
  learned: z.boolean(),
  probabilityBp: z.number().int(),
  p50Days: z.number(),
  p90Days: z.number(),
});

export const installedBaseQuery = z.strictObject({
  site: z.string().max(60).optional(),
  serial: z.string().max(64).optional(),
  customer: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export const installedBaseSchema = z.object({
  total: z.number().int(),
  items: z.array(
    z.object({
      serial: z.string(),
      model: z.string(),
      builtHere: z.boolean(),
      customerCode: z.string(),
      siteCode: z.string(),
      siteName: z.string(),
      orderNumber: z.string(),
      shipmentNumber: z.string(),
      shippedOn: z.string(),
      deliveredOn: z.string(),
      warrantyStartsOn: z.string(),
      warrantyEndsOn: z.string(),
      inWarranty: z.boolean(),
    }),
  ),
});

const spread = z.object({
  units: z.number().int(),
  meanDays: z.number().nullable(),
  p50Days: z.number().nullable(),
  p90Days: z.number().nullable(),
});
/** Without dates: the last 90 days to today. */
export const kpiQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
export const kpiSchema = z.object({
  from: z.string(),
  to: z.string(),
  leadTime: z.object({ usBuilt: spread, imported: spread }),
  otif: z.object({
    lines: z.number().int(),
    inFull: z.number().int(),
    onTime: z.number().int(),
    onTimeInFull: z.number().int(),
    inFullPct: z.number().nullable(),
    onTimePct: z.number().nullable(),
    onTimeInFullPct: z.number().nullable(),
  }),
  holds: z.object({
    holds: z.number().int(),
    open: z.number().int(),
    units: z.number().int(),
    unitDays: z.number().int(),
    days: z.number().int(),
    costCents: z.number(),
    byReason: z.array(
      z.object({
        reason: z.string(),
        holds: z.number().int(),
        units: z.number().int(),
        days: z.number().int(),
        costCents: z.number(),
      }),
    ),
  }),
  duties: z.object({
    paidCents: z.number(),
    importEntries: z.number().int(),
    avoidedCents: z.number(),
    usBuiltUnits: z.number().int(),
  }),
});

export const settingsSchema = z.strictObject({
  warrantyTermDays: z.number().int().min(1).max(3650),
});
