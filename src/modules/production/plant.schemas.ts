import { z } from 'zod';

const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM');
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ and - (at most 40)');
const name = z.string().trim().min(1).max(200);
const bp = z.number().int().min(0).max(20_000);

export const codeParams = z.strictObject({ code });
export const dateParams = z.strictObject({ date: isoDate });
export const modelParams = z.strictObject({ model: z.string().trim().min(1).max(200) });

export const shiftInput = z.strictObject({
  name,
  startsAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'),
  minutes: z.number().int().min(1).max(1440),
  days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
});
export const shiftSchema = shiftInput.extend({ code: z.string() }).meta({ id: 'Shift' });
export const holidayInput = z.strictObject({ name });
export const holidaySchema = z.object({ date: z.string(), name: z.string() });
export const calendarSchema = z
  .object({ shifts: z.array(shiftSchema), holidays: z.array(holidaySchema) })
  .meta({ id: 'PlantCalendar' });

const workCentreKind = z.enum(['smt', 'board_test', 'final_assembly', 'burn_in', 'packing']);
export const workCentreInput = z.strictObject({
  name,
  kind: workCentreKind,
  stations: z.number().int().min(0).max(10_000),
  shifts: z.array(code).max(10),
  efficiencyBp: bp,
  note: z.string().max(2000).nullish(),
});
export const workCentreSchema = workCentreInput
  .extend({ code: z.string(), note: z.string().nullable() })
  .meta({ id: 'WorkCentre' });

const routingStep = z.strictObject({
  operation: code,
  workCentre: code,
  stationMinutes: z.number().int().min(0).max(100_000),
  role: code.nullable(),
  labourMinutes: z.number().int().min(0).max(100_000),
});
export const routingInput = z.strictObject({ steps: z.array(routingStep).max(50) });
export const routingSchema = z
  .object({ model: z.string(), steps: z.array(routingStep.extend({ seq: z.number().int() })) })
  .meta({ id: 'Routing' });

export const reasonInput = z.strictObject({ kind: z.enum(['scrap', 'rework']), name });
export const reasonSchema = reasonInput.extend({ code: z.string() });

const curvePoint = z.strictObject({ week: z.number().min(0).max(520), bp });
export const roleInput = z.strictObject({
  name,
  kind: z.enum(['direct', 'indirect', 'service']),
  defaultShift: code,
  learningCurve: z.array(curvePoint).max(50),
});
export const roleSchema = roleInput.extend({ code: z.string() }).meta({ id: 'WorkforceRole' });

const headcountCell = z.strictObject({
  month,
  role: code,
  headcount: z.number().int().min(0).max(100_000),
});
export const headcountInput = z.strictObject({ cells: z.array(headcountCell).min(1).max(2_000) });
export const headcountSchema = z.object({ items: z.array(headcountCell) });

const staffFields = {
  name,
  role: code,
  shift: code.nullish(),
  workCentre: code.nullish(),
  homeBase: z.string().trim().max(200).nullish(),
  hiredOn: isoDate,
};
export const hireInput = z.strictObject({ employeeNo: code, ...staffFields });
export const staffChange = z
  .strictObject({ ...staffFields, leftOn: isoDate.nullish() })
  .partial()
  .refine((c) => Object.keys(c).length > 0, 'nothing to change');
export const staffQuery = z.strictObject({ role: code.optional(), activeOn: isoDate.optional() });
export const staffSchema = z
  .object({
    id: z.string(),
    employeeNo: z.string(),
    name: z.string(),
    role: z.string(),
    shift: z.string().nullable(),
    workCentre: z.string().nullable(),
    homeBase: z.string().nullable(),
    hiredOn: z.string(),
    leftOn: z.string().nullable(),
  })
  .meta({ id: 'StaffMember' });
export const rosterQuery = z.strictObject({ week: isoDate.optional() });
export const rosterSchema = z.object({
  week: z.string(),
  items: z.array(
    staffSchema.extend({ tenureWeeks: z.number().int(), productivityBp: z.number().int() }),
  ),
});

export const capacityQuery = z.strictObject({
  from: isoDate.optional(),
  weeks: z.coerce.number().int().min(1).max(104).default(26),
});
export const whatIfInput = z.strictObject({
  from: isoDate.optional(),
  weeks: z.number().int().min(1).max(104).default(26),
  headcount: z.array(headcountCell).min(1).max(2_000),
});
const hours = z.array(z.number());
const constraint = z.object({
  kind: z.enum(['work_centre', 'role']),
  code: z.string(),
  name: z.string(),
  capacityHours: hours,
  loadHours: hours,
});
const verdict = z.object({
  week: z.string(),
  planned: z.number().int(),
  capacityUnits: z.number().int(),
  feasible: z.boolean(),
  binding: z
    .object({ kind: z.enum(['work_centre', 'role']), code: z.string(), name: z.string() })
    .nullable(),
  overloaded: z.array(z.string()),
});
export const capacitySchema = z
  .object({
    weeks: z.array(z.string()),
    workCentres: z.array(constraint),
    roles: z.array(
      constraint.extend({
        roleKind: z.enum(['direct', 'indirect', 'service']),
        people: z.array(z.number().int()),
        productivityBp: z.array(z.number().int()),
      }),
    ),
    verdicts: z.array(verdict),
  })
  .meta({ id: 'CapacityReport' });
export const whatIfSchema = capacitySchema.extend({ base: z.array(verdict) });

const phase = z.strictObject({
  code,
  name,
  startsOn: isoDate,
  endsOn: isoDate,
  targetPerWeek: z.number().int().min(0).max(1_000_000),
  note: z.string().max(2000).nullish(),
});
export const phasesInput = z.strictObject({
  phases: z
    .array(phase)
    .max(50)
    .refine((ps) => ps.every((p) => p.startsOn <= p.endsOn), 'a phase ends before it starts'),
});
export const rampQuery = z.strictObject({
  from: isoDate.optional(),
  weeks: z.coerce.number().int().min(1).max(156).optional(),
});
export const rampSchema = z
  .object({
    phases: z.array(phase.extend({ note: z.string().nullable() })),
    weeks: z.array(
      z.object({
        week: z.string(),
        phase: z.string().nullable(),
        target: z.number().int(),
        planned: z.number().int(),
        built: z.number().int().nullable(),
        passed: z.number().int().nullable(),
      }),
    ),
    headcount: z.array(
      z.object({
        month: z.string(),
        target: z.number().int(),
        actual: z.number().int().nullable(),
        byRole: z.array(
          z.object({
            role: z.string(),
            kind: z.string(),
            target: z.number().int(),
            actual: z.number().int().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Ramp' });
