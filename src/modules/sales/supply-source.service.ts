import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import type { EventBus } from '../../platform/events/events.js';
import { inTransaction, tablesOf, type AnyDb } from '../../platform/db/database.js';
import { invalid, notFound } from '../../platform/errors.js';
import type { SalesTables, SupplySourcesTable } from './sales.tables.js';

/** Who keeps the supply sources: sales, logistics (lanes, transit) and trade (holds). */
export const SOURCE_EDITORS = ['sales', 'logistics', 'trade'] as const;

export type SourceInput = Omit<SupplySourcesTable, 'code' | 'updatedAt' | 'active'> & {
  active: boolean;
};

const present = (s: SupplySourcesTable) => ({
  ...s,
  freightToSiteCents: Number(s.freightToSiteCents),
  active: s.active === 1,
});

/** The US plant and the import lanes a promise draws on, with transit and customs-hold risk. */
export function createSupplySourceService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
}) {
  const db = tablesOf<SalesTables>(deps.db);
  return {
    async list(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      const rows = await db
        .selectFrom('salesSupplySources')
        .selectAll()
        .orderBy('kind', 'desc')
        .orderBy('code')
        .execute();
      return rows.map(present);
    },

    /** Create or replace a source by code. */
    async put(actor: Actor, code: string, input: SourceInput) {
      requireAnyRole(actor, SOURCE_EDITORS);
      if (input.kind === 'import' && input.weeklyUnits === null)
        throw invalid('SALES_SOURCE_INCOMPLETE', 'An import lane needs its weekly units.', [
          { path: 'weeklyUnits', message: 'required for an import lane' },
        ]);
      for (const [low, high] of [
        ['transitP50Days', 'transitP90Days'],
        ['holdP50Days', 'holdP90Days'],
      ] as const)
        if (input[high] < input[low])
          throw invalid('SALES_SOURCE_RANGE', `${high} cannot be below ${low}.`, [
            { path: high, message: `at least ${low}` },
          ]);
      const row: SupplySourcesTable = {
        ...input,
        code: code.toUpperCase(),
        active: input.active ? 1 : 0,
        updatedAt: deps.clock.now(),
      };
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<SalesTables>(trx);
        const before = await t
          .selectFrom('salesSupplySources')
          .selectAll()
          .where('code', '=', row.code)
          .executeTakeFirst();
        if (before)
          await t.updateTable('salesSupplySources').set(row).where('code', '=', row.code).execute();
        else await t.insertInto('salesSupplySources').values(row).execute();
        await deps.audit.record(trx, actor, {
          action: before ? 'sales.source.update' : 'sales.source.create',
          entityType: 'supply_source',
          entityId: row.code,
          before,
          after: row,
        });
        await deps.events.emit(trx, {
          type: 'sales.source.changed',
          entityType: 'supply_source',
          entityId: row.code,
          payload: { code: row.code, active: input.active },
        });
        return present(row);
      });
    },

    async get(actor: Actor, code: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const row = await db
        .selectFrom('salesSupplySources')
        .selectAll()
        .where('code', '=', code.toUpperCase())
        .executeTakeFirst();
      if (!row) throw notFound('SALES_SOURCE_NOT_FOUND', `No supply source "${code}".`);
      return present(row);
    },
  };
}

export type SupplySourceService = ReturnType<typeof createSupplySourceService>;
