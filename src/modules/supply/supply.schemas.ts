import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';

const text = (max: number) => z.string().trim().max(max);
export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
export const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code');
const cents = z.number().int().min(0).max(1e13);

export const supplierInput = z.strictObject({
  code: text(40)
    .min(2)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  name: text(200).min(1),
  country,
  leadTimeDays: z.number().int().min(0).max(730),
  minOrderCents: cents,
  contactEmail: z.email().max(200).nullable().optional(),
  restrictedList: text(100).min(1).nullable().optional(),
  restrictedSince: isoDate.nullable().optional(),
  restrictedNote: text(2000).nullable().optional(),
  note: text(2000).nullable().optional(),
});
export const supplierChanges = supplierInput.partial();

export const supplierSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    country: z.string(),
    leadTimeDays: z.number().int(),
    minOrderCents: z.number().int(),
    contactEmail: z.string().nullable(),
    restrictedList: z.string().nullable(),
    restrictedSince: z.string().nullable(),
    restrictedNote: z.string().nullable(),
    note: z.string().nullable(),
    restricted: z.boolean(),
    warning: z.string().nullable().meta({ description: 'Shown to a buyer before ordering' }),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'Supplier' });

export const priceBreakInput = z.strictObject({
  part: text(100).min(1),
  minQuantity: z.number().int().min(1).max(1e9),
  unitPriceCents: cents,
  leadTimeDays: z.number().int().min(0).max(730).nullable().optional(),
  origin: country.nullable().optional(),
});

export const priceBreakSchema = z
  .object({
    id: z.string(),
    supplierId: z.string(),
    partId: z.string(),
    partNumber: z.string(),
    partName: z.string(),
    minQuantity: z.number().int(),
    unitPriceCents: z.number().int(),
    leadTimeDays: z.number().int().nullable(),
    origin: z.string().nullable(),
  })
  .meta({ id: 'PriceBreak' });

export const supplierDetailSchema = supplierSchema
  .extend({ priceBreaks: z.array(priceBreakSchema) })
  .meta({ id: 'SupplierDetail' });

export const offerSchema = z.object({
  supplier: supplierSchema,
  unitPriceCents: z.number().int().nullable(),
  minQuantity: z.number().int(),
  leadTimeDays: z.number().int(),
  origin: z.string(),
});

export const poStatus = z.enum([
  'draft',
  'approved',
  'sent',
  'partly_received',
  'received',
  'cancelled',
]);

export const poInput = z.strictObject({
  supplier: text(100).min(1),
  orderDate: isoDate.optional(),
  dueDate: isoDate.optional(),
  incoterm: z.enum(['EXW', 'FCA', 'FOB', 'CIF', 'DAP', 'DDP']).optional(),
  origin: country.optional(),
  freightEstimateCents: cents.optional(),
  note: text(2000).nullable().optional(),
  lines: z
    .array(
      z.strictObject({
        part: text(100).min(1),
        quantity: z.number().int().min(1).max(1e9),
        unitPriceCents: cents.optional(),
        dueDate: isoDate.optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const poCreatedSchema = z.object({
  id: z.string(),
  number: z.string(),
  status: poStatus,
  warnings: z.array(z.string()),
});

export const poSummarySchema = z
  .object({
    id: z.string(),
    number: z.string(),
    status: poStatus,
    orderDate: z.string(),
    dueDate: z.string(),
    origin: z.string(),
    incoterm: z.string(),
    supplierCode: z.string(),
    supplierName: z.string(),
    restricted: z.boolean(),
    restrictedList: z.string().nullable(),
    totalCents: z.number().int(),
    quantity: z.number().int(),
    receivedQuantity: z.number().int(),
  })
  .meta({ id: 'PurchaseOrderSummary' });

const receiptSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    poId: z.string(),
    receivedOn: z.string(),
    locationId: z.string(),
    entryNumber: z.string().nullable(),
    entryDate: z.string().nullable(),
    origin: z.string(),
    goodsCents: z.number().int(),
    dutyCents: z.number().int(),
    freightCents: z.number().int(),
    insuranceCents: z.number().int(),
    brokerageCents: z.number().int(),
    landedCents: z.number().int(),
    createdBy: z.string(),
    createdAt: epochMs,
  })
  .meta({ id: 'Receipt' });

export const poSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    status: poStatus,
    supplierId: z.string(),
    supplier: supplierSchema,
    orderDate: z.string(),
    dueDate: z.string(),
    incoterm: z.string(),
    origin: z.string(),
    freightEstimateCents: z.number().int(),
    note: z.string().nullable(),
    restrictedAcknowledgedBy: z.string().nullable(),
    createdBy: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: epochMs.nullable(),
    sentAt: epochMs.nullable(),
    closedAt: epochMs.nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
    totalCents: z.number().int(),
    lines: z.array(
      z.object({
        id: z.string(),
        lineNo: z.number().int(),
        partId: z.string(),
        partNumber: z.string(),
        partName: z.string(),
        tracking: z.enum(['serial', 'lot', 'none']),
        htsCode: z.string().nullable(),
        quantity: z.number().int(),
        unitPriceCents: z.number().int(),
        dueDate: z.string(),
        receivedQuantity: z.number().int(),
        openQuantity: z.number().int(),
      }),
    ),
    receipts: z.array(receiptSchema),
  })
  .meta({ id: 'PurchaseOrder' });

export const sendInput = z.strictObject({ acknowledgeRestricted: z.boolean().optional() });

export const receiveInput = z.strictObject({
  receivedOn: isoDate.optional(),
  location: text(100).min(1).optional(),
  entry: z.strictObject({ number: text(40).min(3), date: isoDate.optional() }).optional(),
  freightCents: cents.optional(),
  insuranceCents: cents.optional(),
  brokerageCents: cents.optional(),
  lines: z
    .array(
      z.strictObject({
        line: z.number().int().min(1),
        quantity: z.number().int().min(1).max(1e9).optional(),
        lot: z
          .strictObject({ code: text(100).min(1), dateCode: text(40).nullable().optional() })
          .optional(),
        serials: z.array(text(100).min(1)).max(10_000).optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const receiptDetailSchema = receiptSchema
  .extend({
    poNumber: z.string(),
    poStatus: poStatus,
    locationCode: z.string(),
    lines: z.array(
      z.object({
        id: z.string(),
        poLineId: z.string(),
        lineNo: z.number().int(),
        partId: z.string(),
        partNumber: z.string(),
        quantity: z.number().int(),
        lotId: z.string().nullable(),
        htsCode: z.string().nullable(),
        goodsCents: z.number().int(),
        dutyCents: z.number().int(),
        dutyLines: z.array(z.unknown()),
        freightCents: z.number().int(),
        insuranceCents: z.number().int(),
        brokerageCents: z.number().int(),
        landedCents: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ReceiptDetail' });
