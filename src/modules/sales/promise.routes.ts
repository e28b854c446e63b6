import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/access.js';
import { epochMs, problems } from '../../platform/http/schemas.js';
import { ACCOUNT_READERS } from './customer.service.js';
import { PROMISE_TUNERS, PROMISERS, type PromiseService } from './promise.service.js';
import type { SalesOrderService } from './sales-order.service.js';

const splitSchema = z.object({
  source: z.string(),
  sourceName: z.string(),
  kind: z.enum(['us_plant', 'import']),
  shipOn: z.string(),
  quantity: z.number().int(),
  unitLandedCents: z.number(),
  arrivalP50: z.string(),
  arrivalP90: z.string(),
  lateWeeks: z.number().int(),
});
const lateSchema = z
  .object({
    kind: z.enum(['lead_time', 'capacity', 'no_source', 'cost']),
    detail: z.string(),
    sources: z.array(z.string()),
  })
  .nullable();
const linePromise = {
  quantity: z.number().int(),
  promised: z.number().int(),
  unpromised: z.number().int(),
  lateUnits: z.number().int(),
  landedCostCents: z.number(),
  p50: z.string().nullable(),
  p90: z.string().nullable(),
  splits: z.array(splitSchema),
  late: lateSchema,
};
const solvedLine = z.object({
  orderLineId: z.string(),
  orderId: z.string(),
  orderNumber: z.string(),
  lineNo: z.number().int(),
  customerId: z.string(),
  siteId: z.string(),
  model: z.string(),
  ...linePromise,
});
const changeSchema = z.object({
  order: z.string(),
  line: z.number().int(),
  orderLineId: z.string(),
  p50Before: z.string().nullable(),
  p50After: z.string().nullable(),
  p50ShiftDays: z.number().int().nullable(),
  p90ShiftDays: z.number().int().nullable(),
  landedCostDeltaCents: z.number().nullable(),
  unpromisedDelta: z.number().int().nullable(),
});
const runSchema = z.object({
  id: z.string(),
  at: epochMs,
  trigger: z.string(),
  scenario: z.string().nullable(),
  method: z.enum(['mip', 'greedy']),
  optimal: z.boolean(),
  objectiveCents: z.number(),
  lowerBoundCents: z.number().nullable(),
  landedCostCents: z.number(),
  solveMs: z.number().int(),
  note: z.string().nullable(),
  runBy: z.string(),
});
const holdRisk = z.strictObject({
  probabilityBp: z.number().int().min(0).max(10_000),
  p50Days: z.number().int().min(0).max(365),
  p90Days: z.number().int().min(0).max(365),
});
const weeks = z.number().int().min(1).max(104).optional();

/** Promising the order book: run, read the latest answer, try what-ifs. */
export function promiseRoutes(promises: PromiseService, orders: SalesOrderService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const tags = ['sales'];
    app.post(
      '/api/v1/promise/runs',
      {
        config: { access: { roles: PROMISERS } },
        schema: {
          tags,
          summary: 'Re-promise every open order line and keep the answer; shows what moved',
          body: z
            .strictObject({
              trigger: z.string().trim().min(1).max(200).default('manual'),
              scenario: z.string().trim().min(1).max(100).optional(),
              method: z.enum(['mip', 'greedy']).optional(),
              weeks,
            })
            .default({ trigger: 'manual' }),
          response: {
            201: z.object({
              run: runSchema,
              lines: z.array(solvedLine),
              changes: z.array(changeSchema),
            }),
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await promises.run(actorOf(request), request.body)),
    );
    app.post(
      '/api/v1/promise/what-if',
      {
        config: { access: { roles: PROMISERS } },
        schema: {
          tags,
          summary:
            'Promise the book under a tariff scenario, plant capacity or customs risk; nothing saved',
          body: z.strictObject({
            scenario: z.string().trim().min(1).max(100).optional(),
            usCapacityBp: z.number().int().min(0).max(100_000).optional(),
            holds: z
              .array(z.strictObject({ source: z.string().trim().min(1).max(40), risk: holdRisk }))
              .max(20)
              .optional(),
            weeks,
          }),
          response: {
            200: z.object({
              objectiveCents: z.number(),
              landedCostCents: z.number(),
              lowerBoundCents: z.number().nullable(),
              method: z.enum(['mip', 'greedy']),
              lines: z.array(solvedLine),
              changes: z.array(changeSchema),
            }),
            ...problems,
          },
        },
      },
      async (request) => promises.whatIf(actorOf(request), request.body),
    );
    app.get(
      '/api/v1/promise/runs/latest',
      {
        config: { access: { roles: PROMISERS } },
        schema: {
          tags,
          summary: 'The latest stored promise of the open book, every line labelled',
          response: {
            200: z.object({ run: runSchema.nullable(), lines: z.array(solvedLine) }),
            ...problems,
          },
        },
      },
      async (request) => promises.latestRun(actorOf(request)),
    );
    const settings = z.strictObject({
      latePenaltyBaseCents: z.number().int().min(0).max(100_000_000),
    });
    app.get(
      '/api/v1/promise/settings',
      {
        config: { access: { roles: PROMISERS } },
        schema: { tags, summary: 'Promise settings', response: { 200: settings, ...problems } },
      },
      async (request) => promises.settings(actorOf(request)),
    );
    app.put(
      '/api/v1/promise/settings',
      {
        config: { access: { roles: PROMISE_TUNERS } },
        schema: {
          tags,
          summary:
            'Lateness penalty per unit-week (a customer of priority p weighs 6 − p times it)',
          body: settings,
          response: { 200: settings, ...problems },
        },
      },
      async (request) => promises.updateSettings(actorOf(request), request.body),
    );
    app.get(
      '/api/v1/sales-orders/:id/promise',
      {
        config: { access: { roles: ACCOUNT_READERS } },
        schema: {
          tags,
          summary: 'The latest promise for an order’s lines: splits, P50/P90 dates, landed cost',
          params: z.strictObject({ id: z.string().min(1).max(100) }),
          response: {
            200: z.object({
              order: z.string(),
              promisedAt: epochMs.nullable(),
              lines: z.array(z.object({ orderLineId: z.string(), ...linePromise })),
            }),
            ...problems,
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const order = await orders.load(actor, request.params.id);
        const latest = await promises.latest(actor, { orderId: order.id });
        return { order: order.number, ...latest };
      },
    );
  };
}
