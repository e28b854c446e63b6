import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import {
  assembleInput,
  builtSchema,
  burnInInput,
  hashboardInput,
  patternsInput,
  patternsSchema,
  thresholdsInput,
  thresholdsSchema,
  releaseInput,
  traceQuery,
  traceSchema,
  unitSchema,
  verdictSchema,
  workOrderDetailSchema,
  workOrderSchema,
  workOrderSummarySchema,
  yieldQuery,
  yieldSchema,
} from './shop-floor.schemas.js';
import type { BurnInService } from './burn-in.service.js';
import type { QcSettingsService } from './qc-settings.service.js';
import type { UnitQueries } from './unit.queries.js';
import type { UnitService } from './unit.service.js';
import { LINE_ROLES, type WorkOrderService } from './work-order.service.js';

export function shopFloorRoutes(services: {
  qcSettings: QcSettingsService;
  burnIn: BurnInService;
  workOrders: WorkOrderService;
  units: UnitService;
  unitQueries: UnitQueries;
}) {
  const { workOrders, units, unitQueries, burnIn, qcSettings } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const line = { access: { roles: LINE_ROLES } };
    const tags = ['production'];
    const serialParams = z.strictObject({ serial: z.string().min(1).max(100) });

    app.get(
      '/api/v1/production/work-orders',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Work orders, newest first, with units built and passed',
          querystring: z.strictObject({
            status: z.enum(['released', 'in_progress', 'completed', 'cancelled']).optional(),
          }),
          response: { 200: z.object({ items: z.array(workOrderSummarySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await workOrders.list(actorOf(request), request.query) }),
    );
    app.post(
      '/api/v1/production/work-orders',
      {
        config: line,
        schema: {
          tags,
          summary: 'Release a work order to a line',
          body: releaseInput,
          response: { 201: workOrderSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await workOrders.release(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/production/work-orders/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'A work order (by id or number) with its units and hashboards',
          params: idParams,
          response: { 200: workOrderDetailSchema, ...problems },
        },
      },
      async (request) => workOrders.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/production/work-orders/:id/hashboards',
      {
        config: line,
        schema: {
          tags,
          summary: 'Build a hashboard from a chip lot (consumes its parts from the line)',
          params: idParams,
          body: hashboardInput,
          response: { 201: builtSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await units.buildHashboard(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/production/work-orders/:id/units',
      {
        config: line,
        schema: {
          tags,
          summary:
            'Final assembly: scanned hashboards and part serials become a unit with a new serial',
          params: idParams,
          body: assembleInput,
          response: { 201: builtSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await units.assembleUnit(actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/api/v1/production/units/:serial/burn-in',
      {
        config: line,
        schema: {
          tags,
          summary:
            'Record a burn-in run; a pass is the birth certificate and puts the unit in finished goods',
          params: serialParams,
          body: burnInInput,
          response: { 201: verdictSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await burnIn.recordBurnIn(actorOf(request), request.params.serial, request.body)),
    );
    app.get(
      '/api/v1/production/units/:serial',
      {
        config: staff,
        schema: {
          tags,
          summary: 'A unit or hashboard: genealogy and burn-in record',
          params: serialParams,
          response: { 200: unitSchema, ...problems },
        },
      },
      async (request) => unitQueries.unit(actorOf(request), request.params.serial),
    );
    app.get(
      '/api/v1/production/trace',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Recall: the units containing a lot (e.g. a chip lot) or a component serial',
          querystring: traceQuery,
          response: { 200: traceSchema, ...problems },
        },
      },
      async (request) => unitQueries.trace(actorOf(request), request.query),
    );
    app.get(
      '/api/v1/production/yield',
      {
        config: staff,
        schema: {
          tags,
          summary: 'First-pass burn-in yield by model and ISO week',
          querystring: yieldQuery,
          response: { 200: yieldSchema, ...problems },
        },
      },
      async (request) => ({
        items: await unitQueries.yieldByWeek(actorOf(request), request.query),
      }),
    );

    app.get(
      '/api/v1/production/qc-thresholds',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Burn-in thresholds of every model built here (defaults where none are set)',
          response: { 200: z.object({ items: z.array(thresholdsSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await qcSettings.thresholds(actorOf(request)) }),
    );
    app.put(
      '/api/v1/production/qc-thresholds/:model',
      {
        config: line,
        schema: {
          tags,
          summary: 'Set a model’s burn-in thresholds',
          params: z.strictObject({ model: z.string().min(1).max(200) }),
          body: thresholdsInput,
          response: { 200: thresholdsSchema, ...problems },
        },
      },
      async (request) =>
        qcSettings.setThresholds(actorOf(request), request.params.model, request.body),
    );
    app.get(
      '/api/v1/production/serial-patterns',
      {
        config: staff,
        schema: {
          tags,
          summary: 'The patterns new unit and hashboard serials are made from',
          response: { 200: patternsSchema, ...problems },
        },
      },
      async (request) => qcSettings.serialPatterns(actorOf(request)),
    );
    app.put(
      '/api/v1/production/serial-patterns',
      {
        config: line,
        schema: {
          tags,
          summary: 'Change serial patterns: tokens {MODEL}, {YY}, {WW} (ISO week) and one {SEQ:n}',
          body: patternsInput,
          response: { 200: patternsSchema, ...problems },
        },
      },
      async (request) => qcSettings.setSerialPatterns(actorOf(request), request.body),
    );

    app.get(
      '/api/v1/production/scan/:serial',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Scanner endpoint: what a serial is and its next step on the line',
          params: serialParams,
          response: {
            200: z.object({
              serial: z.string(),
              model: z.string(),
              kind: z.enum(['unit', 'hashboard']),
              status: z.string(),
              installedIn: z.string().nullable(),
              attempts: z.number().int(),
              next: z.object({
                step: z.enum([
                  'operation',
                  'install_in_unit',
                  'burn_in',
                  'retest',
                  'rework',
                  'finished_goods',
                  'none',
                ]),
                operation: z.string().optional(),
                hint: z.string(),
              }),
            }),
            ...problems,
          },
        },
      },
      async (request) => unitQueries.scan(actorOf(request), request.params.serial),
    );
  };
}
