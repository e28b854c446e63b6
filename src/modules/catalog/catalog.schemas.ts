import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';

export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const KINDS = [
  'miner_unit',
  'asic_chip',
  'hashboard_pcb',
  'hashboard',
  'control_board',
  'psu',
  'fan',
  'water_plate',
  'chassis',
  'heatsink',
  'cable',
  'packaging',
  'other',
] as const;
export const partKind = z.enum(KINDS);
const text = (max: number) => z.string().trim().max(max);

export const modelSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    maker: z.string(),
    hashrateThs: z.number().int(),
    powerW: z.number().int(),
    efficiencyJthX100: z.number().int(),
    efficiencyJth: z.number(),
    cooling: z.enum(['air', 'water']),
    boards: z.number().int(),
    chipsPerBoard: z.number().int().nullable(),
    chip: z.string().nullable(),
    fans: z.number().int().nullable(),
    psu: z.string().nullable(),
    weightG: z.number().int().nullable(),
    released: z.string().nullable(),
    unitPartId: z.string().nullable(),
    uncertainFields: z.array(z.string()),
    note: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'MinerModel' });

export const partSchema = z
  .object({
    id: z.string(),
    partNumber: z.string(),
    name: z.string(),
    kind: partKind,
    htsCode: z.string().nullable(),
    uom: z.enum(['each', 'kg', 'm']),
    tracking: z.enum(['serial', 'lot', 'none']),
    defaultOrigin: z.string().nullable(),
    standardCostCents: z.number().int().nullable(),
    note: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'Part' });

const origin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code');
export const partInput = z.strictObject({
  partNumber: text(64).min(1),
  name: text(200).min(1),
  kind: partKind,
  htsCode: text(20)
    .regex(/^[0-9.]*$/, 'digits and dots only')
    .nullable()
    .optional(),
  uom: z.enum(['each', 'kg', 'm']).optional(),
  tracking: z.enum(['serial', 'lot', 'none']),
  defaultOrigin: origin.nullable().optional(),
  standardCostCents: z.number().int().min(0).max(1e10).nullable().optional(),
  note: text(2000).nullable().optional(),
});
export const partChanges = partInput.omit({ partNumber: true }).partial();

export const revisionInput = z.strictObject({
  revision: text(20).min(1),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().optional(),
  labourMinutes: z.number().int().min(0).max(100_000),
  note: text(2000).nullable().optional(),
  lines: z
    .array(
      z.strictObject({
        component: text(64).min(1),
        quantity: z.number().int().min(1).max(1_000_000),
      }),
    )
    .min(1)
    .max(500),
});

export const explodedNodeSchema: z.ZodType<unknown> = z
  .lazy(() =>
    z.object({
      partId: z.string(),
      partNumber: z.string(),
      level: z.number().int(),
      quantity: z.number().int(),
      extendedQuantity: z.number().int(),
      revision: z.string().nullable(),
      unitCostCents: z.number().int(),
      materialCents: z.number().int(),
      labourCents: z.number().int(),
      children: z.array(explodedNodeSchema),
    }),
  )
  .meta({ id: 'BomNode' });
