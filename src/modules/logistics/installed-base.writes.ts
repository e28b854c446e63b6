import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import type { LogisticsTables } from './logistics.tables.js';

/**
 * Changes to the installed base that service makes inside its own transaction: a replacement
 * machine shipped ahead joins the customer's site with the cover of the one it replaces, and a
 * failed machine the maker keeps (it went to the refurbished pool) leaves it.
 */
export function createInstalledBaseWrites(deps: { audit: AuditLog }) {
  return {
    async addReplacement(
      trx: AnyDb,
      actor: Actor,
      input: { original: string; replacement: string; replacementUnitId: string | null },
    ) {
      const t = tablesOf<LogisticsTables>(trx);
      const original = await t
        .selectFrom('logisticsInstalledBase')
        .selectAll()
        .where('serial', '=', input.original)
        .executeTakeFirst();
      if (!original)
        throw conflict('LOGISTICS_NOT_INSTALLED', `${input.original} is not in an installed base.`);
      const taken = await t
        .selectFrom('logisticsInstalledBase')
        .select('serial')
        .where('serial', '=', input.replacement)
        .executeTakeFirst();
      if (taken)
        throw conflict(
          'LOGISTICS_ALREADY_INSTALLED',
          `${input.replacement} is already installed at a customer's site.`,
        );
      await t
        .insertInto('logisticsInstalledBase')
        .values({ ...original, serial: input.replacement, unitId: input.replacementUnitId })
        .execute();
      await deps.audit.record(trx, actor, {
        action: 'logistics.installed_base.replacement',
        entityType: 'installed_unit',
        entityId: input.replacement,
        after: { replaces: input.original },
        customerId: original.customerId,
      });
    },

    async release(trx: AnyDb, actor: Actor, serial: string) {
      const t = tablesOf<LogisticsTables>(trx);
      const row = await t
        .selectFrom('logisticsInstalledBase')
        .selectAll()
        .where('serial', '=', serial)
        .executeTakeFirst();
      if (!row) return;
      await t.deleteFrom('logisticsInstalledBase').where('serial', '=', serial).execute();
      await deps.audit.record(trx, actor, {
        action: 'logistics.installed_base.release',
        entityType: 'installed_unit',
        entityId: serial,
        before: row,
        customerId: row.customerId,
      });
    },
  };
}

export type InstalledBaseWrites = ReturnType<typeof createInstalledBaseWrites>;
