import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import { problemSchema, sendProblem } from './problem.js';

/** Liveness, readiness and Prometheus metrics. */
export async function registerOpsRoutes(
  instance: FastifyInstance,
  options: { metrics: Registry; readiness: () => Promise<void> },
): Promise<void> {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/healthz',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['ops'],
        summary: 'The process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: { public: true } },
      schema: {
        tags: ['ops'],
        summary: 'The process can serve: its database answers',
        response: { 200: z.object({ status: z.literal('ready') }), 503: problemSchema },
      },
    },
    async (request, reply) => {
      try {
        await options.readiness();
        return { status: 'ready' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'not ready');
        return sendProblem(reply, 503, 'NOT_READY', 'The database is not reachable.');
      }
    },
  );

  app.get(
    '/metrics',
    {
      // Operational detail is for operators: an admin session or an admin's API token.
      config: { access: { roles: ['admin'] } },
      schema: { tags: ['ops'], summary: 'Prometheus metrics (text exposition format)' },
    },
    async (_request, reply) => {
      reply.type(options.metrics.contentType);
      return options.metrics.metrics();
    },
  );
}
