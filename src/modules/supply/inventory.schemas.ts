import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';
import { ADJUSTMENT_REASONS } from './inventory.service.js';
import { isoDate } from './supply.schemas.js';

const text = (max: number) => z.string().trim().max(max);
export const locationKind = z.enum([
  'raw_stores',
  'wip',
  'finished_goods',
  'repair_depot',
  'spares_kit',
  'field_van',
  'in_transit',
  'quarantine',
]);

export const locationInput = z.strictObject({
  code: text(40)
    .min(2)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  name: text(200).min(1),
  kind: locationKind,
  note: text(2000).nullable().optional(),
});

export const locationSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: locationKind,
    note: z.string().nullable(),
    createdAt: epochMs,
  })
  .meta({ id: 'StockLocation' });

export const balanceSchema = z
  .object({
    partId: z.string(),
    partNumber: z.string(),
    partName: z.string(),
    tracking: z.enum(['serial', 'lot', 'none']),
    locationId: z.string(),
    locationCode: z.string(),
    locationKind,
    lotId: z.string().nullable(),
    lotCode: z.string().nullable(),
    dateCode: z.string().nullable(),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int(),
  })
  .meta({ id: 'StockBalance' });

export const onHandSchema = z
  .object({
    partId: z.string(),
    partNumber: z.string(),
    onHand: z.number().int(),
    reserved: z.number().int(),
    available: z.number().int(),
    byLocation: z.array(
      z.object({
        locationId: z.string(),
        locationCode: z.string(),
        locationKind,
        onHand: z.number().int(),
        reserved: z.number().int(),
        available: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'OnHand' });

export const moveSchema = z
  .object({
    id: z.string(),
    at: epochMs,
    partId: z.string(),
    partNumber: z.string(),
    lotId: z.string(),
    serial: z.string().nullable(),
    fromLocationId: z.string().nullable(),
    fromLocationCode: z.string().nullable(),
    toLocationId: z.string().nullable(),
    toLocationCode: z.string().nullable(),
    quantity: z.number().int(),
    valueCents: z.number().int(),
    reason: z.string(),
    reference: z.string().nullable(),
    note: z.string().nullable(),
    actorId: z.string(),
  })
  .meta({ id: 'StockMove' });

export const serialSchema = z
  .object({
    id: z.string(),
    serial: z.string(),
    partId: z.string(),
    partNumber: z.string(),
    locationId: z.string().nullable(),
    locationCode: z.string().nullable(),
    status: z.enum(['in_stock', 'issued', 'shipped', 'scrapped']),
    reservationId: z.string().nullable(),
    unitCostCents: z.number().int(),
    receivedOn: z.string(),
    updatedAt: epochMs,
    history: z.array(moveSchema),
  })
  .meta({ id: 'StockSerial' });

const quantityFields = {
  part: text(100).min(1),
  quantity: z.number().int().min(1).max(1e9).optional(),
  lot: text(100).min(1).optional(),
  serials: z.array(text(100).min(1)).min(1).max(10_000).optional(),
};

export const transferInput = z.strictObject({
  ...quantityFields,
  from: text(100).min(1),
  to: text(100).min(1),
  reservation: text(100).min(1).optional(),
  note: text(2000).optional(),
});

export const issueInput = z.strictObject({
  ...quantityFields,
  from: text(100).min(1),
  reservation: text(100).min(1).optional(),
  reference: text(200).optional(),
  note: text(2000).optional(),
});

export const adjustInput = z.strictObject({
  part: quantityFields.part,
  lot: quantityFields.lot,
  serials: quantityFields.serials,
  location: text(100).min(1),
  delta: z.number().int().min(-1e9).max(1e9),
  reason: z.enum(ADJUSTMENT_REASONS),
  unitCostCents: z.number().int().min(0).max(1e11).optional(),
  note: text(2000).optional(),
});

export const reserveInput = z.strictObject({
  ...quantityFields,
  location: text(100).min(1),
  demand: text(200).min(1),
  note: text(2000).optional(),
});

export const reservationSchema = z
  .object({
    id: z.string(),
    partId: z.string(),
    locationId: z.string(),
    lotId: z.string(),
    serial: z.string().nullable(),
    quantity: z.number().int(),
    status: z.enum(['open', 'released', 'consumed']),
    demand: z.string(),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: epochMs,
    closedAt: epochMs.nullable(),
  })
  .meta({ id: 'StockReservation' });

export const countInput = z.strictObject({
  location: text(100).min(1),
  countedOn: isoDate.optional(),
  note: text(2000).optional(),
  lines: z
    .array(
      z.strictObject({
        part: text(100).min(1),
        lot: text(100).min(1).optional(),
        counted: z.number().int().min(0).max(1e9).optional(),
        serials: z.array(text(100).min(1)).max(10_000).optional(),
      }),
    )
    .min(1)
    .max(1000),
});

export const countSchema = z
  .object({
    id: z.string(),
    locationId: z.string(),
    countedOn: z.string(),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: epochMs,
    lines: z.array(
      z.object({
        partId: z.string(),
        partNumber: z.string(),
        lotId: z.string(),
        expected: z.number().int(),
        counted: z.number().int(),
        variance: z.number().int(),
        missingSerials: z.array(z.string()),
        foundSerials: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'StockCount' });

export const valuationSchema = z
  .object({
    method: z.string(),
    items: z.array(
      z.object({
        partId: z.string(),
        partNumber: z.string(),
        partName: z.string(),
        quantity: z.number().int(),
        valueCents: z.number().int(),
        averageCents: z.number().int(),
      }),
    ),
    totalCents: z.number().int(),
  })
  .meta({ id: 'StockValuation' });
