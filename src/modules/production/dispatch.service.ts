import type { Actor } from '../../platform/authz.js';
import type { Clock } from '../../platform/clock.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { stockWithin } from '../supply/index.js';
import type { ProductionTables } from './production.tables.js';

/**
 * Finished units leaving the plant. A unit that passed burn-in is finished goods; shipping it
 * moves it to `shipped` in the shipper's transaction, and only from `passed`, so two shipments
 * racing for one serial cannot both take it.
 */
export function createDispatchService(deps: { db: AnyDb; clock: Clock }) {
  return {
    /** Finished units of a model not yet shipped, oldest first: the order they are picked in. */
    async pickable(model: string, limit: number, on: AnyDb = deps.db) {
      return tablesOf<ProductionTables>(on)
        .selectFrom('productionUnits')
        .select(['id', 'serial', 'modelName', 'valueCents'])
        .where('kind', '=', 'unit')
        .where('status', '=', 'passed')
        .where('modelName', '=', model)
        .orderBy('builtAt')
        .orderBy('serial')
        .limit(limit)
        .execute();
    },

    /** The units behind these serials, whatever their state (absent ones are left out). */
    async unitsBySerial(serials: readonly string[], on: AnyDb = deps.db) {
      if (serials.length === 0) return [];
      return tablesOf<ProductionTables>(on)
        .selectFrom('productionUnits')
        .select(['id', 'serial', 'modelName', 'status', 'kind', 'valueCents'])
        .where('serial', 'in', [...serials])
        .execute();
    },

    /**
     * Marks finished units shipped inside `trx` and takes them out of stock; refuses the lot if
     * any is no longer finished goods (already shipped by someone else, failed, scrapped).
     */
    async ship(trx: AnyDb, actor: Actor, serials: readonly string[], reference: string) {
      if (serials.length === 0) return;
      const t = tablesOf<ProductionTables>(trx);
      let shipped = 0;
      // Chunks keep the statement under SQLite's bound-parameter limit on large shipments.
      for (let i = 0; i < serials.length; i += 500) {
        const chunk = serials.slice(i, i + 500);
        const result = await t
          .updateTable('productionUnits')
          .set({ status: 'shipped' })
          .where('kind', '=', 'unit')
          .where('status', '=', 'passed')
          .where('serial', 'in', chunk)
          .executeTakeFirst();
        shipped += Number(result.numUpdatedRows);
      }
      if (shipped !== serials.length)
        throw conflict(
          'PRODUCTION_UNIT_NOT_AVAILABLE',
          `${serials.length - shipped} of the ${serials.length} units are no longer finished goods (shipped or failed meanwhile).`,
        );
      await stockWithin(trx, actor, deps.clock.now(), deps.clock.today()).ship({
        serials,
        reference,
      });
    },
  };
}

export type DispatchService = ReturnType<typeof createDispatchService>;
