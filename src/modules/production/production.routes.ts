import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { problems } from '../../platform/http/schemas.js';
import type { CatalogService } from '../catalog/index.js';
import { PLANNERS, type BuildPlanService } from './build-plan.service.js';
import { MRP_USERS, type MrpService } from './mrp.service.js';
import {
  draftPosInput,
  draftPosSchema,
  mrpRunInput,
  mrpRunSchema,
  paramsInput,
  paramsSchema,
  planCells,
  planQuery,
  planSchema,
} from './production.schemas.js';

export function productionRoutes(services: {
  buildPlan: BuildPlanService;
  mrp: MrpService;
  catalog: Pick<CatalogService, 'getPart'>;
}) {
  const { buildPlan, mrp, catalog } = services;
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const planners = { access: { roles: MRP_USERS } };
    const tags = ['planning'];
    const runId = z.strictObject({ id: z.string().min(1).max(100) });

    app.get(
      '/api/v1/plan/build-plan',
      {
        config: staff,
        schema: {
          tags,
          summary: 'The build plan: units per model per week',
          querystring: planQuery,
          response: { 200: planSchema, ...problems },
        },
      },
      async (request) => buildPlan.plan(actorOf(request), request.query),
    );
    app.put(
      '/api/v1/plan/build-plan',
      {
        config: { access: { roles: PLANNERS } },
        schema: {
          tags,
          summary: 'Set plan cells (any date of a week sets that week; 0 clears)',
          body: planCells,
          response: { 200: z.object({ updated: z.number().int() }), ...problems },
        },
      },
      async (request) => buildPlan.setPlan(actorOf(request), request.body.cells),
    );

    app.post(
      '/api/v1/plan/mrp-runs',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Run MRP over the build plan: planned orders with suppliers, and shortages pegged to plan weeks',
          body: mrpRunInput,
          response: { 201: mrpRunSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await mrp.run(actorOf(request), request.body)),
    );
    app.get(
      '/api/v1/plan/mrp-runs/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'An MRP run (or `latest`)',
          params: runId,
          response: { 200: mrpRunSchema, ...problems },
        },
      },
      async (request) => mrp.get(actorOf(request), request.params.id),
    );
    app.post(
      '/api/v1/plan/mrp-runs/:id/draft-purchase-orders',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Turn the run’s planned purchases (all, or those listed) into draft purchase orders, one per supplier',
          params: runId,
          body: draftPosInput,
          response: { 201: draftPosSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await mrp.draftPurchaseOrders(actorOf(request), request.params.id, request.body.orders),
          ),
    );

    app.put(
      '/api/v1/plan/planning-params/:part',
      {
        config: planners,
        schema: {
          tags,
          summary:
            'Planning parameters of a part: lead time override, safety stock, minimum and multiple',
          params: z.strictObject({ part: z.string().min(1).max(100) }),
          body: paramsInput,
          response: { 200: paramsSchema, ...problems },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const part = await catalog.getPart(actor, request.params.part);
        return mrp.setParams(actor, part.id, request.body);
      },
    );
  };
}
