import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventBus } from '../events/events.js';
import { actorOf } from '../http/access.js';
import { cursorQuery, epochMs, idParams, limitQuery, problems } from '../http/schemas.js';
import type { WebhookService } from './webhook.service.js';

const url = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }));
const eventTypes = z.array(z.string().min(1).max(100)).min(1).max(100);

const subscriptionSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    eventTypes: z.array(z.string()),
    description: z.string().nullable(),
    active: z.boolean(),
    customerId: z.string().nullable(),
    createdAt: epochMs,
    updatedAt: epochMs,
  })
  .meta({ id: 'WebhookSubscription' });

const deliverySchema = z
  .object({
    id: z.string(),
    subscriptionId: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed', 'dead']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: epochMs.nullable(),
    deliveredAt: epochMs.nullable(),
    createdAt: epochMs,
  })
  .meta({ id: 'WebhookDelivery' });

export function webhookRoutes(deps: { webhooks: WebhookService; events: EventBus }) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    // Admins manage every subscription; a customer manages its own account's (tenancy in the service).
    const access = { access: { roles: ['admin', 'customer'] as const } };
    const { webhooks } = deps;

    app.get(
      '/api/v1/events/types',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['webhooks'],
          summary: 'Event types a webhook can subscribe to',
          response: {
            200: z.object({
              items: z.array(z.object({ type: z.string(), description: z.string() })),
            }),
            ...problems,
          },
        },
      },
      async () => ({ items: deps.events.types() }),
    );

    app.get(
      '/api/v1/webhooks/subscriptions',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'Webhook subscriptions',
          response: { 200: z.object({ items: z.array(subscriptionSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await webhooks.list(actorOf(request)) }),
    );

    app.post(
      '/api/v1/webhooks/subscriptions',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'Subscribe a URL to event types; the signing secret is returned once',
          body: z.strictObject({
            url,
            eventTypes,
            description: z.string().trim().max(500).nullable().optional(),
          }),
          response: {
            201: z.object({ subscription: subscriptionSchema, secret: z.string() }),
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await webhooks.create(actorOf(request), request.body)),
    );

    app.patch(
      '/api/v1/webhooks/subscriptions/:id',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'Change a subscription',
          params: idParams,
          body: z.strictObject({
            url: url.optional(),
            eventTypes: eventTypes.optional(),
            description: z.string().trim().max(500).nullable().optional(),
            active: z.boolean().optional(),
          }),
          response: { 200: subscriptionSchema, ...problems },
        },
      },
      async (request) => webhooks.update(actorOf(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/webhooks/subscriptions/:id',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'Delete a subscription and its delivery log',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await webhooks.remove(actorOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/webhooks/subscriptions/:id/test',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'Send a signed test event (webhook.ping) to this subscription',
          params: idParams,
          response: { 202: z.object({ eventId: z.string() }), ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(202)
          .send({ eventId: await webhooks.sendTest(actorOf(request), request.params.id) }),
    );

    app.get(
      '/api/v1/webhooks/deliveries',
      {
        config: access,
        schema: {
          tags: ['webhooks'],
          summary: 'The delivery log, newest first',
          querystring: z.strictObject({
            subscriptionId: z.string().min(1).max(100).optional(),
            status: z.enum(['pending', 'succeeded', 'failed', 'dead']).optional(),
            limit: limitQuery,
            cursor: cursorQuery,
          }),
          response: {
            200: z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() }),
            ...problems,
          },
        },
      },
      async (request) => webhooks.deliveries(actorOf(request), request.query),
    );
  };
}
