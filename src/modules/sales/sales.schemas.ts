import { z } from 'zod';
import { epochMs } from '../../platform/http/schemas.js';
import { INCOTERMS, ORDER_STATUSES } from './sales.tables.js';

const isoDate = z.iso.date();
const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, . _ -');
const text = (max: number) => z.string().trim().min(1).max(max);

export const customerInput = z.strictObject({
  code,
  name: text(200),
  priority: z.number().int().min(1).max(5).default(3),
  fleetSize: z.number().int().min(0).max(10_000_000).nullish(),
  note: z.string().trim().max(2000).nullish(),
});
export const customerChanges = customerInput.omit({ code: true }).partial();
export const customerSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    priority: z.number().int(),
    fleetSize: z.number().int().nullable(),
    note: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'Customer' });

export const siteInput = z.strictObject({
  code,
  name: text(200),
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter state'),
  city: text(100),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  powerMw: z.number().min(0).max(10_000),
  cooling: z.enum(['air', 'hydro', 'immersion']),
});
export const siteSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    code: z.string(),
    name: z.string(),
    state: z.string(),
    city: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    powerMw: z.number(),
    cooling: z.string(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'Site' });

export const contactInput = z.strictObject({
  name: text(200),
  email: z.email(),
  phone: z.string().trim().max(40).nullish(),
  role: z.string().trim().max(100).nullish(),
});
export const contactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  role: z.string().nullable(),
  createdAt: epochMs,
});

export const customerDetailSchema = customerSchema.extend({
  sites: z.array(siteSchema),
  contacts: z.array(contactSchema),
});

const orderLineInput = z.strictObject({
  model: text(100),
  quantity: z.number().int().min(1).max(1_000_000),
  unitPriceCents: z.number().int().min(0).max(100_000_000),
  requestedWeek: isoDate,
  site: text(100),
  incoterm: z.enum(INCOTERMS).default('DAP'),
});
export const orderInput = z.strictObject({
  customer: text(100),
  customerPo: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(2000).nullish(),
  lines: z.array(orderLineInput).min(1).max(500),
});
export const orderUpdate = orderInput.omit({ customer: true });
export const orderStatus = z.enum(ORDER_STATUSES);

export const orderLineSchema = z.object({
  id: z.string(),
  lineNo: z.number().int(),
  modelName: z.string(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  requestedWeek: z.string(),
  siteId: z.string(),
  siteCode: z.string(),
  siteName: z.string(),
  siteState: z.string(),
  incoterm: z.string(),
  shippedQuantity: z.number().int(),
  deliveredQuantity: z.number().int(),
});
const orderFields = {
  id: z.string(),
  number: z.string(),
  customerId: z.string(),
  customerCode: z.string(),
  customerName: z.string(),
  status: orderStatus,
  customerPo: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: epochMs,
  updatedAt: epochMs,
  confirmedAt: epochMs.nullable(),
  units: z.number().int(),
};
export const orderSummarySchema = z
  .object({ ...orderFields, firstWeek: z.string().nullable() })
  .meta({ id: 'SalesOrderSummary' });
export const orderSchema = z
  .object({ ...orderFields, totalCents: z.number().int(), lines: z.array(orderLineSchema) })
  .meta({ id: 'SalesOrder' });

export const sourceInput = z.strictObject({
  name: text(200),
  kind: z.enum(['us_plant', 'import']),
  originFactory: text(200),
  originCountry: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter country'),
  mode: z.enum(['truck', 'air', 'ocean']),
  tradeRoute: z.string().trim().max(200).nullable().default(null),
  transitP50Days: z.number().int().min(0).max(365),
  transitP90Days: z.number().int().min(0).max(365),
  weeklyUnits: z.number().int().min(0).max(1_000_000).nullable().default(null),
  holdProbabilityBp: z.number().int().min(0).max(10_000).default(0),
  holdP50Days: z.number().int().min(0).max(365).default(0),
  holdP90Days: z.number().int().min(0).max(365).default(0),
  freightToSiteCents: z.number().int().min(0).max(10_000_000).default(0),
  active: z.boolean().default(true),
});
export const sourceSchema = sourceInput.extend({ code: z.string(), updatedAt: epochMs });
