import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { idParams, problems } from '../http/schemas.js';
import { createTokenBody, tokenSchema } from './identity.schemas.js';
import type { TokenService } from './token.service.js';

export function tokenRoutes(tokens: TokenService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const anyUser = { access: { roles: 'any' as const } };

    app.get(
      '/api/v1/tokens',
      {
        config: anyUser,
        schema: {
          tags: ['tokens'],
          summary: 'API tokens: all for admins, your own for everyone else',
          response: { 200: z.object({ items: z.array(tokenSchema) }), ...problems },
        },
      },
      async (request) => ({ items: await tokens.list(actorOf(request)) }),
    );

    app.post(
      '/api/v1/tokens',
      {
        config: anyUser,
        schema: {
          tags: ['tokens'],
          summary: 'Create an API token; the secret is returned once and never again',
          body: createTokenBody,
          response: { 201: z.object({ token: tokenSchema, secret: z.string() }), ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await tokens.create(actorOf(request), request.body)),
    );

    app.delete(
      '/api/v1/tokens/:id',
      {
        config: anyUser,
        schema: {
          tags: ['tokens'],
          summary: 'Revoke an API token (refused at once here, within 5 s on other servers)',
          params: idParams,
          response: { 200: tokenSchema, ...problems },
        },
      },
      async (request) => tokens.revoke(actorOf(request), request.params.id),
    );
  };
}
