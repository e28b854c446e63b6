import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';

export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const origin = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2}|\*)$/, 'must be a two-letter country code or *');
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter country code');

export const htsText = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9.]*$/, 'digits and dots only');
const text = (max: number) => z.string().trim().max(max);

export const tariffRowInput = z.strictObject({
  program: text(100).min(1),
  htsPrefix: htsText,
  origin,
  rateBp: z.number().int().min(0).max(100_000),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable().optional(),
  voidedOn: isoDate.nullable().optional(),
  legalReference: text(500).nullable().optional(),
  note: text(2000).nullable().optional(),
  uncertain: z.boolean().optional(),
});

export const tariffRowChanges = tariffRowInput.partial();

export const tariffRowSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string().nullable(),
    program: z.string(),
    htsPrefix: z.string(),
    origin: z.string(),
    rateBp: z.number().int(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    voidedOn: z.string().nullable(),
    legalReference: z.string().nullable(),
    note: z.string().nullable(),
    uncertain: z.boolean(),
    status: z.enum(['future', 'in_force', 'ended', 'voided']),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'TariffRow' });

export const scenarioSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'TradeScenario' });

export const dutyQuery = z.strictObject({
  hts: htsText.min(4),
  origin: countryCode,
  customsValueCents: z.number().int().min(0).max(1e13),
  entryDate: isoDate,
  scenario: text(200).min(1).optional(),
});

export const dutyLineSchema = z
  .object({
    program: z.string(),
    rowId: z.string(),
    rateBp: z.number().int(),
    amountCents: z.number().int(),
    status: z.enum(['in_force', 'voided']),
    voidedOn: z.string().nullable(),
    legalReference: z.string().nullable(),
    fromScenario: z.boolean(),
  })
  .meta({ id: 'DutyLine' });

export const dutyResultSchema = z
  .object({
    lines: z.array(dutyLineSchema),
    totalRateBp: z.number().int(),
    totalCents: z.number().int(),
    scenario: z.string().nullable(),
  })
  .meta({ id: 'DutyResult' });
