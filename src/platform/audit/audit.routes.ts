import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AnyDb } from '../db/database.js';
import { cursorQuery, epochMs, limitQuery, problems } from '../http/schemas.js';
import type { AuditLog } from './audit.service.js';

const auditEntrySchema = z
  .object({
    id: z.string(),
    at: epochMs,
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const filterText = z.string().trim().min(1).max(200).optional();
const auditQuery = z.strictObject({
  entityType: filterText,
  entityId: filterText,
  actorId: filterText,
  action: filterText,
  from: z.coerce.number().int().nonnegative().optional(),
  to: z.coerce.number().int().nonnegative().optional(),
  limit: limitQuery,
  cursor: cursorQuery,
});

export function auditRoutes(deps: { db: AnyDb; audit: AuditLog }) {
  return async function routes(instance: FastifyInstance): Promise<void> {
    const app = instance.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/api/v1/audit',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          tags: ['admin'],
          summary: 'The audit log of every change, newest first',
          querystring: auditQuery,
          response: {
            200: z.object({ items: z.array(auditEntrySchema), nextCursor: z.string().nullable() }),
            ...problems,
          },
        },
      },
      async (request) => deps.audit.list(deps.db, request.query),
    );
  };
}
