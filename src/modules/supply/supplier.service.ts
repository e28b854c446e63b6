import type { Actor } from '../../platform/authz.js';
import { requireAnyRole, STAFF_ROLES } from '../../platform/authz.js';
import type { AuditLog } from '../../platform/audit/audit.service.js';
import type { Clock } from '../../platform/clock.js';
import {
  inTransaction,
  isUniqueViolation,
  lockedForUpdate,
  tablesOf,
  type AnyDb,
} from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { CatalogService } from '../catalog/index.js';
import type { PriceBreaksTable, SuppliersTable, SupplyTables } from './supply.tables.js';

export const SUPPLIER_EDITORS = ['buyer', 'trade'] as const;

export interface SupplierInput {
  code: string;
  name: string;
  country: string;
  leadTimeDays: number;
  minOrderCents: number;
  contactEmail?: string | null | undefined;
  restrictedList?: string | null | undefined;
  restrictedSince?: string | null | undefined;
  restrictedNote?: string | null | undefined;
  note?: string | null | undefined;
}

export interface PriceBreakInput {
  part: string;
  minQuantity: number;
  unitPriceCents: number;
  leadTimeDays?: number | null | undefined;
  origin?: string | null | undefined;
}

export const supplierNotFound = (key: string) =>
  notFound('SUPPLY_SUPPLIER_NOT_FOUND', `No supplier "${key}".`);

/** The warning a buyer sees before ordering from a restricted party, or null. */
export function restrictedWarning(s: SuppliersTable): string | null {
  if (!s.restrictedList) return null;
  const since = s.restrictedSince ? ` since ${s.restrictedSince}` : '';
  const note = s.restrictedNote ? `: ${s.restrictedNote.replace(/[.\s]+$/, '')}` : '';
  return `${s.name} is on the ${s.restrictedList}${since}${note}.`;
}

/** The unit price that applies to a quantity: the highest break at or below it. */
export function priceFor(breaks: readonly PriceBreaksTable[], quantity: number) {
  return (
    breaks
      .filter((b) => b.minQuantity <= quantity)
      .sort((a, b) => b.minQuantity - a.minQuantity)[0] ?? null
  );
}

export function createSupplierService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  catalog: Pick<CatalogService, 'getPart' | 'partsById'>;
}) {
  const db = tablesOf<SupplyTables>(deps.db);

  async function supplier(key: string, on: AnyDb = deps.db) {
    const row = await tablesOf<SupplyTables>(on)
      .selectFrom('supplySuppliers')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', key), eb('code', '=', key.toUpperCase())]))
      .executeTakeFirst();
    if (!row) throw supplierNotFound(key);
    return row;
  }

  function present(s: SuppliersTable) {
    return { ...s, restricted: s.restrictedList !== null, warning: restrictedWarning(s) };
  }

  async function breaksOf(supplierId: string) {
    const rows = await db
      .selectFrom('supplyPriceBreaks')
      .selectAll()
      .where('supplierId', '=', supplierId)
      .orderBy('partId')
      .orderBy('minQuantity')
      .execute();
    return rows;
  }

  return {
    supplier,
    present,

    async list(
      actor: Actor,
      filter: { country?: string | undefined; restricted?: boolean | undefined } = {},
    ) {
      requireAnyRole(actor, STAFF_ROLES);
      let q = db.selectFrom('supplySuppliers').selectAll();
      if (filter.country) q = q.where('country', '=', filter.country.toUpperCase());
      if (filter.restricted !== undefined)
        q = q.where('restrictedList', filter.restricted ? 'is not' : 'is', null);
      return (await q.orderBy('name').execute()).map(present);
    },

    async get(actor: Actor, key: string) {
      requireAnyRole(actor, STAFF_ROLES);
      const s = await supplier(key);
      const breaks = await breaksOf(s.id);
      const parts = await deps.catalog.partsById(
        actor,
        breaks.map((b) => b.partId),
      );
      const priceBreaks = breaks.map((b) => ({
        ...b,
        partNumber: parts.get(b.partId)?.partNumber ?? b.partId,
        partName: parts.get(b.partId)?.name ?? '',
      }));
      return { ...present(s), priceBreaks };
    },

    async create(actor: Actor, input: SupplierInput) {
      requireAnyRole(actor, SUPPLIER_EDITORS);
      const now = deps.clock.now();
      const row: SuppliersTable = {
        id: newId(),
        code: input.code.trim().toUpperCase(),
        name: input.name.trim(),
        country: input.country.toUpperCase(),
        leadTimeDays: input.leadTimeDays,
        minOrderCents: input.minOrderCents,
        contactEmail: input.contactEmail ?? null,
        restrictedList: input.restrictedList ?? null,
        restrictedSince: input.restrictedSince ?? null,
        restrictedNote: input.restrictedNote ?? null,
        note: input.note ?? null,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await inTransaction(deps.db, async (trx) => {
          await tablesOf<SupplyTables>(trx).insertInto('supplySuppliers').values(row).execute();
          await deps.audit.record(trx, actor, {
            action: 'supply.supplier.create',
            entityType: 'supplier',
            entityId: row.id,
            after: row,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('SUPPLY_SUPPLIER_CODE_TAKEN', `Supplier code ${row.code} is taken.`);
        throw error;
      }
      return present(row);
    },

    /** Change a supplier; flagging or clearing a restricted party is an audited change like any. */
    async update(actor: Actor, key: string, changes: Partial<SupplierInput>) {
      requireAnyRole(actor, SUPPLIER_EDITORS);
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<SupplyTables>(trx);
        const current = await lockedForUpdate(
          trx,
          t
            .selectFrom('supplySuppliers')
            .selectAll()
            .where((eb) => eb.or([eb('id', '=', key), eb('code', '=', key.toUpperCase())])),
        ).executeTakeFirst();
        if (!current) throw supplierNotFound(key);
        const set = Object.fromEntries(
          Object.entries(changes).filter(([, v]) => v !== undefined),
        ) as Partial<SuppliersTable>;
        if (set.country) set.country = set.country.toUpperCase();
        if (set.code) set.code = set.code.toUpperCase();
        const next = { ...current, ...set, updatedAt: deps.clock.now() };
        try {
          await t
            .updateTable('supplySuppliers')
            .set({ ...set, updatedAt: next.updatedAt })
            .where('id', '=', current.id)
            .execute();
        } catch (error) {
          if (isUniqueViolation(error))
            throw conflict('SUPPLY_SUPPLIER_CODE_TAKEN', `Supplier code ${set.code} is taken.`);
          throw error;
        }
        await deps.audit.record(trx, actor, {
          action: 'supply.supplier.update',
          entityType: 'supplier',
          entityId: current.id,
          before: current,
          after: next,
        });
        return present(next);
      });
    },

    /** Add or replace the price of a part from a quantity up. */
    async setPriceBreak(actor: Actor, key: string, input: PriceBreakInput) {
      requireAnyRole(actor, SUPPLIER_EDITORS);
      const s = await supplier(key);
      const part = await deps.catalog.getPart(actor, input.part);
      const row: PriceBreaksTable = {
        id: newId(),
        supplierId: s.id,
        partId: part.id,
        minQuantity: input.minQuantity,
        unitPriceCents: input.unitPriceCents,
        leadTimeDays: input.leadTimeDays ?? null,
        origin: input.origin?.toUpperCase() ?? null,
      };
      return inTransaction(deps.db, async (trx) => {
        const t = tablesOf<SupplyTables>(trx);
        await t
          .insertInto('supplyPriceBreaks')
          .values(row)
          .onConflict((oc) =>
            oc.columns(['supplierId', 'partId', 'minQuantity']).doUpdateSet({
              unitPriceCents: row.unitPriceCents,
              leadTimeDays: row.leadTimeDays,
              origin: row.origin,
            }),
          )
          .execute();
        await deps.audit.record(trx, actor, {
          action: 'supply.price_break.set',
          entityType: 'supplier',
          entityId: s.id,
          after: { ...row, partNumber: part.partNumber },
        });
        return { ...row, partNumber: part.partNumber, partName: part.name };
      });
    },

    async removePriceBreak(actor: Actor, key: string, breakId: string) {
      requireAnyRole(actor, SUPPLIER_EDITORS);
      const s = await supplier(key);
      await inTransaction(deps.db, async (trx) => {
        const gone = await tablesOf<SupplyTables>(trx)
          .deleteFrom('supplyPriceBreaks')
          .where('id', '=', breakId)
          .where('supplierId', '=', s.id)
          .executeTakeFirst();
        if (Number(gone.numDeletedRows) !== 1)
          throw notFound('SUPPLY_PRICE_BREAK_NOT_FOUND', 'No such price break.');
        await deps.audit.record(trx, actor, {
          action: 'supply.price_break.remove',
          entityType: 'supplier',
          entityId: s.id,
          before: { id: breakId },
        });
      });
    },

    /** Every price break with its supplier's terms: what planning chooses suppliers from. */
    async allPriceBreaks(actor: Actor) {
      requireAnyRole(actor, STAFF_ROLES);
      return db
        .selectFrom('supplyPriceBreaks as b')
        .innerJoin('supplySuppliers as s', 's.id', 'b.supplierId')
        .select([
          'b.partId',
          'b.minQuantity',
          'b.unitPriceCents',
          'b.supplierId',
          's.code as supplierCode',
          's.restrictedList',
        ])
        .select((eb) => eb.fn.coalesce('b.leadTimeDays', 's.leadTimeDays').as('leadTimeDays'))
        .execute();
    },

    /** Every supplier's offer for a part at a quantity: price, lead time, origin, flag. */
    async offers(actor: Actor, partKey: string, quantity: number) {
      requireAnyRole(actor, STAFF_ROLES);
      const part = await deps.catalog.getPart(actor, partKey);
      const breaks = await db
        .selectFrom('supplyPriceBreaks')
        .selectAll()
        .where('partId', '=', part.id)
        .execute();
      const bySupplier = new Map<string, PriceBreaksTable[]>();
      for (const b of breaks)
        bySupplier.set(b.supplierId, [...(bySupplier.get(b.supplierId) ?? []), b]);
      const suppliers = bySupplier.size
        ? await db
            .selectFrom('supplySuppliers')
            .selectAll()
            .where('id', 'in', [...bySupplier.keys()])
            .execute()
        : [];
      return suppliers
        .map((s) => {
          const price = priceFor(bySupplier.get(s.id)!, quantity);
          return {
            supplier: present(s),
            unitPriceCents: price?.unitPriceCents ?? null,
            minQuantity:
              price?.minQuantity ?? Math.min(...bySupplier.get(s.id)!.map((b) => b.minQuantity)),
            leadTimeDays: price?.leadTimeDays ?? s.leadTimeDays,
            origin: price?.origin ?? s.country,
          };
        })
        .sort((a, b) => (a.unitPriceCents ?? Infinity) - (b.unitPriceCents ?? Infinity));
    },

    breaksOf,
  };
}

export type SupplierService = ReturnType<typeof createSupplierService>;
