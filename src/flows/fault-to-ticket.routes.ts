import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../platform/http/access.js';
import { idParams, problems } from '../platform/http/schemas.js';
import { decisionInput, draftSchema, DRAFT_DECIDERS } from '../modules/fleet/index.js';
import type { FaultToTicket } from './fault-to-ticket.js';

/**
 * Confirming a repair draft opens its RMA in service, so the route belongs to the flow; the
 * drafts' other routes are fleet's.
 */
export function faultToTicketRoutes(flow: FaultToTicket) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.post(
      '/api/v1/fleet/repair-drafts/:id/confirm',
      {
        config: { access: { roles: [...DRAFT_DECIDERS] } },
        schema: {
          tags: ['fleet health'],
          summary: 'Confirm a repair draft: its RMA is opened with the evidence attached',
          params: idParams,
          body: decisionInput,
          response: { 200: draftSchema, ...problems },
        },
      },
      async (request) => flow.confirm(actorOf(request), request.params.id, request.body.note),
    );
  };
}
