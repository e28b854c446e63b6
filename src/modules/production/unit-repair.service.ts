import type { Actor } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { ProductionTables } from './production.tables.js';

export interface ComponentSwap {
  unitId: string;
  partId: string;
  /** The serial taken out (serial-tracked parts and hashboards); none for bulk parts. */
  removedSerial?: string | null | undefined;
  /** The serial put in, or none for bulk parts. */
  installedSerial?: string | null | undefined;
  /** Bulk parts: how many are replaced (default 1). */
  quantity?: number | undefined;
  installedLotCode?: string | null | undefined;
  at: number;
  reference: string;
}

/**
 * Repairs on machines built here: what is inside a unit now, and components swapped in its
 * genealogy. A removed row keeps its history (`removedAt`); what replaces it is a new row.
 */
export function createUnitRepairs(deps: { db: AnyDb; audit: AuditLog }) {
  return {
    /** The unit behind a serial and its current components, or null if not built here. */
    async components(serial: string, on: AnyDb = deps.db) {
      const t = tablesOf<ProductionTables>(on);
      const unit = await t
        .selectFrom('productionUnits')
        .select(['id', 'serial', 'modelName', 'status', 'builtOn', 'workOrderId'])
        .where('serial', '=', serial)
        .where('kind', '=', 'unit')
        .executeTakeFirst();
      if (!unit) return null;
      const rows = await t
        .selectFrom('productionGenealogy')
        .select(['componentPartId', 'componentSerial', 'componentUnitId', 'lotCode', 'quantity'])
        .where('parentUnitId', '=', unit.id)
        .where('removedAt', 'is', null)
        .orderBy('installedAt')
        .execute();
      return { unit, components: rows };
    },

    /**
     * For failure analysis: each unit's build day and the lots (with their part) of the
     * hashboards inside it now (a swapped board's lots replace the removed one's).
     */
    async origins(serials: readonly string[], on: AnyDb = deps.db) {
      const t = tablesOf<ProductionTables>(on);
      const out = new Map<
        string,
        { builtOn: string; lots: { partId: string; lotCode: string }[] }
      >();
      for (let i = 0; i < serials.length; i += 500) {
        const units = await t
          .selectFrom('productionUnits')
          .select(['id', 'serial', 'builtOn'])
          .where('serial', 'in', serials.slice(i, i + 500))
          .where('kind', '=', 'unit')
          .execute();
        if (units.length === 0) continue;
        const lots = await t
          .selectFrom('productionGenealogy as g')
          .innerJoin('productionGenealogy as b', 'b.parentUnitId', 'g.componentUnitId')
          .select(['g.parentUnitId', 'b.componentPartId', 'b.lotCode'])
          .where(
            'g.parentUnitId',
            'in',
            units.map((u) => u.id),
          )
          .where('g.removedAt', 'is', null)
          .where('b.lotCode', 'is not', null)
          .execute();
        for (const u of units)
          out.set(u.serial, {
            builtOn: u.builtOn,
            lots: lots
              .filter((l) => l.parentUnitId === u.id)
              .map((l) => ({ partId: l.componentPartId, lotCode: l.lotCode! })),
          });
      }
      return out;
    },

    /** Swap a component inside `trx`: the old row closes, the new one opens at `at`. */
    async swap(trx: AnyDb, actor: Actor, swap: ComponentSwap) {
      const t = tablesOf<ProductionTables>(trx);
      const current = t
        .selectFrom('productionGenealogy')
        .selectAll()
        .where('parentUnitId', '=', swap.unitId)
        .where('componentPartId', '=', swap.partId)
        .where('removedAt', 'is', null);
      const rows = swap.removedSerial
        ? await current.where('componentSerial', '=', swap.removedSerial).execute()
        : await current.where('componentSerial', 'is', null).orderBy('installedAt').execute();
      const quantity = swap.removedSerial ? 1 : (swap.quantity ?? 1);
      const old = rows.find((r) => r.quantity >= quantity);
      if (!old)
        throw conflict(
          'PRODUCTION_COMPONENT_NOT_IN_UNIT',
          swap.removedSerial
            ? `${swap.removedSerial} is not installed in this unit.`
            : `The unit does not hold ${quantity} of that part.`,
        );
      await t
        .updateTable('productionGenealogy')
        .set({ removedAt: swap.at })
        .where('id', '=', old.id)
        .execute();
      const fresh = [];
      // A bulk line keeps what was not replaced (same lot), and the new parts get their own row.
      if (old.quantity > quantity)
        fresh.push({
          ...old,
          id: newId(),
          quantity: old.quantity - quantity,
          installedAt: swap.at,
        });
      fresh.push({
        id: newId(),
        parentUnitId: swap.unitId,
        componentPartId: swap.partId,
        componentUnitId: null,
        componentSerial: swap.installedSerial ?? null,
        lotId: null,
        lotCode: swap.installedLotCode ?? null,
        quantity,
        installedAt: swap.at,
        removedAt: null,
      });
      await t.insertInto('productionGenealogy').values(fresh).execute();
      // A hashboard built here leaves its unit: it is no longer free to install anywhere.
      if (old.componentUnitId)
        await t
          .updateTable('productionUnits')
          .set({ status: 'removed' })
          .where('id', '=', old.componentUnitId)
          .execute();
      await deps.audit.record(trx, actor, {
        action: 'production.unit.component_swap',
        entityType: 'unit',
        entityId: swap.unitId,
        before: { partId: swap.partId, serial: old.componentSerial, quantity },
        after: { serial: swap.installedSerial ?? null, quantity, reference: swap.reference },
      });
    },
  };
}

export type UnitRepairs = ReturnType<typeof createUnitRepairs>;
