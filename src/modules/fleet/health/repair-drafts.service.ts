import type { Actor } from '../../../platform/authz.js';
import { customerScope, requireAnyRole, STAFF_ROLES } from '../../../platform/authz.js';
import type { AuditLog } from '../../../platform/audit/audit.service.js';
import type { Clock } from '../../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../../platform/db/database.js';
import { nextNumber, withNumber } from '../../../platform/db/document-number.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { EventBus } from '../../../platform/events/events.js';
import { newId } from '../../../platform/ids.js';
import type { FleetSites } from '../fleet.ports.js';
import type { DraftStatus, HealthTables, RepairDraftsTable } from './health.tables.js';
import { whereabouts } from './whereabouts.js';

/** Who confirms or dismisses a draft: the service desk, or the machine's owner. */
export const DRAFT_DECIDERS = ['technician', 'sales', 'logistics', 'customer'] as const;

export interface NewDraft {
  siteId: string;
  customerId: string;
  machineId: string;
  unitId: string;
  unitSerial: string;
  model: string | null;
  faultCode: string;
  summary: string;
  warrantyState: string;
  evidence: unknown;
}

export const draftNotFound = (key: string) =>
  notFound('FLEET_DRAFT_NOT_FOUND', `No repair draft "${key}" is known to you.`);

export function presentDraft(r: RepairDraftsTable) {
  return {
    id: r.id,
    number: r.number,
    siteId: r.siteId,
    customerId: r.customerId,
    machineId: r.machineId,
    unitSerial: r.unitSerial,
    model: r.model,
    faultCode: r.faultCode,
    status: r.status,
    summary: r.summary,
    warrantyState: r.warrantyState,
    evidence: JSON.parse(r.evidence) as Record<string, unknown>,
    rmaNumber: r.rmaNumber,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type RepairDraft = ReturnType<typeof presentDraft>;

/**
 * Repair drafts: an RMA prepared from a fault episode with its evidence, waiting for staff or
 * the customer to confirm it (then fault-to-ticket opens the RMA) or dismiss it. One draft per
 * unit at a time; the episodes that led to it point at it.
 */
export function createRepairDrafts(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  sites: FleetSites;
}) {
  const db = tablesOf<HealthTables>(deps.db);

  /** Drafts as people read them: with the site's name and the machine's address. */
  async function located(rows: RepairDraftsTable[]) {
    const where = await whereabouts(deps, rows);
    return rows.map((r, i) => ({ ...presentDraft(r), ...where[i]! }));
  }

  async function visible(actor: Actor, key: string) {
    const row = await db
      .selectFrom('fleetRepairDrafts')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('number', '=', key)]))
      .executeTakeFirst();
    const scope = customerScope(actor);
    if (!row || (scope !== null && row.customerId !== scope)) throw draftNotFound(key);
    return row;
  }

  async function decide(
    actor: Actor,
    key: string,
    to: Exclude<DraftStatus, 'draft'>,
    fields: { rmaNumber?: string; note?: string | null },
  ) {
    requireAnyRole(actor, DRAFT_DECIDERS);
    const row = await visible(actor, key);
    if (row.status !== 'draft')
      throw conflict('FLEET_DRAFT_DECIDED', `${row.number} is already ${row.status}.`);
    const now = deps.clock.now();
    const decided = await inTransaction(deps.db, async (trx) => {
      const t = tablesOf<HealthTables>(trx);
      const done = await t
        .updateTable('fleetRepairDrafts')
        .set({
          status: to,
          openSerial: null,
          rmaNumber: fields.rmaNumber ?? null,
          decidedBy: actor.name,
          decidedAt: now,
          decisionNote: fields.note?.trim() || null,
          updatedAt: now,
        })
        .where('id', '=', row.id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1)
        throw conflict('FLEET_DRAFT_DECIDED', `${row.number} was just decided by someone else.`);
      if (to === 'confirmed')
        await t
          .updateTable('fleetFaultEpisodes')
          .set({ ticketKind: 'rma', ticketRef: fields.rmaNumber ?? null, updatedAt: now })
          .where('ticketKind', '=', 'draft')
          .where('ticketRef', '=', row.number)
          .execute();
      await deps.audit.record(trx, actor, {
        action: `fleet.repair_draft.${to}`,
        entityType: 'repair_draft',
        entityId: row.id,
        before: { status: row.status },
        after: { status: to, rma: fields.rmaNumber ?? null },
        customerId: row.customerId,
      });
      await deps.events.emit(trx, {
        type: `fleet.repair_draft.${to}`,
        entityType: 'repair_draft',
        entityId: row.id,
        customerId: row.customerId,
        payload: { draft: row.number, unitSerial: row.unitSerial, rma: fields.rmaNumber ?? null },
      });
      return (await t
        .selectFrom('fleetRepairDrafts')
        .selectAll()
        .where('id', '=', row.id)
        .executeTakeFirst())!;
    });
    return (await located([decided]))[0]!;
  }

  return {
    /**
     * Drafts an RMA for a unit and points the episodes at it; a unit that already has a draft
     * gets the episodes added to that one instead. Returns the draft and whether it is new.
     */
    async draft(actor: Actor, d: NewDraft, episodeIds: readonly string[]) {
      const now = deps.clock.now();
      try {
        return await withNumber(() =>
          inTransaction(deps.db, async (trx) => {
            const t = tablesOf<HealthTables>(trx);
            const row: RepairDraftsTable = {
              id: newId(),
              number: await nextNumber(
                trx,
                'fleet_repair_drafts',
                'RD',
                new Date(now).toISOString().slice(0, 4),
              ),
              ...d,
              status: 'draft',
              openSerial: d.unitSerial,
              evidence: JSON.stringify(d.evidence),
              rmaNumber: null,
              decidedBy: null,
              decidedAt: null,
              decisionNote: null,
              createdAt: now,
              updatedAt: now,
            };
            await t.insertInto('fleetRepairDrafts').values(row).execute();
            await linkEpisodes(trx, episodeIds, 'draft', row.number, now);
            await deps.audit.record(trx, actor, {
              action: 'fleet.repair_draft.created',
              entityType: 'repair_draft',
              entityId: row.id,
              after: { number: row.number, unit: row.unitSerial, fault: row.faultCode },
              customerId: row.customerId,
            });
            await deps.events.emit(trx, {
              type: 'fleet.repair_draft.created',
              entityType: 'repair_draft',
              entityId: row.id,
              customerId: row.customerId,
              payload: {
                draft: row.number,
                unitSerial: row.unitSerial,
                faultCode: row.faultCode,
                summary: row.summary,
                warranty: row.warrantyState,
              },
            });
            return { draft: presentDraft(row), created: true };
          }),
        );
      } catch (error) {
        if (!isUniqueViolation(error) || !/open_serial/.test(String((error as Error).message)))
          throw error;
        // The unit has a draft already: the episodes join it.
        const open = await db
          .selectFrom('fleetRepairDrafts')
          .selectAll()
          .where('openSerial', '=', d.unitSerial)
          .executeTakeFirstOrThrow();
        await linkEpisodes(deps.db, episodeIds, 'draft', open.number, now);
        return { draft: presentDraft(open), created: false };
      }
    },

    /** Points episodes at a ticket (an RMA or visit opened for them, or a draft). */
    link: (episodeIds: readonly string[], kind: 'draft' | 'rma' | 'visit', ref: string) =>
      linkEpisodes(deps.db, episodeIds, kind, ref, deps.clock.now()),

    async list(
      actor: Actor,
      f: {
        siteId?: string | undefined;
        status?: DraftStatus | undefined;
        limit?: number | undefined;
      },
    ) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      const scope = customerScope(actor);
      let q = db.selectFrom('fleetRepairDrafts').selectAll();
      if (scope !== null) q = q.where('customerId', '=', scope);
      if (f.siteId) q = q.where('siteId', '=', f.siteId);
      if (f.status) q = q.where('status', '=', f.status);
      const rows = await q
        .orderBy('createdAt', 'desc')
        .limit(f.limit ?? 100)
        .execute();
      return located(rows);
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, [...STAFF_ROLES, 'customer']);
      return (await located([await visible(actor, key)]))[0]!;
    },

    /** Marks a draft confirmed once its RMA is open (fault-to-ticket opens it). */
    confirmed: (actor: Actor, key: string, rmaNumber: string, note?: string | null) =>
      decide(actor, key, 'confirmed', { rmaNumber, note: note ?? null }),

    dismiss: (actor: Actor, key: string, note: string) => decide(actor, key, 'dismissed', { note }),
  };
}

async function linkEpisodes(
  on: AnyDb,
  ids: readonly string[],
  kind: 'draft' | 'rma' | 'visit',
  ref: string,
  now: number,
) {
  for (let i = 0; i < ids.length; i += 500)
    await tablesOf<HealthTables>(on)
      .updateTable('fleetFaultEpisodes')
      .set({ ticketKind: kind, ticketRef: ref, updatedAt: now })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
}

export type RepairDrafts = ReturnType<typeof createRepairDrafts>;
