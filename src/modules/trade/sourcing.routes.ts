import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import { actorOf } from '../../platform/http/access.js';
import { idParams, problems } from '../../platform/http/schemas.js';
import {
  compareQuery,
  compareSchema,
  routeChanges,
  routeInput,
  routeSchema,
} from './sourcing.schemas.js';
import { ROUTE_WRITERS, type SourcingService } from './sourcing.service.js';

export function sourcingRoutes(sourcing: SourcingService, clock: Clock) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };
    const writers = { access: { roles: ROUTE_WRITERS } };

    app.get(
      '/api/v1/trade/sourcing-routes',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary:
            'How each model reaches US customers: the US build and import routes, with their origin rules',
          querystring: z.strictObject({ model: z.string().trim().min(1).max(200).optional() }),
          response: { 200: z.object({ items: z.array(routeSchema) }), ...problems },
        },
      },
      async (request) => ({
        items: await sourcing.listRoutes(actorOf(request), request.query.model),
      }),
    );

    app.post(
      '/api/v1/trade/sourcing-routes',
      {
        config: writers,
        schema: {
          tags: ['trade'],
          summary: 'Add a sourcing route',
          body: routeInput,
          response: { 201: routeSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await sourcing.createRoute(actorOf(request), request.body)),
    );

    app.patch(
      '/api/v1/trade/sourcing-routes/:id',
      {
        config: writers,
        schema: {
          tags: ['trade'],
          summary: 'Change a sourcing route (prices, origin decision, evidence)',
          params: idParams,
          body: routeChanges,
          response: { 200: routeSchema, ...problems },
        },
      },
      async (request) => sourcing.updateRoute(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/v1/trade/compare',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary:
            'Build in the US or import? Landed costs under today’s tariffs and each scenario, with break-even rates',
          querystring: compareQuery,
          response: { 200: compareSchema, ...problems },
        },
      },
      async (request) =>
        sourcing.compare(actorOf(request), {
          model: request.query.model,
          date: request.query.date ?? clock.today(),
          scenario: request.query.scenario,
        }),
    );
  };
}
