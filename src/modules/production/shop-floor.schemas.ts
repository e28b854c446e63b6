import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const key = z.string().trim().min(1).max(100);
const serial = z.string().trim().min(1).max(100);

export const releaseInput = z.strictObject({
  model: key,
  quantity: z.number().int().min(1).max(100_000),
  week: isoDate.optional(),
  line: key.optional(),
});

const workOrderFields = {
  id: z.string(),
  number: z.string(),
  modelName: z.string(),
  partId: z.string(),
  quantity: z.number().int(),
  weekStart: z.string(),
  status: z.enum(['released', 'in_progress', 'completed', 'cancelled']),
  lineLocationId: z.string(),
  kittedUnits: z.number().int(),
  createdBy: z.string(),
  createdAt: epochMs,
  updatedAt: epochMs,
};
export const workOrderSchema = z.object(workOrderFields).meta({ id: 'WorkOrder' });
export const workOrderSummarySchema = z
  .object({ ...workOrderFields, built: z.number().int(), passed: z.number().int() })
  .meta({ id: 'WorkOrderSummary' });
export const operationSchema = z.object({
  operation: z.string(),
  station: z.string().nullable(),
  operator: z.string(),
  /** The operator's name: a user's or a staff member's, else the recorded label. */
  operatorName: z.string(),
  startedAt: epochMs,
  finishedAt: epochMs,
  outcome: z.enum(['done', 'failed', 'scrapped', 'reworked']),
  reasonCode: z.string().nullable(),
  note: z.string().nullable(),
});

export const workOrderDetailSchema = z
  .object({
    ...workOrderFields,
    units: z.array(
      z.object({
        serial: z.string(),
        kind: z.enum(['unit', 'hashboard']),
        status: z.string(),
        builtAt: epochMs,
        station: z.string().nullable(),
      }),
    ),
    operations: z.array(operationSchema.extend({ serial: z.string().nullable() })),
  })
  .meta({ id: 'WorkOrderDetail' });

export const hashboardInput = z.strictObject({
  chipLot: key,
  serial: serial.optional(),
  station: key.optional(),
  startedAt: epochMs.optional(),
});
export const assembleInput = z.strictObject({
  hashboards: z.array(serial).max(12),
  serials: z.array(serial).max(20),
  station: key.optional(),
  startedAt: epochMs.optional(),
});
export const builtSchema = z.object({
  serial: z.string(),
  workOrder: z.string(),
  valueCents: z.number().int(),
  chipLot: z.string().nullable().optional(),
});

const boardReading = z.strictObject({
  index: z.number().int().min(0).max(31),
  serial: serial.nullable(),
  hashrateGhs: z.number().int().min(0).max(10_000_000),
  chipsFound: z.number().int().min(0).max(10_000),
  chipsExpected: z.number().int().min(0).max(10_000),
  maxChipTempC: z.number().int().min(-40).max(200),
});
export const burnInInput = z.strictObject({
  durationMin: z.number().int().min(0).max(10_080),
  hashrateGhs: z.number().int().min(0).max(100_000_000),
  powerW: z.number().int().min(0).max(100_000),
  maxChipTempC: z.number().int().min(-40).max(200),
  minFanRpm: z.number().int().min(0).max(30_000),
  boards: z.array(boardReading).max(32),
  station: key.optional(),
});
export const verdictSchema = z.object({
  serial: z.string(),
  attempt: z.number().int(),
  result: z.enum(['pass', 'fail']),
  reasons: z.array(z.string()),
  hashrateBp: z.number().int(),
  efficiencyJthX100: z.number().int(),
});

const componentFields = {
  partId: z.string(),
  partNumber: z.string(),
  serial: z.string().nullable(),
  lotCode: z.string().nullable(),
  quantity: z.number().int(),
  builtHere: z.boolean(),
};
export const unitSchema = z
  .object({
    id: z.string(),
    serial: z.string(),
    kind: z.enum(['unit', 'hashboard']),
    partId: z.string(),
    partNumber: z.string(),
    modelName: z.string(),
    workOrder: z.string(),
    status: z.string(),
    station: z.string().nullable(),
    builtBy: z.string(),
    builtAt: epochMs,
    builtOn: z.string(),
    valueCents: z.number().int(),
    installedIn: z.string().nullable(),
    components: z.array(
      z.object({ ...componentFields, components: z.array(z.object(componentFields)) }),
    ),
    burnIn: z.array(
      z.object({
        id: z.string(),
        attempt: z.number().int(),
        testedAt: epochMs,
        testedOn: z.string(),
        durationMin: z.number().int(),
        hashrateGhs: z.number().int(),
        powerW: z.number().int(),
        maxChipTempC: z.number().int(),
        minFanRpm: z.number().int(),
        hashrateBp: z.number().int(),
        efficiencyJthX100: z.number().int(),
        result: z.enum(['pass', 'fail']),
        reasons: z.array(z.string()),
        station: z.string().nullable(),
        testedBy: z.string(),
        boards: z.array(boardReading),
      }),
    ),
    operations: z.array(operationSchema),
  })
  .meta({ id: 'Unit' });

export const traceQuery = z.strictObject({
  lot: key.optional(),
  serial: serial.optional(),
  part: key.optional(),
});
export const traceSchema = z.object({
  count: z.number().int(),
  units: z.array(
    z.object({
      serial: z.string(),
      modelName: z.string(),
      status: z.string(),
      builtOn: z.string(),
    }),
  ),
});

export const yieldQuery = z.strictObject({ from: isoDate, to: isoDate });
export const yieldSchema = z.object({
  items: z.array(
    z.object({
      model: z.string(),
      /** The line location the unit's work order was released to. */
      line: z.string(),
      week: z.string(),
      tested: z.number().int(),
      passed: z.number().int(),
      yieldBp: z.number().int().nullable(),
    }),
  ),
});

const bp = z.number().int().min(0).max(20_000);
export const thresholdsInput = z.strictObject({
  minHashrateBp: bp,
  maxChipTempC: z.number().int().min(0).max(150),
  maxEfficiencyBp: bp,
  minDurationMin: z.number().int().min(0).max(10_080),
  minChipsBp: bp,
  minFanRpm: z.number().int().min(0).max(30_000),
});
export const thresholdsSchema = thresholdsInput.extend({
  model: z.string(),
  isDefault: z.boolean(),
});
export const patternsInput = z.strictObject({
  unit: z.string().trim().min(1).max(60).optional(),
  hashboard: z.string().trim().min(1).max(60).optional(),
});
export const patternsSchema = z.object({ unit: z.string(), hashboard: z.string() });
