import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

export const planQuery = z.strictObject({
  from: isoDate.optional(),
  weeks: z.coerce.number().int().min(1).max(104).default(12),
});

export const planSchema = z
  .object({
    weeks: z.array(z.string()),
    rows: z.array(
      z.object({ model: z.string(), partId: z.string(), quantities: z.array(z.number().int()) }),
    ),
  })
  .meta({ id: 'BuildPlan' });

export const planCells = z.strictObject({
  cells: z
    .array(
      z.strictObject({
        model: z.string().trim().min(1).max(200),
        week: isoDate,
        quantity: z.number().int().min(0).max(1_000_000),
      }),
    )
    .min(1)
    .max(5_000),
});

export const mrpRunInput = z.strictObject({ weeks: z.number().int().min(1).max(104).default(52) });

const pegSchema = z.object({ model: z.string(), week: z.string(), quantity: z.number().int() });

export const mrpRunSchema = z
  .object({
    id: z.string(),
    firstWeek: z.string(),
    weeks: z.number().int(),
    createdAt: epochMs,
    plannedOrders: z.array(
      z.object({
        id: z.string(),
        partId: z.string(),
        partNumber: z.string(),
        partName: z.string(),
        source: z.enum(['make', 'buy']),
        quantity: z.number().int(),
        releaseDate: z.string(),
        dueDate: z.string(),
        lateWeeks: z.number().int(),
        supplier: z
          .object({
            supplierId: z.string(),
            supplierCode: z.string(),
            unitPriceCents: z.number().int(),
            leadTimeDays: z.number().int(),
            meetsDate: z.boolean(),
          })
          .nullable(),
        pegs: z.array(pegSchema),
        purchaseOrder: z.string().nullable(),
      }),
    ),
    shortages: z.array(
      z.object({
        partId: z.string(),
        partNumber: z.string(),
        neededDate: z.string(),
        quantity: z.number(),
        lateWeeks: z.number().int(),
        pegs: z.array(pegSchema),
      }),
    ),
    summary: z.object({
      plannedOrders: z.number().int(),
      toBuy: z.number().int(),
      toMake: z.number().int(),
      shortages: z.number().int(),
      withoutSupplier: z.number().int(),
    }),
  })
  .meta({ id: 'MrpRun' });

export const draftPosInput = z.strictObject({
  orders: z.array(z.string().min(1).max(40)).min(1).max(5_000).optional(),
});

export const draftPosSchema = z.object({
  created: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      status: z.string(),
      warnings: z.array(z.string()),
      supplier: z.string(),
      lines: z.number().int(),
    }),
  ),
  skipped: z.array(z.object({ id: z.string(), partNumber: z.string(), reason: z.string() })),
});

export const paramsInput = z.strictObject({
  leadTimeDays: z.number().int().min(0).max(730).nullable().optional(),
  safetyStock: z.number().int().min(0).max(1e9).optional(),
  minOrderQuantity: z.number().int().min(0).max(1e9).optional(),
  orderMultiple: z.number().int().min(1).max(1e6).optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const paramsSchema = z.object({
  partId: z.string(),
  leadTimeDays: z.number().int().nullable(),
  safetyStock: z.number().int(),
  minOrderQuantity: z.number().int(),
  orderMultiple: z.number().int(),
  note: z.string().nullable(),
  updatedAt: epochMs,
});
