import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Role } from '../authz.js';
import { hasAnyRole } from '../authz.js';
import { AppError, forbidden, unauthenticated } from '../errors.js';

/**
 * Every API route declares who may call it in `config.access`; registering a route without it
 * fails at start-up, so no route can forget to check who is asking.
 *  - `{ public: true }`: anyone (health, login, documentation).
 *  - `{ roles: 'any' }`: any signed-in user, staff or customer (services then apply tenancy).
 *  - `{ roles: [...] }`: users holding one of the roles (admins pass every role check).
 *  - `sites: true` also admits site collector tokens; `users: false` admits only them.
 */
export type Access =
  { public: true } | { roles: readonly Role[] | 'any'; sites?: boolean; users?: boolean };

export interface Authenticator {
  resolveBearer(token: string, requestId: string): Promise<Actor | null>;
  resolveSession(
    cookie: string,
    requestId: string,
  ): Promise<{ actor: Actor; csrfToken: string } | null>;
}

export const SESSION_COOKIE = 'rigline_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the request was authenticated by the session cookie. */
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function mustDeclareAccess(url: string): boolean {
  return url.startsWith('/api/v1') || url === '/metrics';
}

/** The signed-in actor of a route that is not public (the access hook guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated('AUTH_REQUIRED', 'Sign in or send a bearer token.');
  return request.actor;
}

export function registerAccessControl(app: FastifyInstance, authenticator: Authenticator): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (mustDeclareAccess(route.url) && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config?.access;
    const authorization = request.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) {
        throw unauthenticated('AUTH_BAD_HEADER', 'Authorization must be "Bearer <token>".');
      }
      request.actor = await authenticator.resolveBearer(token, request.id);
      if (!request.actor)
        throw unauthenticated(
          'AUTH_INVALID_TOKEN',
          'The API token is unknown, expired or revoked.',
        );
    } else {
      const cookie = request.cookies?.[SESSION_COOKIE];
      if (cookie) {
        const session = await authenticator.resolveSession(cookie, request.id);
        if (session) {
          request.actor = session.actor;
          request.csrfToken = session.csrfToken;
        }
      }
    }

    if (!access || 'public' in access) return;
    const actor = request.actor;
    if (!actor) throw unauthenticated('AUTH_REQUIRED', 'Sign in or send a bearer token.');

    // A cookie travels with cross-site requests; a custom header cannot be set by another site.
    if (request.csrfToken && !SAFE_METHODS.has(request.method)) {
      if (!sameSecret(request.headers[CSRF_HEADER], request.csrfToken)) {
        throw forbidden('AUTH_CSRF', `Missing or wrong ${CSRF_HEADER} header.`);
      }
    }

    if (actor.type === 'site') {
      if (!access.sites)
        throw forbidden('FORBIDDEN_SITE_TOKEN', 'A site collector token cannot call this.');
      return;
    }
    if (access.users === false) {
      throw forbidden('FORBIDDEN_SITES_ONLY', 'Only a site collector token can call this.');
    }
    if (access.roles !== 'any' && !hasAnyRole(actor, access.roles)) {
      throw new AppError(
        'forbidden',
        'FORBIDDEN_ROLE',
        `This needs one of the roles: ${access.roles.join(', ')}.`,
      );
    }
  });
}
