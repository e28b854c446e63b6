import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';
import { dutyResultSchema, isoDate } from './tariff.schemas.js';

const cents = z.number().int().min(0).max(1e10);
const bp = z.number().int().min(0).max(100_000);

export const routeInput = z.strictObject({
  modelName: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['us_build', 'import']),
  origin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
    .nullable()
    .default(null),
  originBasis: z
    .enum(['chip_fab', 'hashboard_assembly', 'final_assembly'])
    .nullable()
    .default(null),
  originEvidence: z.string().trim().max(2000).nullable().default(null),
  mode: z.enum(['ocean', 'air', 'truck']).nullable().default(null),
  fobCents: cents.nullable().default(null),
  freightCents: cents.nullable().default(null),
  insuranceBp: bp.nullable().default(null),
  brokerageCents: cents,
  holdingCents: cents.nullable().default(null),
  inboundFreightBp: bp.nullable().default(null),
  overheadCents: cents.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const routeChanges = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  origin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .optional(),
  originBasis: z.enum(['chip_fab', 'hashboard_assembly', 'final_assembly']).nullable().optional(),
  originEvidence: z.string().trim().max(2000).nullable().optional(),
  mode: z.enum(['ocean', 'air', 'truck']).nullable().optional(),
  fobCents: cents.nullable().optional(),
  freightCents: cents.nullable().optional(),
  insuranceBp: bp.nullable().optional(),
  brokerageCents: cents.optional(),
  holdingCents: cents.nullable().optional(),
  inboundFreightBp: bp.nullable().optional(),
  overheadCents: cents.nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

export const routeSchema = routeInput
  .extend({
    id: z.string(),
    origin: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'SourcingRoute' });

export const compareQuery = z.strictObject({
  model: z.string().trim().min(1).max(200),
  date: isoDate.optional(),
  scenario: z.string().trim().min(1).max(200).optional(),
});

const usBuildSchema = z.object({
  partsCents: z.number().int(),
  partsDutyCents: z.number().int(),
  partsFreightCents: z.number().int(),
  partDuties: z.array(
    z.object({
      partNumber: z.string(),
      origin: z.string().nullable(),
      valueCents: z.number().int(),
      dutyCents: z.number().int(),
      rateBp: z.number().int(),
    }),
  ),
  labourCents: z.number().int(),
  brokerageCents: z.number().int(),
  overheadCents: z.number().int(),
  totalCents: z.number().int(),
});

export const compareSchema = z
  .object({
    model: z.string(),
    date: z.string(),
    labourCentsPerHour: z.number().int(),
    results: z.array(
      z.object({
        scenario: z.string().nullable(),
        usBuild: usBuildSchema,
        imports: z.array(
          z.object({
            route: z.object({
              id: z.string(),
              name: z.string(),
              origin: z.string().nullable(),
              originBasis: z.string().nullable(),
              originEvidence: z.string().nullable(),
              mode: z.string().nullable(),
            }),
            landed: z.object({
              fobCents: z.number().int(),
              freightCents: z.number().int(),
              insuranceCents: z.number().int(),
              duty: dutyResultSchema.omit({ scenario: true }),
              brokerageCents: z.number().int(),
              holdingCents: z.number().int(),
              totalCents: z.number().int(),
            }),
            breakEvenRateBp: z.number().int().nullable(),
            cheaper: z.enum(['us_build', 'import']),
            differenceCents: z.number().int(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'BuildVsImport' });
