import type { Actor } from '../authz.js';
import type { Clock } from '../clock.js';
import { tablesOf, type AnyDb } from '../db/database.js';
import { newId } from '../ids.js';
import type { AuditLogTable, AuditTables } from './audit.tables.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** The customer account the entity belongs to, so tenant-scoped audit views stay possible. */
  customerId?: string | null;
}

export interface AuditEntry {
  id: string;
  at: number;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Keyset cursor: the id of the last entry of the previous page (entries come newest first). */
  cursor?: string | undefined;
  limit: number;
}

/** Keys whose values never enter the audit log, wherever they sit in a record. */
const SECRET_KEYS = new Set(['passwordHash', 'secretHash', 'secret', 'csrfToken', 'password']);

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEYS.has(k) ? '[redacted]' : redactSecrets(v);
    }
    return out;
  }
  return value;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(redactSecrets(value));
}

export function createAuditLog(deps: { clock: Clock }) {
  return {
    /** Write one entry; call it with the transaction that makes the change. */
    async record(trx: AnyDb, actor: Actor, change: AuditChange): Promise<void> {
      await tablesOf<AuditTables>(trx)
        .insertInto('auditLog')
        .values({
          id: newId(),
          at: deps.clock.now(),
          actorType: actor.type,
          actorId: actor.id,
          actorLabel: actor.label,
          action: change.action,
          entityType: change.entityType,
          entityId: change.entityId,
          before: toJson(change.before),
          after: toJson(change.after),
          requestId: actor.requestId,
          customerId: change.customerId ?? null,
        })
        .execute();
    },

    async list(
      db: AnyDb,
      filter: AuditFilter,
    ): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
      let q = tablesOf<AuditTables>(db).selectFrom('auditLog').selectAll();
      if (filter.entityType) q = q.where('entityType', '=', filter.entityType);
      if (filter.entityId) q = q.where('entityId', '=', filter.entityId);
      if (filter.actorId) q = q.where('actorId', '=', filter.actorId);
      if (filter.action) q = q.where('action', '=', filter.action);
      if (filter.from !== undefined) q = q.where('at', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('at', '<=', filter.to);
      if (filter.cursor) q = q.where('id', '<', filter.cursor);
      const rows = await q
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const page = rows.slice(0, filter.limit);
      return {
        items: page.map(present),
        nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    async countSince(db: AnyDb, since: number): Promise<number> {
      const row = await tablesOf<AuditTables>(db)
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('at', '>=', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

function present(row: AuditLogTable): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorType: row.actorType,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
    requestId: row.requestId,
  };
}
