import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CsvEndpoint } from '../csv.js';
import { actorOf } from './access.js';
import { problems } from './schemas.js';

/**
 * The CSV surface every module uses: GET downloads the file, POST (body `text/csv`) imports it
 * all or nothing; `?dryRun=true` checks without writing. A refused file answers 400 CSV_INVALID
 * whose `errors` give line, field and reason for every bad row.
 */
export function csvRoutes(...endpoints: CsvEndpoint[]) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    for (const e of endpoints) {
      const url = `/api/v1/csv/${e.name}`;
      app.get(
        url,
        {
          config: { access: { roles: e.readRoles } },
          schema: {
            tags: [e.tag],
            summary: `Download ${e.describe} as CSV`,
            produces: ['text/csv'],
            response: { 200: z.string(), ...problems },
          },
        },
        async (request, reply) =>
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${e.name}.csv"`)
            .send(await e.exportCsv(actorOf(request))),
      );
      app.post(
        url,
        {
          config: { access: { roles: e.writeRoles } },
          schema: {
            tags: [e.tag],
            summary: `Import ${e.describe} from CSV: every row or none, with a report of bad rows`,
            consumes: ['text/csv'],
            querystring: z.strictObject({
              dryRun: z
                .enum(['true', 'false'])
                .transform((v) => v === 'true')
                .optional(),
            }),
            body: z.string().min(1, 'send the CSV file as the body (content-type text/csv)'),
            response: {
              200: z.object({
                created: z.number().int(),
                updated: z.number().int(),
                dryRun: z.boolean(),
              }),
              ...problems,
            },
          },
        },
        async (request) =>
          e.importCsv(actorOf(request), request.body, { dryRun: request.query.dryRun ?? false }),
      );
    }
  };
}
