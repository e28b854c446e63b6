import { z } from 'zod';
import { isoDate } from './service.schemas.js';
import { VISIT_STATUSES } from './service.tables.js';

const text = (max: number) => z.string().trim().max(max);
const serial = z.string().trim().min(1).max(80);

export const technicianInput = z.strictObject({
  name: text(120).min(1),
  user: z.string().max(100).nullable().optional(),
  homeLabel: text(120).min(1),
  homeLatitude: z.number().min(-90).max(90),
  homeLongitude: z.number().min(-180).max(180),
  skills: z.array(z.string().min(1).max(40)).max(20),
  minutesPerDay: z
    .number()
    .int()
    .min(60)
    .max(24 * 60),
  daysOff: z.array(isoDate).max(366).optional(),
  van: z.string().max(40).nullable().optional(),
  active: z.boolean().optional(),
});
export const technicianSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  userId: z.string().nullable(),
  homeLabel: z.string(),
  homeLatitude: z.number(),
  homeLongitude: z.number(),
  skills: z.array(z.string()),
  minutesPerDay: z.number(),
  daysOff: z.array(z.string()),
  vanLocationId: z.string().nullable(),
  active: z.boolean(),
});
export const technicianParams = z.strictObject({ code: z.string().min(1).max(40) });

const visitUnits = z
  .array(z.strictObject({ serial, fault: z.string().min(1).max(40) }))
  .min(1)
  .max(2000);
export const visitInput = z.strictObject({
  customer: z.string().max(100).optional(),
  site: z.string().min(1).max(100),
  units: visitUnits,
  windowStart: isoDate.optional(),
  windowEnd: isoDate.optional(),
  dueBy: isoDate.optional(),
  note: text(2000).nullable().optional(),
});
export const visitFilter = z.strictObject({
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  technician: z.string().max(40).optional(),
  status: z.enum(VISIT_STATUSES).optional(),
});
const status = z.enum(VISIT_STATUSES);
export const visitSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  status,
  customerCode: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  units: z.number().int(),
  windowStart: z.string(),
  windowEnd: z.string(),
  dueBy: z.string(),
  durationMin: z.number().int(),
  technician: z.string().nullable(),
  scheduledOn: z.string().nullable(),
  routeOrder: z.number().int().nullable(),
});
const partUsed = z.object({
  partNumber: z.string(),
  removedSerial: z.string().nullable(),
  installedSerial: z.string().nullable(),
  quantity: z.number(),
  /** Null for customers. */
  costCents: z.number().nullable(),
});
export const visitDetailSchema = z.object({
  id: z.string(),
  number: z.string(),
  status,
  customerCode: z.string(),
  site: z.object({
    code: z.string(),
    name: z.string(),
    city: z.string(),
    state: z.string(),
    latitude: z.number(),
    longitude: z.number(),
  }),
  windowStart: z.string(),
  windowEnd: z.string(),
  dueBy: z.string(),
  durationMin: z.number(),
  skills: z.array(z.string()),
  kit: z.array(z.object({ partNumber: z.string(), quantity: z.number() })),
  technician: z.object({ code: z.string(), name: z.string() }).nullable(),
  scheduledOn: z.string().nullable(),
  checkedInAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  signoffName: z.string().nullable(),
  note: z.string().nullable(),
  units: z.array(
    z.object({
      serial: z.string(),
      faultCode: z.string(),
      result: z.enum(['fixed', 'not_fixed', 'to_depot']).nullable(),
      note: z.string().nullable(),
      partsUsed: z.array(partUsed),
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
});
export const addVisitUnitsInput = z.strictObject({ units: visitUnits });
export const cancelVisitInput = z.strictObject({ reason: text(2000).min(1) });
export const dispatchInput = z.strictObject({
  from: isoDate.optional(),
  days: z.number().int().min(1).max(21).optional(),
  apply: z.boolean().optional(),
});
const objective = z.object({
  travelMin: z.number(),
  lateDays: z.number(),
  breaches: z.number(),
  unassigned: z.number(),
  total: z.number(),
});
const point = z.object({ lat: z.number(), lon: z.number() });
export const dispatchSchema = z.object({
  id: z.string(),
  applied: z.boolean(),
  firstDay: z.string(),
  days: z.number(),
  plannerMs: z.number(),
  objective,
  nearestFirst: objective,
  routes: z.array(
    z.object({
      technician: z.string(),
      technicianName: z.string(),
      home: point,
      date: z.string(),
      travelMin: z.number(),
      workMin: z.number(),
      stops: z.array(
        z.object({
          visit: z.string(),
          customerCode: z.string(),
          siteCode: z.string(),
          siteName: z.string(),
          location: point,
          startMin: z.number(),
          endMin: z.number(),
          travelMin: z.number(),
          lateDays: z.number(),
          windowStart: z.string(),
          windowEnd: z.string(),
          dueBy: z.string(),
        }),
      ),
    }),
  ),
  unassigned: z.array(z.object({ visit: z.string(), reason: z.string() })),
});
export const unitParams = z.strictObject({ id: z.string().min(1).max(100), serial });
export const unitResultInput = z.strictObject({
  result: z.enum(['fixed', 'not_fixed', 'to_depot']),
  parts: z
    .array(
      z.strictObject({
        partNumber: z.string().trim().min(1).max(60),
        removedSerial: serial.optional(),
        installedSerial: serial.optional(),
        quantity: z.number().int().min(1).max(50).optional(),
      }),
    )
    .max(20)
    .optional(),
  note: text(2000).optional(),
});
export const completeInput = z.strictObject({
  signoffName: text(120),
  note: text(2000).optional(),
});
