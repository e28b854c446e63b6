import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';
import { countryCode, dutyLineSchema, htsText, isoDate } from './tariff.schemas.js';

export const entryInput = z.strictObject({
  entryNumber: z.string().trim().min(3).max(40),
  entryDate: isoDate,
  reference: z.string().trim().max(200).nullable().optional(),
  lines: z
    .array(
      z.strictObject({
        hts: htsText.min(4),
        origin: countryCode,
        customsValueCents: z.number().int().min(0).max(1e13),
        description: z.string().trim().max(500).nullable().optional(),
      }),
    )
    .min(1)
    .max(999),
});

const entryLineSchema = z.object({
  id: z.string(),
  lineNo: z.number().int(),
  hts: z.string(),
  origin: z.string(),
  description: z.string().nullable(),
  customsValueCents: z.number().int(),
  dutyCents: z.number().int(),
  dutyLines: z.array(dutyLineSchema),
});

export const entrySchema = z
  .object({
    id: z.string(),
    entryNumber: z.string(),
    entryDate: z.string(),
    reference: z.string().nullable(),
    dutyCents: z.number().int(),
    createdBy: z.string(),
    createdAt: epochMs,
    lines: z.array(entryLineSchema),
  })
  .meta({ id: 'CustomsEntry' });

export const refundExposureSchema = z
  .object({
    entries: z.array(
      z.object({
        entryNumber: z.string(),
        entryDate: z.string(),
        reference: z.string().nullable(),
        dutyPaidCents: z.number().int(),
        refundableCents: z.number().int(),
        programs: z.array(z.string()),
      }),
    ),
    totalCents: z.number().int(),
    entriesConsidered: z.number().int(),
  })
  .meta({ id: 'RefundExposure' });
