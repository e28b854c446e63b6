import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { idParams, problems } from '../http/schemas.js';
import {
  createUserBody,
  listUsersQuery,
  passwordBody,
  updateUserBody,
  userSchema,
} from './identity.schemas.js';
import type { UserService } from './user.service.js';

export function userRoutes(users: UserService) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const admin = { access: { roles: ['admin'] as const } };

    app.get(
      '/api/v1/users',
      {
        config: admin,
        schema: {
          tags: ['admin'],
          summary: 'List users (search by email or name, filter by role)',
          querystring: listUsersQuery,
          response: {
            200: z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }),
            ...problems,
          },
        },
      },
      async (request) => users.list(actorOf(request), request.query),
    );

    app.post(
      '/api/v1/users',
      {
        config: admin,
        schema: {
          tags: ['admin'],
          summary: 'Create a user',
          body: createUserBody,
          response: { 201: userSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await users.create(actorOf(request), request.body)),
    );

    app.get(
      '/api/v1/users/:id',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['admin'],
          summary: 'One user (admins: anyone; others: themselves)',
          params: idParams,
          response: { 200: userSchema, ...problems },
        },
      },
      async (request) => users.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/api/v1/users/:id',
      {
        config: admin,
        schema: {
          tags: ['admin'],
          summary: 'Change a user: name, roles, customer account, disabled',
          params: idParams,
          body: updateUserBody,
          response: { 200: userSchema, ...problems },
        },
      },
      async (request) => users.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/users/:id/password',
      {
        config: admin,
        schema: {
          tags: ['admin'],
          summary: "Set a user's password (ends their sessions, clears a lockout)",
          params: idParams,
          body: passwordBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await users.resetPassword(actorOf(request), request.params.id, request.body.password);
        return reply.code(204).send(null);
      },
    );
  };
}
