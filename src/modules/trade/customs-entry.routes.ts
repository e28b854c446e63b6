import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { STAFF_ROLES } from '../../platform/authz.js';
import { actorOf } from '../../platform/http/access.js';
import { problems } from '../../platform/http/schemas.js';
import { entryInput, entrySchema, refundExposureSchema } from './customs-entry.schemas.js';
import { FILERS, type CustomsEntryService } from './customs-entry.service.js';
import { isoDate } from './tariff.schemas.js';

export function customsEntryRoutes(entries: CustomsEntryService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const staff = { access: { roles: STAFF_ROLES } };

    app.get(
      '/api/v1/trade/entries',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary: 'Customs entries as filed, newest first, with the duty each line paid',
          querystring: z.strictObject({ from: isoDate.optional(), to: isoDate.optional() }),
          response: { 200: z.object({ items: z.array(entrySchema) }), ...problems },
        },
      },
      async (request) => ({ items: await entries.list(actorOf(request), request.query) }),
    );

    app.get(
      '/api/v1/trade/entries/:number',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary: 'One customs entry',
          params: z.strictObject({ number: z.string().min(1).max(40) }),
          response: { 200: entrySchema, ...problems },
        },
      },
      async (request) => entries.get(actorOf(request), request.params.number),
    );

    app.post(
      '/api/v1/trade/entries',
      {
        config: { access: { roles: FILERS } },
        schema: {
          tags: ['trade'],
          summary: 'Record a customs entry; duty is computed from the rows in force on its date',
          body: entryInput,
          response: { 201: entrySchema, ...problems },
        },
      },
      async (request, reply) => {
        const recorded = await entries.record(actorOf(request), request.body);
        return reply.code(201).send(await entries.get(actorOf(request), recorded.entryNumber));
      },
    );

    app.get(
      '/api/v1/trade/refund-exposure',
      {
        config: staff,
        schema: {
          tags: ['trade'],
          summary:
            'Refund exposure: duty paid on recorded entries under programs since voided, per entry and in total',
          response: { 200: refundExposureSchema, ...problems },
        },
      },
      async (request) => entries.refundExposure(actorOf(request)),
    );
  };
}
