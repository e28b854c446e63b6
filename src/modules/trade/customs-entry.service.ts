import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { computeDuty, refundExposure, type DutyLine, type DutyResult } from './tariff.engine.js';
import { createTariffRepo } from './tariff.repo.js';
import type { TradeTables } from './trade.tables.js';

/**
 * Who files entries: the trade desk, logistics clearing shipments, and whoever receives imports
 * at the dock (buyers, production stores).
 */
export const FILERS = ['trade', 'buyer', 'logistics', 'production'] as const;

export interface EntryInput {
  entryNumber: string;
  entryDate: string;
  reference?: string | null | undefined;
  lines: { hts: string; origin: string; customsValueCents: number; description?: string | null }[];
}

export interface RecordedEntry {
  id: string;
  entryNumber: string;
  entryDate: string;
  dutyCents: number;
  lines: (EntryInput['lines'][number] & { lineNo: number; duty: DutyResult })[];
}

/**
 * Customs entries as filed. Duty is computed by the engine from the rows in force on the entry
 * date and stored as paid; refund exposure later compares what was paid with programs since
 * voided.
 */
export function createCustomsEntryService(deps: { db: AnyDb; clock: Clock; audit: AuditLog }) {
  const db = tablesOf<TradeTables>(deps.db);

  async function linesOf(entryIds: string[]) {
    if (entryIds.length === 0) return [];
    return db
      .selectFrom('tradeCustomsEntryLines')
      .selectAll()
      .where('entryId', 'in', entryIds)
      .orderBy('entryId')
      .orderBy('lineNo')
      .execute();
  }

  return {
    /**
     * File an entry; `within` joins the caller's transaction (a receipt records its entry in
     * the same commit as the stock it brings in).
     */
    async record(actor: Actor, input: EntryInput, within?: AnyDb): Promise<RecordedEntry> {
      requireAnyRole(actor, FILERS);
      const target = within ?? deps.db;
      const rows = await createTariffRepo(target).rows();
      const lines = input.lines.map((l, i) => ({
        ...l,
        origin: l.origin.toUpperCase(),
        lineNo: i + 1,
        duty: computeDuty(
          {
            hts: l.hts,
            origin: l.origin,
            customsValueCents: l.customsValueCents,
            entryDate: input.entryDate,
          },
          rows,
        ),
      }));
      const entry = {
        id: newId(),
        entryNumber: input.entryNumber.trim(),
        entryDate: input.entryDate,
        reference: input.reference ?? null,
        dutyCents: lines.reduce((s, l) => s + l.duty.totalCents, 0),
        createdBy: actor.id ?? actor.label,
        createdAt: deps.clock.now(),
      };
      try {
        await inTransaction(target, async (trx) => {
          const t = tablesOf<TradeTables>(trx);
          await t.insertInto('tradeCustomsEntries').values(entry).execute();
          if (lines.length)
            await t
              .insertInto('tradeCustomsEntryLines')
              .values(
                lines.map((l) => ({
                  id: newId(),
                  entryId: entry.id,
                  lineNo: l.lineNo,
                  hts: l.hts,
                  origin: l.origin,
                  description: l.description ?? null,
                  customsValueCents: l.customsValueCents,
                  dutyCents: l.duty.totalCents,
                  dutyLines: JSON.stringify(l.duty.lines),
                })),
              )
              .execute();
          await deps.audit.record(trx, actor, {
            action: 'trade.entry.record',
            entityType: 'customs_entry',
            entityId: entry.id,
            after: { ...entry, lines: lines.length },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(
            'TRADE_ENTRY_EXISTS',
            `Customs entry ${entry.entryNumber} is already recorded.`,
          );
        throw error;
      }
      return { ...entry, lines };
    },

    async list(actor: Actor, filter: { from?: string | undefined; to?: string | undefined }) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db.selectFrom('tradeCustomsEntries').selectAll();
      if (filter.from) q = q.where('entryDate', '>=', filter.from);
      if (filter.to) q = q.where('entryDate', '<=', filter.to);
      const entries = await q.orderBy('entryDate', 'desc').limit(500).execute();
      const lines = await linesOf(entries.map((e) => e.id));
      return entries.map((e) => ({
        ...e,
        lines: lines
          .filter((l) => l.entryId === e.id)
          .map(({ dutyLines, ...l }) => ({ ...l, dutyLines: JSON.parse(dutyLines) as DutyLine[] })),
      }));
    },

    async get(actor: Actor, entryNumber: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const entry = await db
        .selectFrom('tradeCustomsEntries')
        .selectAll()
        .where('entryNumber', '=', entryNumber)
        .executeTakeFirst();
      if (!entry) throw notFound('TRADE_ENTRY_NOT_FOUND', `No customs entry ${entryNumber}.`);
      const lines = await linesOf([entry.id]);
      return {
        ...entry,
        lines: lines.map(({ dutyLines, ...l }) => ({
          ...l,
          dutyLines: JSON.parse(dutyLines) as DutyLine[],
        })),
      };
    },

    /** What recorded entries paid under programs since voided: refundable per entry and total. */
    async refundExposure(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const entries = await db.selectFrom('tradeCustomsEntries').selectAll().execute();
      const byId = new Map(entries.map((e) => [e.id, e]));
      const lines = await linesOf(entries.map((e) => e.id));
      const rows = await createTariffRepo(deps.db).rows();
      const exposure = refundExposure(
        lines.map((l) => {
          const e = byId.get(l.entryId)!;
          return {
            entryNumber: e.entryNumber,
            entryDate: e.entryDate,
            paid: JSON.parse(l.dutyLines) as DutyLine[],
          };
        }),
        rows,
      );
      const byNumber = new Map(entries.map((e) => [e.entryNumber, e]));
      return {
        entries: exposure.entries.map((x) => ({
          ...x,
          reference: byNumber.get(x.entryNumber)?.reference ?? null,
          dutyPaidCents: byNumber.get(x.entryNumber)?.dutyCents ?? 0,
        })),
        totalCents: exposure.totalCents,
        entriesConsidered: entries.length,
      };
    },
  };
}

export type CustomsEntryService = ReturnType<typeof createCustomsEntryService>;
