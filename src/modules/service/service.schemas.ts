import { z } from 'zod';
import { RMA_STATUSES } from './service.tables.js';

/** A real calendar day, `YYYY-MM-DD` (2026-13-01 is refused, not carried into date sums). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'must be a real calendar date');
const serial = z.string().trim().min(1).max(80);
const serials = z.array(serial).min(1).max(20_000);
const text = (max: number) => z.string().trim().max(max);

export const serialParams = z.strictObject({ serial });
export const codeParams = z.strictObject({ code: z.string().min(1).max(60) });

// ── Warranty ────────────────────────────────────────────────────────────────
export const policyInput = z.strictObject({
  termDays: z.number().int().min(1).max(3650),
  doaDays: z.number().int().min(0).max(365),
  repairedTermDays: z.number().int().min(0).max(3650),
  startBasis: z.enum(['shipped', 'delivered']),
  exclusions: z.array(text(200).min(1)).max(30),
  marketValueCents: z.number().int().min(0).max(100_000_000),
});
export const policySchema = policyInput.extend({ modelName: z.string() });

const eligibility = z.enum(['doa', 'in_warranty', 'repair_warranty', 'out_of_warranty', 'void']);
export const warrantySchema = z.object({
  serial: z.string(),
  model: z.string(),
  builtHere: z.boolean(),
  customerCode: z.string(),
  siteCode: z.string(),
  shippedOn: z.string(),
  deliveredOn: z.string(),
  on: z.string(),
  state: z.enum(['in_warranty', 'repair_warranty', 'expired', 'void']),
  eligibility,
  startsOn: z.string(),
  endsOn: z.string(),
  doa: z.boolean(),
  doaEndsOn: z.string(),
  repairCoverEndsOn: z.string().nullable(),
  daysLeft: z.number().int(),
  policy: policyInput.omit({ marketValueCents: true }),
  voids: z.array(
    z.object({ id: z.string(), reason: z.string(), evidence: z.string(), voidedOn: z.string() }),
  ),
  components: z.array(
    z.object({
      serial: z.string(),
      partNumber: z.string(),
      endsOn: z.string().nullable(),
      covered: z.boolean(),
    }),
  ),
});
export const warrantyDetailSchema = warrantySchema.extend({
  rmas: z.array(
    z.object({
      number: z.string(),
      status: z.string(),
      fault: z.string(),
      requestedOn: z.string(),
      shippedOn: z.string().nullable(),
    }),
  ),
});
export const warrantyQuery = z.strictObject({ on: isoDate.optional() });
export const lookupInput = z.strictObject({ serials });
export const voidInput = z.strictObject({ reason: text(200).min(1), evidence: text(4000).min(1) });
export const liftInput = z.strictObject({ note: text(2000).min(1) });

// ── Tiers, fault codes, settings ────────────────────────────────────────────
export const tierInput = z.strictObject({
  name: text(80).min(1),
  targetHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  advanceReplacement: z.enum(['never', 'doa', 'in_warranty']),
  note: text(500).nullable(),
});
export const tierSchema = tierInput.extend({ code: z.string(), updatedAt: z.number() });
export const customerTierInput = z.strictObject({ tier: z.string().min(1).max(40) });
export const faultCodeInput = z.strictObject({
  name: text(80).min(1),
  partKind: z.string().max(40).nullable(),
  labourMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  description: text(1000),
  sortOrder: z.number().int().min(0).max(10_000),
});
export const faultCodeSchema = faultCodeInput.extend({ code: z.string() });
export const settingInput = z.strictObject({ value: z.string().max(4000) });

// ── RMAs ─────────────────────────────────────────────────────────────────────
export const rmaInput = z.strictObject({
  customer: z.string().min(1).max(100).optional(),
  note: text(2000).nullable().optional(),
  units: z
    .array(
      z.strictObject({
        serial,
        fault: z.string().trim().min(1).max(40),
        note: text(2000).nullable().optional(),
      }),
    )
    .min(1)
    .max(20_000),
});
export const importQuery = z.strictObject({ customer: z.string().min(1).max(100).optional() });
export const rmaFilter = z.strictObject({
  status: z.enum(RMA_STATUSES).optional(),
  customer: z.string().max(100).optional(),
  breaching: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const someSerials = { serials: z.array(serial).max(20_000).optional() };
export const approveInput = z.strictObject({ ...someSerials, instructions: text(4000).optional() });
export const rejectInput = z.strictObject({ ...someSerials, reason: text(2000).min(1) });
export const cancelInput = z.strictObject({ ...someSerials, reason: text(2000).optional() });
export const parcelInput = z.strictObject({
  ...someSerials,
  carrier: text(80).min(1),
  trackingNumber: text(80).optional(),
  shippedOn: isoDate.optional(),
});
export const shipBackInput = z.strictObject({
  ...someSerials,
  carrier: text(80).min(1),
  trackingNumber: text(80).optional(),
});
export const deliveredInput = z.strictObject({ ...someSerials, on: isoDate.optional() });

const slaSchema = z.object({
  targetHours: z.number(),
  usedHours: z.number(),
  remainingHours: z.number(),
  breached: z.boolean(),
  state: z.enum(['running', 'paused', 'stopped']),
  dueAt: z.number().nullable(),
});
const quoteSchema = z.object({
  partsCents: z.number(),
  labourCents: z.number(),
  totalCents: z.number(),
  capped: z.boolean(),
  decision: z.enum(['pending', 'approved', 'declined']).nullable(),
});
const status = z.enum(RMA_STATUSES);
export const rmaUnitSchema = z.object({
  id: z.string(),
  lineNo: z.number().int(),
  serial: z.string(),
  model: z.string(),
  builtHere: z.boolean(),
  reportedFault: z.string(),
  note: z.string().nullable(),
  eligibility,
  warrantyEndsOn: z.string().nullable(),
  status,
  sla: slaSchema,
  diagnosis: z.array(z.string()),
  diagnosisNote: z.string().nullable(),
  quote: quoteSchema.nullable(),
  replacementSerial: z.string().nullable(),
  requestedAt: z.number(),
  receivedAt: z.number().nullable(),
  shippedOn: z.string().nullable(),
});
export const rmaSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status,
  customerCode: z.string(),
  siteCode: z.string(),
  tier: z.string(),
  channel: z.string(),
  units: z.number().int(),
  covered: z.number().int(),
  breached: z.number().int(),
  createdAt: z.number(),
});
export const rmaDetailSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    status,
    customerCode: z.string(),
    customerName: z.string(),
    siteCode: z.string(),
    siteName: z.string(),
    tier: z.string(),
    channel: z.string(),
    note: z.string().nullable(),
    returnInstructions: z.string().nullable(),
    createdAt: z.number(),
    units: z.array(rmaUnitSchema),
    events: z.array(
      z.object({
        at: z.number(),
        serial: z.string().nullable(),
        from: z.string().nullable(),
        to: z.string(),
        note: z.string().nullable(),
      }),
    ),
    attachments: z.array(
      z.object({
        id: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        sizeBytes: z.number(),
        uploadedAt: z.number(),
      }),
    ),
    parcels: z.array(
      z.object({
        number: z.string(),
        direction: z.enum(['to_depot', 'to_customer']),
        carrier: z.string(),
        trackingNumber: z.string().nullable(),
        status: z.enum(['in_transit', 'delivered']),
        departedOn: z.string(),
        deliveredOn: z.string().nullable(),
        units: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Rma' });
export const openedSchema = z.object({
  rmas: z.array(rmaSummarySchema.pick({ id: true, number: true, siteCode: true, units: true })),
  units: z.number().int(),
  eligibility: z.record(z.string(), z.number().int()),
});
export const attachmentQuery = z.strictObject({ name: z.string().min(1).max(200) });
export const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  uploadedAt: z.number(),
});

// ── Depot ────────────────────────────────────────────────────────────────────
export const receiveInput = z.strictObject({ serial, note: text(2000).optional() });
export const diagnosisInput = z.strictObject({
  codes: z.array(z.string().min(1).max(40)).max(20),
  note: text(4000).optional(),
});
export const quoteDecisionInput = z.strictObject({
  approve: z.boolean(),
  note: text(2000).optional(),
});
export const partSwapInput = z.strictObject({
  partNumber: z.string().trim().min(1).max(60),
  removedSerial: serial.optional(),
  installedSerial: serial.optional(),
  quantity: z.number().int().min(1).max(50).optional(),
});
export const boardQuery = z.strictObject({
  status: status.optional(),
  customer: z.string().max(100).optional(),
});
export const boardSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      rma: z.string(),
      serial: z.string(),
      model: z.string(),
      customerCode: z.string(),
      tier: z.string(),
      status,
      reportedFault: z.string(),
      eligibility,
      sla: slaSchema,
      requestedAt: z.number(),
    }),
  ),
});
export const stepSchema = z.object({ status }).passthrough();
export const benchUnitSchema = z.object({
  rma: z.string(),
  unitId: z.string(),
  serial: z.string(),
  model: z.string(),
  nominal: z.object({
    hashrateThs: z.number(),
    boards: z.number(),
    chipsPerBoard: z.number().nullable(),
    fans: z.number().nullable(),
  }),
  status,
  eligibility,
  reportedFault: z.string(),
  diagnosis: z.array(z.string()),
  sla: slaSchema,
  components: z.array(
    z.object({
      partNumber: z.string(),
      kind: z.string(),
      serial: z.string().nullable(),
      lotCode: z.string().nullable(),
      quantity: z.number(),
    }),
  ),
  builtHere: z.boolean(),
  parts: z.array(
    z.object({
      id: z.string(),
      action: z.enum(['removed', 'installed']),
      partNumber: z.string(),
      serial: z.string().nullable(),
      quantity: z.number(),
      costCents: z.number(),
      disposition: z.string().nullable(),
      at: z.number(),
      by: z.string(),
    }),
  ),
  tests: z.array(
    z.object({
      attempt: z.number(),
      result: z.enum(['pass', 'fail']),
      reasons: z.array(z.string()),
      hashrateBp: z.number(),
      at: z.number(),
    }),
  ),
  suggestedSpares: z.array(
    z.object({ partNumber: z.string(), name: z.string(), available: z.number() }),
  ),
});
