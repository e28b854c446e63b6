import { z } from 'zod';
import { EVIDENCE_KINDS, HEALTH_FAULTS, THRESHOLD_LIMITS } from './health.types.js';
import { ticketRules } from './ticket-rules.service.js';

/** Health's API shapes: faults, evidence, repair drafts, thresholds and ticket rules. */

export const faultFilter = z.strictObject({
  siteId: z.string().min(1).max(100).optional(),
  machineId: z.string().min(1).max(100).optional(),
  unitSerial: z.string().min(1).max(80).optional(),
  status: z.enum(['open', 'resolved']).optional(),
  fault: z.enum(HEALTH_FAULTS).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const episodeSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  machineId: z.string(),
  ip: z.string().nullable(),
  hostname: z.string().nullable(),
  unitSerial: z.string().nullable(),
  model: z.string().nullable(),
  fault: z.enum(HEALTH_FAULTS),
  label: z.string(),
  part: z.string(),
  status: z.enum(['open', 'resolved']),
  since: z.number(),
  openedAt: z.number(),
  lastSeenAt: z.number(),
  resolvedAt: z.number().nullable(),
  value: z.number(),
  worst: z.number(),
  threshold: z.number(),
  ticketKind: z.enum(['draft', 'rma', 'visit']).nullable(),
  ticketRef: z.string().nullable(),
});

export const evidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  machineId: z.string(),
  unitSerial: z.string().nullable(),
  value: z.number().nullable(),
  detail: z.string(),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  occurrences: z.number(),
});

export const draftSchema = z.object({
  id: z.string(),
  number: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  customerId: z.string(),
  machineId: z.string(),
  ip: z.string().nullable(),
  hostname: z.string().nullable(),
  unitSerial: z.string(),
  model: z.string().nullable(),
  faultCode: z.string(),
  status: z.enum(['draft', 'confirmed', 'dismissed']),
  summary: z.string(),
  warrantyState: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  rmaNumber: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
  decisionNote: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const draftFilter = z.strictObject({
  siteId: z.string().min(1).max(100).optional(),
  status: z.enum(['draft', 'confirmed', 'dismissed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const decisionInput = z.strictObject({ note: z.string().trim().max(2000).optional() });
export const dismissInput = z.strictObject({ note: z.string().trim().min(1).max(2000) });

const thresholdValues = z.object(
  Object.fromEntries(Object.keys(THRESHOLD_LIMITS).map((k) => [k, z.number()])) as Record<
    keyof typeof THRESHOLD_LIMITS,
    z.ZodNumber
  >,
);
export const thresholdsSchema = z.object({
  model: z.string(),
  cooling: z.enum(['air', 'water']).nullable(),
  thresholds: thresholdValues,
  overrides: thresholdValues.partial(),
  /** What the model follows where it sets nothing (by its cooling). */
  defaults: thresholdValues,
});
export const thresholdsInput = z.strictObject(
  Object.fromEntries(
    Object.entries(THRESHOLD_LIMITS).map(([k, l]) => [
      k,
      z.number().int().min(l.min).max(l.max).nullable().optional(),
    ]),
  ) as Record<keyof typeof THRESHOLD_LIMITS, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>,
);

export const rulesSchema = z.object({
  siteId: z.string(),
  rules: ticketRules,
  own: ticketRules.partial(),
  /** What the site follows where it sets nothing (the `*` row; the built-in rules for `*`). */
  defaults: ticketRules,
});
export const rulesInput = z.strictObject(
  Object.fromEntries(
    Object.entries(ticketRules.shape).map(([k, v]) => [k, v.nullable().optional()]),
  ) as {
    [K in keyof typeof ticketRules.shape]: z.ZodOptional<
      z.ZodNullable<(typeof ticketRules.shape)[K]>
    >;
  },
);
export const modelParams = z.strictObject({ model: z.string().min(1).max(80) });
