import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import {
  dutyQuery,
  dutyResultSchema,
  scenarioSchema,
  tariffRowChanges,
  tariffRowInput,
  tariffRowSchema,
} from './tariff.schemas.js';
import { TARIFF_WRITERS, type TariffService } from './tariff.service.js';

export function tariffRoutes(tariffs: TariffService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const analysts = { access: { roles: TARIFF_WRITERS } };

    app.get(
      '/api/v1/trade/tariff-rows',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary:
            'Tariff rows (the table in force, or one scenario’s overlay), with their status today',
          querystring: z.strictObject({
            scenario: z.string().trim().min(1).max(200).optional(),
            origin: z
              .string()
              .trim()
              .toUpperCase()
              .regex(/^[A-Z]{2}$/)
              .optional(),
            program: z.string().trim().min(1).max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(tariffRowSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await tariffs.listRows(actorOf(request), request.query) }),
    );

    app.post(
      '/api/v1/trade/tariff-rows',
      {
        config: analysts,
        schema: {
          tags: ['trade'],
          summary:
            'Add a dated tariff row (to the table in force, or to a scenario with ?scenario=)',
          querystring: z.strictObject({ scenario: z.string().trim().min(1).max(200).optional() }),
          body: tariffRowInput,
          response: { 201: tariffRowSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await tariffs.createRow(actorOf(request), request.body, request.query.scenario)),
    );

    app.patch(
      '/api/v1/trade/tariff-rows/:id',
      {
        config: analysts,
        schema: {
          tags: ['trade'],
          summary: 'Change a tariff row (end it, void it, correct its rate)',
          params: idParams,
          body: tariffRowChanges,
          response: { 200: tariffRowSchema, ...problems },
        },
      },
      async (request) => tariffs.updateRow(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/trade/scenarios',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary: 'What-if scenarios',
          response: { 200: z.object({ items: z.array(scenarioSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await tariffs.listScenarios(actorOf(request)) }),
    );

    app.post(
      '/api/v1/trade/scenarios',
      {
        config: analysts,
        schema: {
          tags: ['trade'],
          summary: 'Create a scenario: named overlay rows that replace the programs they cover',
          body: z.strictObject({
            name: z.string().trim().min(1).max(200),
            description: z.string().trim().max(2000).nullable().optional(),
            rows: z.array(tariffRowInput).max(500),
          }),
          response: { 201: scenarioSchema.extend({ rows: z.array(tariffRowSchema) }), ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await tariffs.createScenario(actorOf(request), request.body)),
    );

    app.post(
      '/api/v1/trade/duty',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary: 'Duty for an entry line: every program applied, with its rate and amount',
          body: dutyQuery,
          response: { 200: dutyResultSchema, ...problems },
        },
      },
      async (request) => tariffs.duty(actorOf(request), request.body),
    );

    app.get(
      '/api/v1/trade/hts-lines',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary: 'HTS lines known to the system',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  code: z.string(),
                  digits: z.string(),
                  description: z.string(),
                  note: z.string().nullable(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await tariffs.htsLines(actorOf(request)) }),
    );
  };
}
