import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { epochMs, idParams, problems } from '../../platform/http/schemas.js';
import type { KittingService } from './kitting.service.js';
import type { LineStepService } from './line-step.service.js';
import { code } from './plant.schemas.js';
import { operationSchema } from './shop-floor.schemas.js';
import { LINE_ROLES } from './work-order.service.js';

const serial = z.string().trim().min(1).max(100);
const note = z.string().trim().max(2000).optional();
const station = z.string().trim().min(1).max(100).optional();

const stepResult = z.object({
  serial: z.string(),
  status: z.string(),
  valueCents: z.number().int(),
  operation: operationSchema,
});

const sheetLine = z.object({
  partNumber: z.string(),
  name: z.string(),
  quantity: z.number().int(),
});
const buildSheetSchema = z.object({
  workOrder: z.string(),
  model: z.string(),
  hashboard: sheetLine.extend({ components: z.array(sheetLine) }).nullable(),
  /** Serialised parts scanned at final assembly (PSU, control board…). */
  scanned: z.array(sheetLine),
  /** Parts taken from the line's stock by quantity. */
  fromLine: z.array(sheetLine),
  operations: z.array(z.string()),
});

/** Scanner actions at the line's stations beyond building and burn-in. */
export function lineRoutes(steps: LineStepService, kitting: KittingService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const line = { access: { roles: LINE_ROLES } };
    const tags = ['production'];
    const params = z.strictObject({ serial });

    app.post(
      '/api/v1/production/units/:serial/operations',
      {
        config: line,
        schema: {
          tags,
          summary: 'Record a routing operation on a scanned serial (board test, QC, packing)',
          params,
          body: z.strictObject({
            operation: code,
            outcome: z.enum(['done', 'failed']).default('done'),
            station,
            startedAt: epochMs.optional(),
            note,
          }),
          response: { 201: operationSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await steps.record(actorOf(request), request.params.serial, request.body)),
    );
    app.post(
      '/api/v1/production/units/:serial/rework',
      {
        config: line,
        schema: {
          tags,
          summary: 'Rework a failed unit or board with a reason, swapping boards if need be',
          params,
          body: z.strictObject({
            reason: code,
            note,
            station,
            replace: z
              .array(z.strictObject({ remove: serial, install: serial }))
              .max(12)
              .optional(),
          }),
          response: { 200: stepResult, ...problems },
        },
      },
      async (request) => steps.rework(actorOf(request), request.params.serial, request.body),
    );
    app.post(
      '/api/v1/production/units/:serial/scrap',
      {
        config: line,
        schema: {
          tags,
          summary: 'Scrap a unit or board that has not passed, with a reason',
          params,
          body: z.strictObject({ reason: code, note }),
          response: { 200: stepResult, ...problems },
        },
      },
      async (request) => steps.scrap(actorOf(request), request.params.serial, request.body),
    );
    app.get(
      '/api/v1/production/work-orders/:id/build-sheet',
      {
        config: { access: { roles: STAFF_ROLES } },
        schema: {
          tags,
          summary: 'What one unit of a work order takes: boards, part serials, line parts, steps',
          params: idParams,
          response: { 200: buildSheetSchema, ...problems },
        },
      },
      async (request) => kitting.buildSheet(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/production/work-orders/:id/kit',
      {
        config: line,
        schema: {
          tags,
          summary: 'Kit a work order: hold its parts in stores and move them to its line',
          params: idParams,
          body: z
            .strictObject({
              from: z.string().trim().min(1).max(100).optional(),
              units: z.number().int().min(1).max(1_000_000).optional(),
            })
            .default({}),
          response: {
            200: z.object({
              workOrder: z.string(),
              units: z.number().int(),
              from: z.string(),
              to: z.string(),
              lines: z.array(
                z.object({
                  partNumber: z.string(),
                  quantity: z.number().int(),
                  lots: z.array(z.object({ lotCode: z.string(), quantity: z.number().int() })),
                  serials: z.array(z.string()),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => kitting.kit(actorOf(request), request.params.id, request.body),
    );
  };
}
