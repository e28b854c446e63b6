import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../authz.js';
import { actorOf, SESSION_COOKIE } from '../http/access.js';
import { problems } from '../http/schemas.js';
import { loginBody, loginResponse, meSchema } from './identity.schemas.js';
import type { SessionService } from './session.service.js';
import { actorOfUser } from './principal.js';

export interface AuthRouteDeps {
  sessions: SessionService;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
}

export function presentMe(actor: Actor, csrfToken: string | null): z.infer<typeof meSchema> {
  return {
    id: actor.id,
    email: actor.type === 'user' ? actor.label : null,
    name: actor.name,
    roles: [...actor.roles],
    customerId: actor.customerId,
    siteId: actor.siteId,
    kind: actor.type,
    csrfToken,
  };
}

export function authRoutes(deps: AuthRouteDeps) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    const setCookie = (reply: FastifyReply, value: string, expiresAt: number) =>
      reply.setCookie(SESSION_COOKIE, value, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.secureCookies,
        expires: new Date(expiresAt),
      });

    app.post(
      '/api/v1/auth/login',
      {
        config: {
          access: { public: true },
          rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: 60_000 },
        },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: loginBody,
          response: { 200: loginResponse, ...problems },
        },
      },
      async (request, reply) => {
        const result = await deps.sessions.login(request.body.email, request.body.password, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          requestId: request.id,
        });
        setCookie(reply, result.sessionToken, result.expiresAt);
        const actor = actorOfUser(result.user, request.id);
        return { user: presentMe(actor, result.csrfToken), csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['auth'],
          summary: 'Sign out: ends the session',
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const cookie = request.cookies[SESSION_COOKIE];
        if (cookie) await deps.sessions.logout(actorOf(request), cookie);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/me',
      {
        config: { access: { roles: 'any', sites: true } },
        schema: {
          tags: ['auth'],
          summary: 'Who is asking',
          response: { 200: meSchema, ...problems },
        },
      },
      async (request) => presentMe(actorOf(request), request.csrfToken),
    );
  };
}
