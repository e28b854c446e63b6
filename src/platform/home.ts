import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from './authz.js';
import { actorOf } from './http/access.js';
import { problems } from './http/schemas.js';

/**
 * The home page's live counts. Each module contributes counters; a counter decides whom it is
 * shown to and counts only what that actor may see.
 */
export interface HomeCounter {
  key: string;
  label: string;
  section: string | null;
  path: string | null;
  visibleTo(actor: Actor): boolean;
  count(actor: Actor): Promise<number>;
}

const countSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().int(),
  section: z.string().nullable(),
  path: z.string().nullable(),
});

export function createHome() {
  const counters: HomeCounter[] = [];
  return {
    register(...added: HomeCounter[]): void {
      counters.push(...added);
    },
    async collect(actor: Actor) {
      const visible = counters.filter((c) => c.visibleTo(actor));
      const values = await Promise.all(visible.map((c) => c.count(actor)));
      return visible.map((c, i) => ({
        key: c.key,
        label: c.label,
        value: values[i] ?? 0,
        section: c.section,
        path: c.path,
      }));
    },
  };
}

export type Home = ReturnType<typeof createHome>;

export function homeRoutes(home: Home) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    instance.withTypeProvider<ZodTypeProvider>().get(
      '/api/v1/home',
      {
        config: { access: { roles: 'any' } },
        schema: {
          tags: ['home'],
          summary: 'Live counts for the home page, limited to what the caller may see',
          response: { 200: z.object({ counts: z.array(countSchema) }), ...problems },
        },
      },
      async (request) => ({ counts: await home.collect(actorOf(request)) }),
    );
  };
}
