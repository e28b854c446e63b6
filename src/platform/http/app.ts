import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { randomUUID } from 'node:crypto';
import { registerEdgeGuards } from './edge-guards.js';
import { registerAccessControl, SESSION_COOKIE, type Authenticator } from './access.js';
import { registerRequestMetrics } from './metrics.js';
import { registerProblemHandlers, sendProblem } from './problem.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerOpsRoutes } from './ops.routes.js';

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string }[];
  }
}
/** A module's HTTP surface: a Fastify plugin registered under the app (paths are absolute). */
export type RoutePlugin = FastifyPluginAsync;

export interface AppOptions {
  logger: Logger;
  authenticator: Authenticator;
  metrics: Registry;
  /** Checks that must pass for /readyz (database reachable, …). */
  readiness: () => Promise<void>;
  routes: RoutePlugin[];
  bodyLimitBytes: number;
  trustProxy: boolean;
  /** Served over TLS (directly or behind a proxy): turns on HSTS and upgrade-insecure-requests. */
  secureTransport: boolean;
  /** Built web assets; when absent the UI paths explain how to build them. */
  webRoot?: string | undefined;
  version: string;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export async function createApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    loggerInstance: options.logger as unknown as FastifyBaseLogger,
    bodyLimit: options.bodyLimitBytes,
    trustProxy: options.trustProxy,
    // genReqId reads x-request-id itself, so an unsafe value is replaced rather than echoed.
    requestIdHeader: false,
    // A caller's request id is kept when it is sane, so a trace spans systems; else a new one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // CSV imports arrive as the file itself; each module's importer parses and checks it.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerProblemHandlers(app);
  registerEdgeGuards(app);
  registerRequestMetrics(app, options.metrics);

  registerSecurityHeaders(app, { secureTransport: options.secureTransport });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Rigline API',
        version: options.version,
        description:
          'Operations API of the Rigline factory system. Errors are application/problem+json (RFC 9457) with a stable `code`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token: rgl_<id>_<secret>' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAccessControl(app, options.authenticator);
  // Every route, as registered: lets tests hold the OpenAPI document to the real route table.
  const routeList: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });
  app.decorate('routeList', routeList);

  await app.register(registerOpsRoutes, { metrics: options.metrics, readiness: options.readiness });
  for (const routes of options.routes) await app.register(routes);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await registerWebApp(app, options.webRoot);
  return app;
}

/** Serves the built React app; every non-API path falls back to index.html (client routing). */
async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  const built = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const wantsPage =
      request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path);
    if (!wantsPage) {
      return sendProblem(reply, 404, 'ROUTE_NOT_FOUND', `No route for ${request.method} ${path}.`);
    }
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The web app is not built. Run `npm run build:web`, then reload.');
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
  });
}
