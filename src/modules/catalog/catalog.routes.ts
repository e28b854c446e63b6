import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import type { Clock } from '../../platform/clock.js';
import {
  explodedNodeSchema,
  isoDate,
  modelSchema,
  partChanges,
  partInput,
  partKind,
  partSchema,
  revisionInput,
} from './catalog.schemas.js';
import { EDITORS, type CatalogService } from './catalog.service.js';

export function catalogRoutes(catalog: CatalogService, clock: Clock) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const editors = { access: { roles: EDITORS } };
    const onDate = z.strictObject({ date: isoDate.optional() });
    const today = (date: string | undefined) => date ?? clock.today();

    app.get(
      '/api/v1/catalog/models',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['catalog'],
          summary: 'Miner models and their specifications',
          response: { 200: z.object({ items: z.array(modelSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await catalog.listModels(actorOf(request)) }),
    );

    app.get(
      '/api/v1/catalog/models/:id',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['catalog'],
          summary: 'One model, by id or name',
          params: idParams,
          response: { 200: modelSchema, ...problems },
        },
      },
      async (request) => catalog.getModel(actorOf(request), request.params.id),
    );

    app.get(
      '/api/v1/catalog/parts',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary: 'The part master (filter by kind, search number and name)',
          querystring: z.strictObject({
            kind: partKind.optional(),
            q: z.string().trim().min(1).max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(partSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await catalog.listParts(actorOf(request), request.query) }),
    );

    app.get(
      '/api/v1/catalog/parts/:id',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary: 'One part, by id or part number',
          params: idParams,
          response: { 200: partSchema, ...problems },
        },
      },
      async (request) => catalog.getPart(actorOf(request), request.params.id),
    );

    app.post(
      '/api/v1/catalog/parts',
      {
        config: editors,
        schema: {
          tags: ['catalog'],
          summary: 'Create a part',
          body: partInput,
          response: { 201: partSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await catalog.createPart(actorOf(request), request.body)),
    );

    app.patch(
      '/api/v1/catalog/parts/:id',
      {
        config: editors,
        schema: {
          tags: ['catalog'],
          summary: 'Change a part (cost, HTS line, origin, …)',
          params: idParams,
          body: partChanges,
          response: { 200: partSchema, ...problems },
        },
      },
      async (request) => catalog.updatePart(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/catalog/parts/:id/bom-revisions',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary: 'BOM revisions of a part, oldest first',
          params: idParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  partId: z.string(),
                  revision: z.string(),
                  effectiveFrom: z.string(),
                  effectiveTo: z.string().nullable(),
                  labourMinutes: z.number().int(),
                  lines: z.array(
                    z.object({
                      componentId: z.string(),
                      partNumber: z.string(),
                      quantity: z.number().int(),
                    }),
                  ),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await catalog.revisions(actorOf(request), request.params.id) }),
    );

    app.post(
      '/api/v1/catalog/parts/:id/bom-revisions',
      {
        config: editors,
        schema: {
          tags: ['catalog'],
          summary: 'Add a BOM revision (components by part number); refuses overlaps and cycles',
          params: idParams,
          body: revisionInput,
          response: {
            201: z
              .object({ id: z.string(), revision: z.string(), effectiveFrom: z.string() })
              .passthrough(),
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await catalog.addRevision(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/v1/catalog/parts/:id/explosion',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary:
            'Multi-level BOM explosion with cost roll-up, as built on a date (a part or a model name)',
          params: idParams,
          querystring: onDate,
          response: {
            200: z.object({ labourCentsPerHour: z.number().int(), tree: explodedNodeSchema }),
            ...problems,
          },
        },
      },
      async (request) => {
        const { labourCentsPerHour, ...tree } = await catalog.explosion(
          actorOf(request),
          request.params.id,
          today(request.query.date),
        );
        return { labourCentsPerHour, tree };
      },
    );

    app.get(
      '/api/v1/catalog/parts/:id/where-used',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary: 'Every assembly that contains this part on a date',
          params: idParams,
          querystring: onDate,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  partId: z.string(),
                  partNumber: z.string(),
                  viaPartId: z.string(),
                  viaPartNumber: z.string().meta({
                    description: 'The sub-assembly it is used through (the part itself at level 1)',
                  }),
                  quantity: z.number().int(),
                  level: z.number().int(),
                  revision: z.string(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({
        items: await catalog.whereUsed(
          actorOf(request),
          request.params.id,
          today(request.query.date),
        ),
      }),
    );

    app.get(
      '/api/v1/catalog/cost-settings',
      {
        config: staff,
        schema: {
          tags: ['catalog'],
          summary: 'Cost settings used by roll-ups (the loaded US wage, …)',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  key: z.string(),
                  value: z.number().int(),
                  unit: z.string(),
                  note: z.string().nullable(),
                  updatedAt: z.number().int(),
                }),
              ),
            }),
            ...problems,
          },
        },
      },
      async (request) => ({ items: await catalog.settings(actorOf(request)) }),
    );

    app.patch(
      '/api/v1/catalog/cost-settings/:id',
      {
        config: editors,
        schema: {
          tags: ['catalog'],
          summary: 'Change a cost setting',
          params: idParams,
          body: z.strictObject({ value: z.number().int().min(0).max(1e9) }),
          response: {
            200: z.object({
              key: z.string(),
              value: z.number().int(),
              unit: z.string(),
              note: z.string().nullable(),
              updatedAt: z.number().int(),
            }),
            ...problems,
          },
        },
      },
      async (request) =>
        catalog.setSetting(actorOf(request), request.params.id, request.body.value),
    );
  };
}
